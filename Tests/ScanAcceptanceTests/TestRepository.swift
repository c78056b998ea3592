import Foundation
import TestSupport

/// A real git repository in a temporary folder, built commit by commit.
struct TestRepository {
    let directory: TemporaryDirectory
    /// The repository's folder: the temporary folder itself, or a folder inside it.
    let url: URL

    /// A new repository; with `subfolder`, it lives one level inside the temporary folder, so a
    /// test can put files beside it (outside the repository).
    init(subfolder: String? = nil) throws {
        directory = try TemporaryDirectory(prefix: "hundredfold-scan-acceptance")
        if let subfolder {
            url = directory.url.appendingPathComponent(subfolder, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } else {
            url = directory.url
        }
        try Git.run(["init", "-q", "-b", "main"], in: url)
        try Git.run(["config", "core.autocrlf", "false"], in: url)
    }

    /// Writes `files` (nil deletes the file), stages everything and commits.
    func commit(_ files: [String: Data?], message: String = "change") throws {
        for (path, contents) in files {
            let file = url.appendingPathComponent(path)
            if let contents {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: file)
            } else {
                try FileManager.default.removeItem(at: file)
            }
        }
        try stageAndCommit(message)
    }

    /// Convenience for text files.
    func commit(text files: [String: String?], message: String = "change") throws {
        try commit(files.mapValues { $0.map { Data($0.utf8) } }, message: message)
    }

    /// Replaces the whole working tree (except `.git`) with a copy of `tree` and commits.
    func commitTree(_ tree: URL, message: String) throws {
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: url.path) where entry != ".git" {
            try manager.removeItem(at: url.appendingPathComponent(entry))
        }
        for entry in try manager.contentsOfDirectory(atPath: tree.path) {
            try manager.copyItem(
                at: tree.appendingPathComponent(entry), to: url.appendingPathComponent(entry))
        }
        try stageAndCommit(message)
    }

    /// Writes a file without committing it (diff files, configuration).
    @discardableResult
    func write(_ contents: Data, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
        return file
    }

    func git(_ arguments: [String]) throws -> String {
        try Git.run(arguments, in: url).stdout
    }

    func remove() { directory.remove() }

    // MARK: - Private

    private func stageAndCommit(_ message: String) throws {
        try Git.run(["add", "-A"], in: url)
        try Git.run(["commit", "-q", "--allow-empty", "--no-verify", "-m", message], in: url)
    }
}

// MARK: - A classic N+1, shared by the CLI tests

enum Fixture {
    /// Base version of `app/views.py`: lists a customer's orders, one query.
    static let viewsBase = """
        from django.http import JsonResponse

        from .models import Order, Shipment


        def order_history(request, customer_id):
            orders = Order.objects.filter(customer_id=customer_id).order_by("-created")[:50]
            rows = []
            for order in orders:
                rows.append({"id": order.id, "total": str(order.total)})
            return JsonResponse({"orders": rows})

        """

    /// Head version: adds a shipment lookup per order (HF101 at line 11, loop at line 9).
    static let viewsHead = """
        from django.http import JsonResponse

        from .models import Order, Shipment


        def order_history(request, customer_id):
            orders = Order.objects.filter(customer_id=customer_id).order_by("-created")[:50]
            rows = []
            for order in orders:
                rows.append({"id": order.id, "total": str(order.total)})
                shipment = Shipment.objects.filter(order_id=order.id).first()
                rows[-1]["carrier"] = shipment.carrier if shipment else None
            return JsonResponse({"orders": rows})

        """

    static let findingLine = 11
    static let loopLine = 9

    /// A repository whose last commit introduces the N+1 above.
    static func nPlusOneRepository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.commit(text: ["app/views.py": viewsBase, "README.md": "# shop\n"], message: "base")
        try repo.commit(text: ["app/views.py": viewsHead], message: "show carrier")
        return repo
    }

    /// A repository whose last commit only makes a safe change.
    static func safeRepository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.commit(text: ["app/views.py": viewsBase], message: "base")
        try repo.commit(
            text: ["app/views.py": viewsBase.replacingOccurrences(of: "[:50]", with: "[:20]")],
            message: "smaller page")
        return repo
    }
}
