/// What a user can set for the scan in `hundredfold.yml`.
///
/// ```yaml
/// scan:
///   ignore: ["vendor/**", "**/migrations/*.py"]
///   calls:
///     db-read: ["repo.fetch_one", "Store.load"]
///     http: ["api_client.call"]
/// ```
public struct ScanConfiguration: Sendable, Equatable {
    /// Glob patterns (`**` crosses folders) of paths never scanned.
    public var ignore: [String]
    /// Extra call names per kind (`db-read`, `db-write`, `http`, `cache`, `storage`, `queue`),
    /// matched against the call as written (`receiver.method` or `function`).
    public var extraCalls: [String: [String]]

    public init(ignore: [String] = [], extraCalls: [String: [String]] = [:]) {
        self.ignore = ignore
        self.extraCalls = extraCalls
    }
}
