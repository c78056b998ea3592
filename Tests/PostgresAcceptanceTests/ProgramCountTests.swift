import Foundation
import Testing

/// Real programs (`command:` steps) on `--engine postgres` with a throwaway server: a psycopg2
/// script reading `DATABASE_URL`, counted through PostgreSQL's own statistics per request.
@Suite(.enabled(if: PythonPackages.psycopg2, PythonPackages.psycopg2Message))
struct ProgramCountTests {
    let programs = ProgramRun.bookshop

    @Test func runsOnPostgres() throws {
        #expect(programs.run.exitCode == 0, "\(programs.run.log)")
        let report = try #require(programs.report, "no report.json\n\(programs.run.log)")
        #expect(report.engine == "postgres", "engine: \(report.engine ?? "absent")")
    }

    /// One query per book: `1 + 8 × scale` statements, exactly what the script sent, linear; the
    /// per-book lookup is one repeated statement (its literal ids normalized away) run 8 × scale times.
    @Test func nPlusOneCountsEveryStatementTheProgramSent() throws {
        let name = "books-n-plus-one"
        expectQueries(name, in: programs, equal: Programs.nPlusOne)
        let report = try #require(programs.report, "no report.json\n\(programs.run.log)")
        for scale in Programs.scales {
            let repeated = report.repeated(name, scale)
            let lookup = repeated.filter { $0.fingerprint.lowercased().contains("authors") }
            #expect(
                lookup.count == 1 && lookup.first?.count == Programs.booksAtScaleOne * scale,
                "\(name) at \(scale)x: one repeated author lookup, \(Programs.booksAtScaleOne * scale) times: \(repeated)"
            )
        }
        #expect(report.growthClass(name, "queries_per_request") == "linear")
    }

    /// The look-alike: the same list in one join stays at one statement, repeats nothing.
    @Test func joinedFixIsConstant() throws {
        let name = "books-joined"
        expectQueries(name, in: programs, equal: { _ in 1 })
        let report = try #require(programs.report, "no report.json\n\(programs.run.log)")
        for scale in Programs.scales {
            #expect(
                report.repeated(name, scale).isEmpty, "\(name) at \(scale)x: \(report.repeated(name, scale))")
        }
        #expect(report.growthClass(name, "queries_per_request") == "constant")
    }

    /// psycopg2's own BEGIN (before the first statement) and the script's COMMIT are the
    /// `transaction` class, not application statements; the autocommit look-alike sends none.
    @Test func transactionStatementsAreTheirOwnClass() throws {
        let report = try #require(programs.report, "no report.json\n\(programs.run.log)")
        for scale in Programs.scales {
            for name in ["books-n-plus-one", "notes-written", "title-search"] {
                let transaction = report.statements("transaction", name, scale)
                #expect(
                    transaction == 2,
                    "\(name) at \(scale)x: BEGIN + COMMIT, got \(transaction.map { "\($0)" } ?? "no class")")
            }
            let autocommit = report.statements("transaction", "books-joined", scale)
            #expect(
                autocommit == nil || autocommit == 0,
                "books-joined at \(scale)x runs in autocommit: \(autocommit!)")
        }
    }

    /// Three INSERTs of one row and an UPDATE of two: 4 statements, 5 rows written per request.
    /// The look-alike, the N+1, returns rows from every statement and writes none.
    @Test func rowsWrittenAreTheRowsTheProgramChanged() throws {
        expectQueries("notes-written", in: programs, equal: { _ in 4 })
        let report = try #require(programs.report, "no report.json\n\(programs.run.log)")
        for scale in Programs.scales {
            let written = report.figure("rows_written_per_request", "notes-written", scale)
            #expect(
                written == 5,
                "notes-written at \(scale)x: rows written \(written.map { "\($0)" } ?? "absent")")
            let readOnly = report.figure("rows_written_per_request", "books-n-plus-one", scale)
            #expect(
                readOnly == 0,
                "books-n-plus-one at \(scale)x writes nothing: \(readOnly.map { "\($0)" } ?? "absent")")
        }
        #expect(report.growthClass("notes-written", "rows_written_per_request") == "constant")
    }

    /// A title search no index can serve reads every book: rows read are measured (at least the
    /// 8 × scale books, growing linearly, `books` a full scan) or listed in the scale's
    /// `unmeasured` and absent; never 0, for it or for the other programs that read books.
    @Test func rowsReadAreMeasuredOrListedUnmeasured() throws {
        let name = "title-search"
        expectQueries(name, in: programs, equal: { _ in 1 })
        let report = try #require(programs.report, "no report.json\n\(programs.run.log)")
        var measuredEverywhere = true
        for scale in Programs.scales {
            let unmeasured = report.unmeasured(name, scale)
            let rowsRead = report.scale(name, scale)?["rows_read_per_request"]
            if unmeasured.contains("rows_read_per_request") {
                measuredEverywhere = false
                #expect(
                    rowsRead == nil || rowsRead is NSNull,
                    "\(name) at \(scale)x: unmeasured yet reported: \(rowsRead!)")
            } else {
                let read = report.figure("rows_read_per_request", name, scale)
                #expect(
                    (read ?? 0) >= Double(Programs.booksAtScaleOne * scale),
                    "\(name) at \(scale)x: a full scan reads \(Programs.booksAtScaleOne * scale) books, rows read \(read.map { "\($0)" } ?? "absent") and not in unmeasured \(unmeasured)"
                )
            }
            if !unmeasured.contains("full_scans") {
                let tables = report.fullScanTables(name, scale)
                #expect(tables.contains("books"), "\(name) at \(scale)x: full_scans \(tables)")
            }
        }
        if measuredEverywhere {
            #expect(report.growthClass(name, "rows_read_per_request") == "linear")
        }
        for reader in ["books-n-plus-one", "books-joined"] {
            for scale in Programs.scales
            where !report.unmeasured(reader, scale).contains("rows_read_per_request") {
                let read = report.figure("rows_read_per_request", reader, scale)
                #expect(
                    (read ?? 0) > 0,
                    "\(reader) at \(scale)x reads books: rows read \(read.map { "\($0)" } ?? "absent")")
            }
        }
    }

    /// Nothing left behind: no server folder in `TMPDIR`, no process working there.
    @Test func leavesNoServerAndNoFolder() {
        #expect(programs.run.exitCode == 0, "\(programs.run.log)")
        #expect(programs.leftoverFiles.isEmpty, "left in TMPDIR: \(programs.leftoverFiles)")
        #expect(programs.leftoverProcesses.isEmpty, "still running: \(programs.leftoverProcesses)")
    }
}
