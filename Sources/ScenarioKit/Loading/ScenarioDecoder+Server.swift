import HundredfoldCore
import YAMLSupport

/// `workload.server` and `http:` steps.
extension ScenarioDecoder {
    static let serverKeys = ["command", "ready", "ready_seconds"]
    static let httpStepKeys = ["body", "headers"]

    func decodeServer(_ value: YAMLValue) throws -> ServerSpec {
        let server = try value.mapping(
            allowedKeys: Self.serverKeys,
            expected: "a mapping with command (with {port}), ready (like GET /healthz) and ready_seconds")
        let commandValue = try server.required("command")
        let command = try commandValue.string()
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw commandValue.invalid("the server command is empty")
        }
        let readyValue = try server.required("ready")
        let ready = try decodeTarget(readyValue)
        guard Placeholders.find(in: ready.path).isEmpty else {
            throw readyValue.invalid(
                "the ready request takes no {parameters}: it is sent before any request draws them")
        }
        var readySeconds = ServerSpec.defaultReadySeconds
        if let secondsValue = server["ready_seconds"] {
            readySeconds = try secondsValue.double()
            guard readySeconds > 0 else { throw secondsValue.invalid("ready_seconds must be positive") }
        }
        return ServerSpec(
            command: command, ready: ready, readySeconds: readySeconds, location: commandValue.location,
            keyPath: value.keyPath)
    }

    /// An `http:` step: the request line and the step's `body:` and `headers:`.
    func decodeHTTPStep(_ value: YAMLValue, step: YAMLMapping) throws -> HTTPStep {
        let target = try decodeTarget(value)
        let line = try value.string()
        let pathStart = line.range(of: target.path).map {
            line.distance(from: line.startIndex, to: $0.lowerBound)
        }
        var placeholders = locate(target.path, in: value, after: pathStart ?? 0)
        var headers: [HTTPStep.Header] = []
        if let headersValue = step["headers"] {
            for entry in try headersValue.mapping(expected: "a mapping of header names to values").entries {
                guard
                    entry.key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) })
                else {
                    throw YAMLError.invalidValue(
                        location: entry.keyLocation, keyPath: headersValue.keyPath,
                        message: "'\(entry.key)' is not a header name (letters, digits and -)", hint: nil)
                }
                let text = try entry.value.string()
                guard !text.contains("\n"), !text.contains("\r") else {
                    throw entry.value.invalid("a header value must be one line")
                }
                headers.append(HTTPStep.Header(name: entry.key, value: text))
                placeholders += locate(text, in: entry.value)
            }
        }
        let body = try step["body"].map { bodyValue in
            let text = try bodyValue.string()
            placeholders += locate(text, in: bodyValue)
            return text
        }
        if body != nil, ["GET", "HEAD"].contains(target.method) {
            throw YAMLError.invalidValue(
                location: step.location(of: "body"), keyPath: value.keyPath,
                message: "a \(target.method) request sends no body", hint: "use POST, PUT or PATCH")
        }
        return HTTPStep(
            target: target, headers: headers, body: body, placeholders: placeholders,
            location: value.location,
            keyPath: value.keyPath)
    }

    /// `METHOD /path?query`.
    private func decodeTarget(_ value: YAMLValue) throws -> HTTPTarget {
        let text = try value.string().trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let expected = "a method and a path, like `GET /books?year={year}`"
        guard parts.count == 2, let method = Optional(parts[0].uppercased()),
            HTTPTarget.methods.contains(method)
        else {
            throw value.invalid(
                "'\(text)' is not \(expected)",
                hint: "methods: \(HTTPTarget.methods.joined(separator: ", "))")
        }
        let path = parts[1].trimmingCharacters(in: .whitespaces)
        guard path.hasPrefix("/"), !path.contains(where: { $0 == " " || $0 == "\t" || $0.isNewline }) else {
            throw value.invalid(
                "'\(path)' is not a path: it starts with / and holds no spaces (write %20)", hint: nil)
        }
        return HTTPTarget(method: method, path: path)
    }

    /// The placeholders of `text`, the scalar `value` or the part of it from character `skip`,
    /// each at the line and column where its brace is written.
    private func locate(_ text: String, in value: YAMLValue, after skip: Int = 0) -> [HTTPStep.Placeholder] {
        let start = value.contentLocation
        let quoted = value.node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
        return Placeholders.find(in: text).map { name, offset in
            let before = text.prefix(offset)
            let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
            var location = start
            if lines.count > 1 {
                location.line += lines.count - 1
                location.column += lines.last?.count ?? 0
            } else {
                location.column += skip + offset + (quoted ? 1 : 0)
            }
            return HTTPStep.Placeholder(name: name, location: location, keyPath: value.keyPath)
        }
    }
}
