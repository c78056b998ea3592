/// HF105: an object-storage call (S3, GCS, Azure Blob) once per iteration.
public struct StorageInLoopRule: Rule {
    public init() {}

    static let check = LoopCallCheck(
        kinds: [.storage], action: "calls object storage",
        target: { call, file in laravelDisk(call, in: file) })

    /// Laravel disk names whose conventional driver is the local filesystem (`config/filesystems.php`).
    static let localDisks: Set<String> = [
        "local", "public", "lang", "views", "logs", "log", "temp", "tmp", "cache", "framework", "private",
        "storage", "app", "backups", "exports", "imports", "uploads_local", "testing", "fixtures",
    ]
    /// Disk name fragments of cloud object stores.
    static let cloudFragments = [
        "s3", "gcs", "google", "azure", "blob", "r2", "spaces", "minio", "wasabi", "b2", "cloud", "bucket",
        "oss", "cos", "backblaze", "digitalocean",
    ]

    /// `Storage::disk('s3')->get(…)`: a cloud disk keeps the finding; a local disk (`'local'`,
    /// `'public'`, `'lang'`) reads files on this machine and is silent; the default disk or an
    /// unknown name is reported at low confidence. Any other call keeps its confidence.
    static func laravelDisk(_ call: CallSite, in file: AnalyzedFile) -> Confidence? {
        guard call.family == "php-storage", call.chain.links.first?.name == "Storage" else { return .high }
        guard let disk = call.chain.links.first(where: { $0.name == "disk" }), let arguments = disk.arguments,
            arguments.count == 1, file.tokens[arguments.lowerBound].kind == .string
        else { return .low }
        let name = file.tokens[arguments.lowerBound].text.lowercased()
        if localDisks.contains(name) { return nil }
        return cloudFragments.contains(where: name.contains) ? .high : .low
    }

    public let description = RuleDescription(
        id: "HF105",
        name: "storage-in-loop",
        severity: .warning,
        summary: "An object-storage call (S3, GCS, Azure Blob) runs once per iteration of a loop over data.",
        explanation: """
            Object-storage requests are slow (tens of milliseconds each) and billed per request: a loop that \
            reads, writes or checks one object per element grows in both latency and cost with the data. \
            Clients are recognised by what they were made from (`boto3.client("s3")`, `new S3Client`, \
            `s3.NewFromConfig`, `BlobServiceClient`, `storage.Client()`) or by name (`s3`, `blob`). Laravel's \
            `Storage::disk(…)` counts when the disk is a cloud one (`s3`, `gcs`, …); an unknown disk or the \
            default disk is reported at low confidence, a local one (`local`, `public`, `lang`) not at all. Silent: \
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
