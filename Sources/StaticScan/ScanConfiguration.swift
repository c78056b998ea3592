/// What a user can set for the scan in `hundredfold.yml`.
///
/// ```yaml
/// scan:
///   ignore: ["vendor/**", "**/migrations/*.py"]
///   calls:
///     db-read: ["repo.fetch_one", "Store.load"]
///     http: ["api_client.call"]
///   test_paths: ["qa/**"]
///   default_test_paths: true
///   test_severity: note
/// ```
public struct ScanConfiguration: Sendable, Equatable {
    /// Glob patterns (`**` crosses folders) of paths never scanned.
    public var ignore: [String]
    /// Extra call names per kind (`db-read`, `db-write`, `http`, `cache`, `storage`, `queue`),
    /// matched against the call as written (`receiver.method` or `function`).
    public var extraCalls: [String: [String]]
    /// Globs of test code besides (or, without ``includeDefaultTestPaths``, instead of)
    /// ``TestPaths/defaults``.
    public var testPaths: [String]
    /// Whether ``TestPaths/defaults`` count as test code.
    public var includeDefaultTestPaths: Bool
    /// Whether findings in test code keep their rule's severity; by default they are notes.
    public var testFindingsAtFullSeverity: Bool

    public init(
        ignore: [String] = [], extraCalls: [String: [String]] = [:], testPaths: [String] = [],
        includeDefaultTestPaths: Bool = true, testFindingsAtFullSeverity: Bool = false
    ) {
        self.ignore = ignore
        self.extraCalls = extraCalls
        self.testPaths = testPaths
        self.includeDefaultTestPaths = includeDefaultTestPaths
        self.testFindingsAtFullSeverity = testFindingsAtFullSeverity
    }
}
