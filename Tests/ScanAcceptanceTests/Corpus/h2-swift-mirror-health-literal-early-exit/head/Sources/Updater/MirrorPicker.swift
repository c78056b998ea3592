import Foundation

enum MirrorPicker {
    static let fallback = URL(string: "https://downloads.example.com/")!
    static let mirrors: [URL] = [
        URL(string: "https://eu.downloads.example.com/health")!,
        URL(string: "https://us.downloads.example.com/health")!,
        URL(string: "https://ap.downloads.example.com/health")!,
    ]

    /// The first mirror that answers its health check, in order of preference.
    static func firstHealthy(session: URLSession = .shared) async -> URL? {
        for mirror in mirrors {
            var request = URLRequest(url: mirror, timeoutInterval: 2)
            request.httpMethod = "HEAD"
            guard let (_, response) = try? await session.data(for: request) else { continue }
            if (response as? HTTPURLResponse)?.statusCode == 200 {
                return mirror.deletingLastPathComponent()
            }
        }
        return nil
    }
}
