import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A response as the client read it.
struct HTTPResponse {
    var status: Int
    var reason: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// Why an exchange got no complete response.
enum HTTPClientError: Error, Equatable {
    /// Nothing listens on the port.
    case refused
    /// The deadline passed first.
    case timedOut
    /// The connection ended, or the response was not HTTP/1.x: what was wrong.
    case broken(String)
}

/// A small blocking HTTP/1.1 client for one request at a time on 127.0.0.1: a connection per
/// request (`Connection: close`), the response body read by `Content-Length`, chunked transfer
/// coding or to the end of the connection.
enum HTTPClient {
    static func send(
        _ method: String, _ path: String, headers: [(name: String, value: String)], body: [UInt8]?,
        port: UInt16,
        deadline: ContinuousClock.Instant
    ) throws(HTTPClientError) -> HTTPResponse {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw .broken("cannot create a socket (errno \(errno))") }
        defer { close(fd) }
        var address = LoopbackAddress.make(port: port)
        try limit(fd, SO_SNDTIMEO, deadline)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if connected != 0 {
            if errno == ECONNREFUSED { throw .refused }
            if errno == EINPROGRESS || errno == EAGAIN || errno == ETIMEDOUT { throw .timedOut }
            throw .broken("cannot connect (errno \(errno))")
        }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        head += "User-Agent: hundredfold\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body {
            if !headers.contains(where: { $0.name.caseInsensitiveCompare("Content-Type") == .orderedSame }) {
                head += "Content-Type: application/x-www-form-urlencoded\r\n"
            }
            head += "Content-Length: \(body.count)\r\n"
        }
        try write(fd, Array((head + "\r\n").utf8) + (body ?? []), deadline: deadline)
        var reader = ResponseReader(fd: fd, deadline: deadline)
        while true {
            var response = try reader.head()
            if (100..<200).contains(response.status) && response.status != 101 { continue }
            response.body = try reader.body(of: response, method: method)
            return response
        }
    }

    /// Sets the socket's send or receive timeout to the time left before `deadline`.
    static func limit(_ fd: Int32, _ option: Int32, _ deadline: ContinuousClock.Instant)
        throws(HTTPClientError)
    {
        let left = deadline - ContinuousClock.now
        guard left > .zero else { throw .timedOut }
        let micros = max(
            left.components.seconds * 1_000_000 + left.components.attoseconds / 1_000_000_000_000, 1000)
        var value = timeval(tv_sec: Int(micros / 1_000_000), tv_usec: Int(micros % 1_000_000))
        setsockopt(fd, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    private static func write(_ fd: Int32, _ bytes: [UInt8], deadline: ContinuousClock.Instant)
        throws(HTTPClientError)
    {
        var sent = 0
        while sent < bytes.count {
            try limit(fd, SO_SNDTIMEO, deadline)
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { throw .timedOut }
                throw .broken("the connection closed while the request was sent (errno \(errno))")
            }
            sent += count
        }
    }
}
