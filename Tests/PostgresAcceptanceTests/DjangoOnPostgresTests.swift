import Foundation
import Testing

/// A Django app on `--engine postgres` (settings from `DATABASE_URL`, ENGINE
/// `django.db.backends.postgresql`, schema by its own `migrate` as `schema: { command }`):
/// `queries_per_request` equals Django's own `CaptureQueriesContext` count, and the time zone
/// Django sets on each new connection is connection set-up, not one of the view's queries.
@Suite(.enabled(if: PythonPackages.django, PythonPackages.djangoMessage))
struct DjangoOnPostgresTests {
    static let django = ProgramRun(
        [
            Programs.django("django-n-plus-one", mode: "n_plus_one"),
            Programs.django("django-select-related", mode: "select_related"),
        ], arguments: ["--engine", "postgres"])

    @Test func nPlusOneEqualsDjangosOwnCount() throws {
        let run = Self.django
        #expect(run.run.exitCode == 0, "\(run.run.log)")
        expectQueries("django-n-plus-one", in: run, equal: Programs.nPlusOne)
        let books = run.lines("django-n-plus-one").map { number(jsonLine($0)["books"]) }
        #expect(
            books
                == Programs.scales.flatMap {
                    Array(repeating: Double(Programs.booksAtScaleOne * $0), count: Programs.requests)
                },
            "Django saw the generated books of each scale: \(books)")
        let report = try #require(run.report, "no report.json\n\(run.run.log)")
        #expect(report.growthClass("django-n-plus-one", "queries_per_request") == "linear")
        for scale in Programs.scales {
            let lookup = report.repeated("django-n-plus-one", scale).filter {
                $0.fingerprint.contains("shop_author") && !$0.fingerprint.contains("shop_book")
            }
            #expect(
                lookup.map(\.count) == [Programs.booksAtScaleOne * scale],
                "the author lookup repeats once per book at \(scale)x: \(report.repeated("django-n-plus-one", scale))"
            )
        }
    }

    /// The look-alike: `select_related` is one query at every scale.
    @Test func selectRelatedIsOneQuery() throws {
        let run = Self.django
        #expect(run.run.exitCode == 0, "\(run.run.log)")
        expectQueries("django-select-related", in: run, equal: { _ in 1 })
        let report = try #require(run.report, "no report.json\n\(run.run.log)")
        #expect(report.growthClass("django-select-related", "queries_per_request") == "constant")
    }

    /// `SELECT set_config('TimeZone', …)`, which Django sends on connecting, is counted beside
    /// the application's statements as connection set-up; migrate's statements count nowhere.
    @Test func connectionSetUpIsItsOwnClass() throws {
        let run = Self.django
        let report = try #require(run.report, "no report.json\n\(run.run.log)")
        for name in ["django-n-plus-one", "django-select-related"] {
            for scale in Programs.scales {
                let setup = report.statements("connection_setup", name, scale)
                #expect(
                    (setup ?? 0) >= 1,
                    "\(name) at \(scale)x: connection_setup \(setup.map { "\($0)" } ?? "absent")")
                let fingerprints = report.repeated(name, scale).map(\.fingerprint).joined(separator: "\n")
                #expect(!fingerprints.contains("set_config"), "\(name) at \(scale)x: \(fingerprints)")
                #expect(!fingerprints.contains("django_migrations"), "\(name) at \(scale)x: \(fingerprints)")
            }
        }
        #expect(run.leftoverFiles.isEmpty, "left in TMPDIR: \(run.leftoverFiles)")
        #expect(run.leftoverProcesses.isEmpty, "still running: \(run.leftoverProcesses)")
    }
}
