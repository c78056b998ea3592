/// HF105: an object-storage call (S3, GCS, Azure Blob) once per iteration.
public struct StorageInLoopRule: Rule {
    public init() {}

    static let check = LoopCallCheck(kinds: [.storage], action: "calls object storage")

    public let description = RuleDescription(
        id: "HF105",
        name: "storage-in-loop",
        severity: .warning,
        summary: "An object-storage call (S3, GCS, Azure Blob) runs once per iteration of a loop over data.",
        explanation: """
            Object-storage requests are slow (tens of milliseconds each) and billed per request: a loop that \
            reads, writes or checks one object per element grows in both latency and cost with the data. \
            Clients are recognised by what they were made from (`boto3.client("s3")`, `new S3Client`, \
            `s3.NewFromConfig`, `BlobServiceClient`, `storage.Client()`) or by name (`s3`, `blob`). Silent: \
            listings, batch deletes, and loops over literal lists.
            """,
        hint:
            "Use a batch API (`delete_objects`, one listing with a prefix), store small per-row data in the database or cache, or run the transfers with bounded concurrency off the request path.",
        languages: [
            .python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift, .elixir,
        ],
        examples: StorageInLoopRule.examples
    )

    public func check(_ file: AnalyzedFile) -> [Finding] {
        Self.check.findings(in: file, rule: description)
    }
}
