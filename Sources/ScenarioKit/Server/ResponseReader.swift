#if canImport(Glibc)
    import Glibc
#endif

/// Reads one HTTP/1.x response from a connected socket: the status line and headers, then the
/// body as its headers frame it.
struct ResponseReader {
    let fd: Int32
    let deadline: ContinuousClock.Instant
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false

    /// Responses longer than this are an error: no page a scenario drives is that large.
    static let largestBody = 256 * 1024 * 1024

    init(fd: Int32, deadline: ContinuousClock.Instant) {
        self.fd = fd
        self.deadline = deadline
    }

    /// The status line and headers (body empty).
    mutating func head() throws(HTTPClientError) -> HTTPResponse {
        let statusLine = try line()
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw .broken("the answer is not an HTTP/1.x response: '\(statusLine.prefix(80))'")
        }
        var headers: [(name: String, value: String)] = []
        while true {
            let header = try line()
            if header.isEmpty { break }
            guard let colon = header.firstIndex(of: ":") else {
                throw .broken("malformed header '\(header.prefix(80))'")
            }
            headers.append(
                (
                    String(header[..<colon]),
                    header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                ))
        }
        return HTTPResponse(
            status: status, reason: parts.count > 2 ? String(parts[2]) : "", headers: headers, body: [])
    }

    /// The body of `response` to a `method` request.
    mutating func body(of response: HTTPResponse, method: String) throws(HTTPClientError) -> [UInt8] {
        if method == "HEAD" || response.status == 204 || response.status == 304 { return [] }
        if let coding = response.header("Transfer-Encoding"), coding.lowercased().contains("chunked") {
            return try chunked()
        }
        if let lengthText = response.header("Content-Length") {
            guard let length = Int(lengthText), length >= 0, length <= Self.largestBody else {
                throw .broken("bad Content-Length '\(lengthText)'")
            }
            return try bytes(length)
        }
        while !ended, buffer.count - position <= Self.largestBody { try fill() }
        return Array(buffer[position...])
    }

    // MARK: - Framing

    private mutating func chunked() throws(HTTPClientError) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let sizeLine = try line()
            let sizeText =
                sizeLine.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0, body.count + size <= Self.largestBody else {
                throw .broken("bad chunk size '\(sizeLine.prefix(40))'")
            }
            if size == 0 {
                while try !line().isEmpty {}  // trailers
                return body
            }
            body += try bytes(size)
            guard try line().isEmpty else { throw .broken("a chunk does not end with CRLF") }
        }
    }

    private mutating func line() throws(HTTPClientError) -> String {
        while true {
            if let newline = buffer[position...].firstIndex(of: 10) {
                var end = newline
                if end > position, buffer[end - 1] == 13 { end -= 1 }
                let text = String(decoding: buffer[position..<end], as: UTF8.self)
                position = newline + 1
                return text
            }
            guard !ended else { throw .broken("the connection closed before the response was complete") }
            try fill()
        }
    }

    private mutating func bytes(_ count: Int) throws(HTTPClientError) -> [UInt8] {
        while buffer.count - position < count {
            guard !ended else { throw .broken("the connection closed before the response was complete") }
            try fill()
        }
        defer { position += count }
        return Array(buffer[position..<(position + count)])
    }

    /// Reads what the socket has, waiting until the deadline.
    private mutating func fill() throws(HTTPClientError) {
        if position > 64 * 1024 {
            buffer.removeFirst(position)
            position = 0
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            try HTTPClient.limit(fd, SO_RCVTIMEO, deadline)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer += chunk[..<count]
                return
            }
            if count == 0 {
                ended = true
                return
            }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw .timedOut }
            if errno == ECONNRESET {
                ended = true
                return
            }
            throw .broken("reading the response failed (errno \(errno))")
        }
    }
}
