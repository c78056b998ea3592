import HundredfoldCore

/// `workload.server`: a web application started once per scale and driven by `http:` steps.
public struct ServerSpec: Sendable, Equatable {
    /// The command line, run by `/bin/sh -c`, with `{port}` replaced by a free loopback port.
    public var command: String
    /// The request polled until it answers 2xx: `ready: GET /healthz`.
    public var ready: HTTPTarget
    /// How long the server may take to answer `ready` with a 2xx.
    public var readySeconds: Double
    public var location: SourceLocation
    public var keyPath: String

    public static let defaultReadySeconds = 30.0

    public init(
        command: String, ready: HTTPTarget, readySeconds: Double, location: SourceLocation, keyPath: String
    ) {
        self.command = command
        self.ready = ready
        self.readySeconds = readySeconds
        self.location = location
        self.keyPath = keyPath
    }
}

/// A method and a path (with its query), as written after `http:` or `ready:`.
public struct HTTPTarget: Sendable, Equatable {
    public static let methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

    public var method: String
    /// Starts with `/`; may hold `{param}` placeholders.
    public var path: String

    public init(method: String, path: String) {
        self.method = method
        self.path = path
    }
}

/// `http: GET /books?year={year}` with optional `body:` and `headers:`, sent to the server.
///
/// A `{name}` in the path, a header value or the body is the request's parameter `name` (or a
/// `for_each` row's column): percent-encoded in the path, as is elsewhere.
public struct HTTPStep: Sendable, Equatable {
    public var target: HTTPTarget
    public var headers: [Header]
    public var body: String?
    /// Every `{name}` of the path, headers and body, where it is written: checked before anything runs.
    public var placeholders: [Placeholder]
    /// Where the `http:` value starts.
    public var location: SourceLocation
    public var keyPath: String

    public struct Placeholder: Sendable, Equatable {
        public var name: String
        public var location: SourceLocation
        public var keyPath: String

        public init(name: String, location: SourceLocation, keyPath: String) {
            self.name = name
            self.location = location
            self.keyPath = keyPath
        }
    }

    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        target: HTTPTarget, headers: [Header], body: String?, placeholders: [Placeholder],
        location: SourceLocation, keyPath: String
    ) {
        self.target = target
        self.headers = headers
        self.body = body
        self.placeholders = placeholders
        self.location = location
        self.keyPath = keyPath
    }
}
