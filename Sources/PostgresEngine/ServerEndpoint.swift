import Foundation

/// How a program reaches a server: user, password, host (a socket folder when it starts with `/`)
/// and port, as libpq resolved them for Hundredfold's own connection.
public struct ServerEndpoint: Sendable, Equatable {
    public var user: String
    public var password: String
    public var host: String
    public var port: String

    public init(user: String, password: String, host: String, port: String) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
    }

    /// `postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE`, or for a Unix socket
    /// `postgresql://USER[:PASSWORD]@/DATABASE?host=/socket/folder&port=PORT` (the form libpq,
    /// psycopg and Django's URL parsers read).
    public func url(database: String) -> String {
        let credentials = Self.encoded(user) + (password.isEmpty ? "" : ":" + Self.encoded(password))
        let name = Self.encoded(database)
        guard host.hasPrefix("/") else {
            let address = host.contains(":") ? "[\(host)]" : (host.isEmpty ? "localhost" : host)
            return "postgresql://\(credentials)@\(address):\(port)/\(name)"
        }
        return "postgresql://\(credentials)@/\(name)?host=\(Self.encoded(host, keeping: "/"))&port=\(port)"
    }

    /// The variables a program gets for `database`: `DATABASE_URL` and libpq's `PGHOST`, `PGPORT`,
    /// `PGDATABASE`, `PGUSER`, and `PGPASSWORD` when there is a password (nil: remove it from the
    /// inherited environment).
    public func environment(database: String) -> [String: String?] {
        [
            "DATABASE_URL": url(database: database), "PGHOST": host, "PGPORT": port, "PGDATABASE": database,
            "PGUSER": user, "PGPASSWORD": password.isEmpty ? nil : password,
        ]
    }

    /// `text` percent-encoded for a URL's user, password, path or query value: RFC 3986's
    /// unreserved characters (and `kept`) as they are.
    private static func encoded(_ text: String, keeping kept: String = "") -> String {
        var allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~" + kept)
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
