import Foundation

/// Small sources and diffs for the diff-input tests.
enum DiffFixtures {
    /// A new Python file with one N+1: HF101 at line 7 (loop at line 6).
    static let carriers = """
        from shop.models import Order, Shipment


        def carriers(customer_id):
            result = []
            for order in Order.objects.filter(customer_id=customer_id)[:50]:
                result.append(Shipment.objects.get(order_id=order.id).carrier)
            return result

        """
    static let carriersLine = 7

    /// A repository: README in the base, `files` added by the head commit.
    static func repository(
        adding files: [String: Data], subfolder: String? = nil, base: [String: Data] = [:]
    ) throws -> TestRepository {
        let repo = try TestRepository(subfolder: subfolder)
        var first = base
        first["README.md"] = Data("# shop\n".utf8)
        try repo.commit(first.mapValues { Optional($0) }, message: "base")
        try repo.commit(files.mapValues { Optional($0) }, message: "head")
        return repo
    }

    /// Runs `scan --diff FILE --format json --fail-on none` with `diff` written to `name`.
    static func scan(_ diff: Data, named name: String = "change.diff", in repo: TestRepository) throws
        -> ScanOutcome
    {
        try repo.write(diff, to: name)
        return try Scan.json(["--diff", name, "--fail-on", "none"], in: repo.url)
    }

    /// The garbage, wrong-count and truncated diffs with the lines an error may name.
    static let garbage = "This is not a diff.\nIt has words,\nbut no headers and no hunks.\n"

    static let wrongCount = """
        diff --git a/app/a.py b/app/a.py
        new file mode 100644
        index 0000000..1111111
        --- /dev/null
        +++ b/app/a.py
        @@ -0,0 +1,6 @@
        +import os
        +
        +
        +def a():
        diff --git a/app/b.py b/app/b.py
        new file mode 100644
        index 0000000..2222222
        --- /dev/null
        +++ b/app/b.py
        @@ -0,0 +1,1 @@
        +B = 1

        """
    /// The hunk header (6) or the line where the short hunk is found to end (11).
    static let wrongCountLines: Set<Int> = [6, 11]

    static let truncated = """
        diff --git a/app/c.py b/app/c.py
        index 1111111..2222222 100644
        --- a/app/c.py
        +++ b/app/c.py
        @@ -1,5 +1,6 @@
         import os
        +import sys

        """
    /// The hunk header (5), the last line (7), or the end of the input (8).
    static let truncatedLines: Set<Int> = [5, 7, 8]
}

extension ScanOutcome {
    func has(_ rule: String, _ path: String, _ line: Int) -> Bool {
        findings.contains { $0.rule == rule && $0.path == path && $0.line == line }
    }
}
