import Foundation
import TestSupport
import Testing

/// The Python packages the real programs on PostgreSQL need (installed by `.ci/run`), checked once.
enum PythonPackages {
    static func importable(_ modules: String) -> Bool {
        let check = try? ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import \(modules)"])
        return check?.exitCode == 0
    }

    static let psycopg2 = PostgresBinaries.available && importable("psycopg2")
    static let django = psycopg2 && importable("django")

    static let psycopg2Message: Comment = """
        needs PostgreSQL and psycopg2: `apt-get install postgresql postgresql-contrib` and \
        `python3 -m pip install psycopg2-binary==2.9.13` enable these tests (.ci/run does)
        """
    static let djangoMessage: Comment = """
        needs PostgreSQL, psycopg2 and Django: `apt-get install postgresql postgresql-contrib` and \
        `python3 -m pip install psycopg2-binary==2.9.13 django==5.2.19` enable these tests (.ci/run does)
        """
}

/// Scenarios running the real programs of Fixtures/ (`bookshop.py`, `book_server.py`,
/// `shop_django/run.py`): 5 authors at every scale, 8 books per scale, so a book list with one
/// author query per book sends exactly `1 + 8 × scale` statements.
enum Programs {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let booksAtScaleOne = 8
    static let scales = [1, 5, 25]
    static let requests = 2

    /// The N+1's statements per request at `scale`: the list, then one query per book.
    static func nPlusOne(_ scale: Int) -> Double { Double(1 + booksAtScaleOne * scale) }

    /// The scale of the `index`-th request (requests run scale by scale, in order).
    static func scale(ofRequest index: Int) -> Int { scales[index / requests] }

    static let schema = """
          CREATE TABLE authors(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE books(
            id INTEGER PRIMARY KEY,
            author_id INTEGER NOT NULL REFERENCES authors(id),
            title TEXT NOT NULL,
            year INTEGER NOT NULL
          );
          CREATE INDEX books_author ON books(author_id);
          CREATE TABLE notes(id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL, body TEXT NOT NULL);
        """

    /// `data:` for the authors and books tables (Django names them `shop_author`, `shop_book`).
    static func data(authors: String = "authors", books: String = "books") -> String {
        """
        data:
          \(authors): { rows: 5, fixed: true, columns: { name: { text: [5, 12] } } }
          \(books):
            rows: \(booksAtScaleOne)
            columns:
              author_id: { ref: \(authors).id, distribution: uniform }
              title: { text: [8, 16] }
              year: { int: [1950, 2024] }
        """
    }

    static var tail: String {
        "requests: \(requests)\nscales: [\(scales.map(String.init).joined(separator: ", "))]\nseed: 11\n"
    }

    /// `python3 bookshop.py MODE NAME.counts.jsonl [ARGUMENT]` as the only step.
    static func bookshop(_ name: String, mode: String, argument: String = "") -> (file: String, yaml: String)
    {
        let yaml = """
            name: \(name)
            schema: |
            \(schema)
            \(data())
            workload:
              steps:
                - command: python3 bookshop.py \(mode) \(name).counts.jsonl \(argument)
            \(tail)
            """
        return ("\(name).yml", yaml)
    }

    /// `book_server.py` started per scale, one `GET PATH` per request.
    static func server(_ name: String, path: String, tag: String) -> (file: String, yaml: String) {
        let yaml = """
            name: \(name)
            schema: |
            \(schema)
            \(data())
            workload:
              server:
                command: python3 book_server.py {port} \(name).counts \(tag)
                ready: GET /healthz
                ready_seconds: 30
              steps:
                - http: GET \(path)
            \(tail)
            """
        return ("\(name).yml", yaml)
    }

    /// The Django app: schema by its own `migrate`, then `run.py MODE` per request.
    static func django(_ name: String, mode: String) -> (file: String, yaml: String) {
        let yaml = """
            name: \(name)
            schema: { command: python3 shop_django/run.py migrate }
            \(data(authors: "shop_author", books: "shop_book"))
            workload:
              steps:
                - command: python3 shop_django/run.py \(mode) \(name).counts.jsonl
            \(tail)
            """
        return ("\(name).yml", yaml)
    }
}

extension Project {
    /// The fixtures and `scenarios` in the project's `scenarios/` folder (the programs run there).
    func writePrograms(_ scenarios: [(file: String, yaml: String)]) throws {
        let folder = url.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for entry in try FileManager.default.contentsOfDirectory(atPath: Programs.fixtures.path) {
            try FileManager.default.copyItem(
                at: Programs.fixtures.appendingPathComponent(entry), to: folder.appendingPathComponent(entry))
        }
        for scenario in scenarios { try write(scenario.yaml, to: "scenarios/\(scenario.file)") }
    }

    /// The lines a program appended to `scenarios/FILE`, in order.
    func programLines(_ file: String) -> [String] {
        let text =
            (try? String(contentsOf: url.appendingPathComponent("scenarios/\(file)"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }
}

/// One JSON line a program wrote, as a dictionary.
func jsonLine(_ line: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
}

extension Report {
    /// A per-request figure at `scale`: a number, or `{mean, max}` (its mean).
    func figure(_ figure: String, _ name: String, _ scale: Int) -> Double? {
        let value = self.scale(name, scale)?[figure]
        return number(value) ?? number((value as? [String: Any])?["mean"])
    }

    /// Statements of one class per request (`statements_by_class.CLASS`, `{mean, max}` or a
    /// number); nil when the report leaves the class out.
    func statements(_ statementClass: String, _ name: String, _ scale: Int) -> Double? {
        let value = (self.scale(name, scale)?["statements_by_class"] as? [String: Any])?[statementClass]
        return number(value) ?? number((value as? [String: Any])?["mean"])
    }

    /// The figures a scale lists as not measured.
    func unmeasured(_ name: String, _ scale: Int) -> [String] {
        self.scale(name, scale)?["unmeasured"] as? [String] ?? []
    }
}
