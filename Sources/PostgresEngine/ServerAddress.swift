import Foundation

/// How messages name a server: its URL or connection string with the password masked.
public enum ServerAddress {
    /// `postgres://user:secret@host/db` → `postgres://user:***@host/db`; `password=secret` →
    /// `password=***`; a `password=` query parameter is masked too.
    public static func masked(_ url: String) -> String {
        var text = url
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@"),
                let colon = rest[..<at].firstIndex(of: ":")
            {
                text.replaceSubrange(text.index(after: colon)..<at, with: "***")
            }
        }
        return maskPasswordParameter(text)
    }

    private static func maskPasswordParameter(_ text: String) -> String {
        guard let range = text.range(of: "password=", options: .caseInsensitive) else { return text }
        let end = text[range.upperBound...].firstIndex(where: { $0 == "&" || $0 == " " }) ?? text.endIndex
        return text.replacingCharacters(in: range.upperBound..<end, with: "***")
    }
}
