import Foundation
import Testing

private let djangoInstalled = runs("python3", ["-c", "import django"])

/// A Django view through Django's test client (Fixtures/FrameworkCounts/django_shop.py): the traced
/// `queries_per_request` equals Django's own count of the request's queries, with DEBUG off (an
/// execute wrapper counts), on (`connection.queries`) and under `CaptureQueriesContext`.
/// Django opens each connection with two PRAGMAs and a `sqlite_compileoption_used` probe
/// (connection_setup); with a query log it quotes each parameterised query's parameters with a
/// `SELECT QUOTE(?)` of its own (instrumentation) — neither is one of the request's queries.
@Suite(
    .enabled(
        if: djangoInstalled,
        "Django is not installed: `python3 -m pip install --break-system-packages django==5.2.19` enables these tests (.ci/run does)"
    ))
struct DjangoCountTests {
    @Test(
        "Django's own count, with and without its query log",
        arguments: [
            "n_plus_one off", "select_related off", "n_plus_one debug", "prefetch_related debug",
            "n_plus_one capture",
        ])
    func queriesEqualDjangosCount(_ variant: String) throws {
        let parts = variant.split(separator: " ").map(String.init)
        let (view, logging) = (parts[0], parts[1])
        let run = try FrameworkRun(
            name: "django-\(view)-\(logging)".replacingOccurrences(of: "_", with: "-"),
            command: "python3 django_shop.py \(view) \(logging) {customer_id} {counts}")
        let nPlusOne = view == "n_plus_one"
        run.check(
            CountExpectation(
                classes: [
                    .instrumentation: logging == "off" ? .zero : .ownInstrumentation,
                    .connectionSetup: .exactly(3),
                    .schemaIntrospection: .zero,
                    .transaction: .zero,
                ],
                repeated: nPlusOne ? .topIs(.productLookup) : .none,
                queriesGrowth: nPlusOne ? "linear" : "constant"))
        if logging != "off" {
            let logged = run.own(at: 100).map(\.instrumentation)
            #expect(
                logged.allSatisfy { $0 > 0 }, "the query log quoted parameters in every request: \(logged)")
        }
    }
}
