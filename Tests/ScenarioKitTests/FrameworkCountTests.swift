import Foundation
import HundredfoldCore
import Reporting
import ScenarioKit
import Testing

/// Django's N+1 view (Tests/TraceIngestTests/Fixtures/django_shop) as a `command:` step per request:
/// the traced application count equals Django's own count with DEBUG off (an `execute_wrapper`),
/// with DEBUG on (`connection.queries`) and under `CaptureQueriesContext`, at every scale.
@Suite(
    .enabled(
        if: TracedFixture.pythonHas("django"),
        "Django is not installed: `python3 -m pip install django==5.2.19` enables these tests (.ci/run does)")
)
struct DjangoCountTests {
    typealias B = ScenarioBuilder

    /// The tables Django's migration creates for the fixture's models.
    static let schema = """
        CREATE TABLE "shop_customer" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL);
        CREATE TABLE "shop_order" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
            "customer_id" integer NOT NULL REFERENCES "shop_customer" ("id") DEFERRABLE INITIALLY DEFERRED,
            "total" integer NOT NULL);
        CREATE INDEX "shop_order_customer_id_f638df20" ON "shop_order" ("customer_id");
        """
    static let tables = [
        B.table("shop_customer", rows: 3, [B.column("name", .text(minLength: 5, maxLength: 12))]),
        B.table(
            "shop_order", rows: 10,
            [
                B.column(
                    "customer_id", .reference(table: "shop_customer", column: "id", distribution: .uniform)),
                B.column("total", .integer(min: 1, max: 500, distribution: .uniform)),
            ]),
    ]

    func run(_ path: String, _ environment: String) throws -> ScenarioReport {
        try StatementClassRunTests().expectFrameworkCounts(
            "django_shop/run.py", "request \(path)", environment: environment, schema: Self.schema,
            tables: Self.tables)
    }

    @Test func debugOffCountsWhatDjangoExecutes() throws {
        let report = try run("/orders/", "DJANGO_DEBUG=0")
        #expect(report.scales.map(\.queries_per_request.mean) == [11, 101, 1001])
        // Two PRAGMAs and `sqlite_compileoption_used` when Django connects.
        #expect(report.scales.map(\.statements_by_class?.connection_setup.mean) == [3, 3, 3])
        #expect(report.scales.map(\.statements_by_class?.instrumentation.mean) == [0, 0, 0])
        #expect(report.growth["queries_per_request"]?.class == .linear)
        #expect(report.growth["queries_per_request"].map { $0.exponent > 0.95 } == true)
    }

    /// DEBUG on: a `SELECT QUOTE(?)` per parameterised query, which never tops the N+1.
    @Test func debugOnCountsConnectionQueries() throws {
        let report = try run("/orders/", "DJANGO_DEBUG=1")
        #expect(report.scales.map(\.queries_per_request.mean) == [11, 101, 1001])
        #expect(report.scales.map(\.statements_by_class?.instrumentation.mean) == [10, 100, 1000])
        let largest = try #require(report.scales.last)
        #expect(largest.repeated_statements.first?.fingerprint.contains("FROM \"shop_customer\"") == true)
        #expect(!largest.repeated_statements.contains { $0.fingerprint.uppercased().contains("QUOTE") })
    }

    @Test func captureQueriesContextCount() throws {
        let report = try run("/orders/", "DJANGO_DEBUG=0 DJANGO_COUNT=capture")
        #expect(report.scales.map(\.queries_per_request.mean) == [11, 101, 1001])
        #expect(report.scales.map(\.statements_by_class?.instrumentation.mean) == [10, 100, 1000])
    }

    @Test func fixedViewIsOneQueryAtEveryScale() throws {
        let report = try run("/orders-fixed/", "DJANGO_DEBUG=1")
        #expect(report.scales.map(\.queries_per_request.mean) == [1, 1, 1])
        #expect(report.growth["queries_per_request"]?.class == .constant)
    }
}

/// SQLAlchemy's lazy loading and `selectinload` (Tests/TraceIngestTests/Fixtures/sqlalchemy_shop):
/// the traced application count equals the statements SQLAlchemy's `before_cursor_execute` saw.
@Suite(
    .enabled(
        if: TracedFixture.pythonHas("sqlalchemy"),
        "SQLAlchemy is not installed: `python3 -m pip install sqlalchemy==2.1.9` enables these tests (.ci/run does)"
    ))
struct SQLAlchemyCountTests {
    typealias B = ScenarioBuilder

    static let schema = """
        CREATE TABLE customers (id INTEGER NOT NULL, name VARCHAR NOT NULL, PRIMARY KEY (id));
        CREATE TABLE orders (id INTEGER NOT NULL, customer_id INTEGER NOT NULL, total DOUBLE NOT NULL,
            PRIMARY KEY (id), FOREIGN KEY(customer_id) REFERENCES customers (id));
        CREATE INDEX ix_orders_customer_id ON orders (customer_id);
        """
    static let tables = [
        B.table("customers", rows: 4, [B.column("name", .text(minLength: 5, maxLength: 12))]),
        B.table(
            "orders", rows: 12,
            [
                B.column("customer_id", .reference(table: "customers", column: "id", distribution: .uniform)),
                B.column("total", .real(min: 1, max: 500)),
            ]),
    ]

    func run(_ mode: String) throws -> ScenarioReport {
        try StatementClassRunTests().expectFrameworkCounts(
            "sqlalchemy_shop/run.py", mode, schema: Self.schema, tables: Self.tables)
    }

    @Test func lazyLoadingIsOnePlusOnePerCustomer() throws {
        let report = try run("lazy")
        #expect(report.scales.map(\.queries_per_request.mean) == [5, 41, 401])
        #expect(report.scales.map(\.statements_by_class?.connection_setup.mean) == [1, 1, 1])  // PRAGMA read_uncommitted
        #expect(report.scales.map(\.round_trips_per_request?.mean) == [5, 41, 401])  // reads never batch
        #expect(report.growth["queries_per_request"]?.class == .linear)
    }

    @Test func selectinloadIsTwoQueries() throws {
        let report = try run("selectin")
        #expect(report.scales.map(\.queries_per_request.mean) == [2, 2, 2])
        #expect(report.growth["queries_per_request"]?.class == .constant)
    }
}

/// ActiveRecord (Debian's ruby-activerecord) with a cold schema cache in every process: its
/// `sqlite_master` and `PRAGMA table_info` reads are schema introspection, and the traced
/// application count equals ActiveRecord's own (Tests/TraceIngestTests/Fixtures/activerecord_shop.rb).
@Suite(
    .enabled(
        if: TracedFixture.rubyHasActiveRecord,
        "ActiveRecord is not installed: `apt-get install ruby-activerecord ruby-sqlite3` enables these tests (.ci/run does)"
    ))
struct ActiveRecordCountTests {
    typealias B = ScenarioBuilder

    /// The tables ActiveRecord's migration creates for the fixture's models.
    static let schema = """
        CREATE TABLE "authors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);
        CREATE TABLE "books" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar, "author_id" integer);
        CREATE INDEX "index_books_on_author_id" ON "books" ("author_id");
        """
    static let tables = [
        B.table("authors", rows: 3, [B.column("name", .text(minLength: 5, maxLength: 12))]),
        B.table(
            "books", rows: 6,
            [
                B.column("title", .text(minLength: 5, maxLength: 12)),
                B.column("author_id", .reference(table: "authors", column: "id", distribution: .uniform)),
            ]),
    ]

    func run(_ mode: String) throws -> ScenarioReport {
        try StatementClassRunTests().expectFrameworkCounts(
            "activerecord_shop.rb", mode, interpreter: "ruby", schema: Self.schema, tables: Self.tables)
    }

    /// The books, then one author per book; the adapter's `SELECT sqlite_version(*)` is connection set-up.
    @Test func nPlusOneIsOnePerBook() throws {
        let report = try run("n_plus_one")
        #expect(report.scales.map(\.queries_per_request.mean) == [7, 61, 601])
        #expect(report.scales.allSatisfy { ($0.statements_by_class?.connection_setup.mean ?? 0) >= 1 })
        #expect(report.scales.allSatisfy { ($0.statements_by_class?.schema_introspection.mean ?? 0) > 0 })
        #expect(report.growth["queries_per_request"]?.class == .linear)
        #expect(report.growth["schema_introspection_statements_per_request"]?.class == .constant)
    }

    @Test func includesIsTwoQueries() throws {
        let report = try run("includes")
        #expect(report.scales.map(\.queries_per_request.mean) == [2, 2, 2])
        #expect(report.growth["queries_per_request"]?.class == .constant)
    }
}
