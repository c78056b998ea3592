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

/// `{name}` placeholders in a text: a name is a letter or `_` followed by letters, digits and `_`;
/// braces around anything else (JSON's `{"a": 1}`) are text.
enum Placeholders {
    /// The names in `text` with the offset (in characters) of each opening brace.
    static func find(in text: String) -> [(name: String, offset: Int)] {
        var found: [(String, Int)] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if characters[index] == "{", let close = nameEnd(characters, from: index + 1) {
                found.append((String(characters[(index + 1)..<close]), index))
                index = close + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// `text` with every placeholder replaced by `value(name)`; a name it returns nil for stays.
    static func fill(_ text: String, _ value: (String) -> String?) -> String {
        var output = ""
        var rest = Substring(text)
        for (name, _) in find(in: text) {
            guard let range = rest.range(of: "{\(name)}"), let replacement = value(name) else { continue }
            output += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return output + rest
    }

    /// The index of the `}` closing a name that starts at `start`, or nil when none does.
    private static func nameEnd(_ characters: [Character], from start: Int) -> Int? {
        guard start < characters.count, characters[start].isLetter || characters[start] == "_" else { return nil }
        var index = start + 1
        while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
            index += 1
        }
        return index < characters.count && characters[index] == "}" ? index : nil
    }
}
