import HundredfoldCore
import Reporting
import SQLiteHarness

/// Everything measured at one scale, request by request, turned into a ``ScaleResult``.
struct ScaleMeasurement {
    /// One request's totals.
    struct Request {
        /// Application statements executed.
        var queries = 0
        /// Application round trips: executions that do not continue a batch.
        var roundTrips = 0
        /// Statements of every other class, by class.
        var otherStatements: [StatementClass: Int] = [:]
        var rowsRead = 0
        var rowsWritten = 0
        var rowsReturned = 0
        var bytesReturned = 0
        var counters = StatementCounters()
        /// Wall-clock time of the request's steps.
        var nanoseconds: Int64 = 0
        /// Executions per fingerprint in this request.
        var executions: [String: Int] = [:]
        /// The numbers of the HTTP exchanges the request's `http:` steps sent, whose traced
        /// statements are folded in once the server has stopped.
        var exchanges: [Int] = []
        /// Wall time of those exchanges at the client.
        var clientNanoseconds: Int64 = 0

        /// Counts one statement of `statementClass`; an application statement's figures are added
        /// with ``add(_:fingerprint:)``.
        mutating func count(_ statementClass: StatementClass, continuesBatch: Bool = false, times: Int = 1) {
            guard statementClass == .application else {
                otherStatements[statementClass, default: 0] += times
                return
            }
            queries += times
            if !continuesBatch { roundTrips += times }
        }

        /// Counts `times` executions of the statement with `fingerprint` (one by default) whose
        /// rows, bytes and counters together are `execution`'s.
        mutating func add(_ execution: MeasuredExecution, fingerprint: String, times: Int = 1) {
            rowsRead += execution.rowsRead
            rowsWritten += execution.rowsWritten
            rowsReturned += execution.rowsReturned
            bytesReturned += execution.bytesReturned
            counters = counters + execution.counters
            executions[fingerprint, default: 0] += times
        }
    }

    private(set) var requests: [Request] = []
    /// The most executions of one fingerprint in one request.
    private var maxExecutions: [String: Int] = [:]
    /// Executions of statements whose plan scans a table in full, by fingerprint and table.
    private var fullScans: [FullScanKey: Int] = [:]

    struct FullScanKey: Hashable {
        var fingerprint: String
        var table: String
    }

    mutating func add(_ request: Request) {
        requests.append(request)
        for (fingerprint, count) in request.executions {
            maxExecutions[fingerprint] = max(maxExecutions[fingerprint] ?? 0, count)
        }
    }

    mutating func addFullScans(fingerprint: String, tables: [String]) {
        for table in tables {
            fullScans[FullScanKey(fingerprint: fingerprint, table: table), default: 0] += 1
        }
    }

    // MARK: - Result

    func result(scale: Int, tableRows: [String: Int]) -> ScaleResult {
        let count = Double(max(requests.count, 1))
        func mean(_ value: (Request) -> Int) -> Double {
            Double(requests.reduce(0) { $0 + value($1) }) / count
        }
        let repeated = maxExecutions.filter { $0.value > 1 }
            .map { RepeatedStatement(fingerprint: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.fingerprint) > ($1.count, $0.fingerprint) }
        let scans = fullScans.map {
            FullScan(
                fingerprint: $0.key.fingerprint, table: $0.key.table, per_request: Double($0.value) / count)
        }
        .sorted { ($0.per_request, $1.fingerprint, $1.table) > ($1.per_request, $0.fingerprint, $0.table) }
        func meanMax(_ value: (Request) -> Int) -> MeanMax {
            MeanMax(mean: mean(value), max: Double(requests.map(value).max() ?? 0))
        }
        var byClass = [StatementClass.application: meanMax(\.queries)]
        for statementClass in StatementClass.allCases where statementClass != .application {
            byClass[statementClass] = meanMax { $0.otherStatements[statementClass] ?? 0 }
        }
        let samples = requests.map { (Double($0.nanoseconds) / 1000).rounded() / 1000 }
        let latencies = requests.map { Double($0.nanoseconds) / 1_000_000 }.sorted()
        var result = ScaleResult(
            scale: scale, requests: requests.count, table_rows: tableRows,
            queries_per_request: meanMax(\.queries),
            rows_read_per_request: mean(\.rowsRead), rows_written_per_request: mean(\.rowsWritten),
            rows_returned_per_request: mean(\.rowsReturned),
            bytes_returned_per_request: mean(\.bytesReturned),
            sqlite_counters_per_request: SQLiteCounters(
                vm_steps: mean(\.counters.vmSteps), full_scan_steps: mean(\.counters.fullScanSteps),
                sorts: mean(\.counters.sorts), auto_indexes: mean(\.counters.autoIndexes)),
            latency_ms: Percentiles(
                p50: percentile(latencies, 0.50), p95: percentile(latencies, 0.95),
                p99: percentile(latencies, 0.99)),
            repeated_statements: repeated, full_scans: scans)
        result.latency_samples_ms = samples
        if requests.contains(where: { !$0.exchanges.isEmpty }) {
            let client = requests.map { Double($0.clientNanoseconds) / 1_000_000 }
            result.request_samples_ms = client.map { ($0 * 1000).rounded() / 1000 }
            let sorted = client.sorted()
            result.request_ms = Percentiles(
                p50: percentile(sorted, 0.50), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99))
        }
        result.round_trips_per_request = meanMax(\.roundTrips)
        result.statements_by_class = StatementsByClass(byClass)
        return result
    }

    /// Nearest-rank percentile of sorted values, rounded to microseconds.
    private func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        let value = sorted[min(max(rank, 1), sorted.count) - 1]
        return (value * 1000).rounded() / 1000
    }
}
