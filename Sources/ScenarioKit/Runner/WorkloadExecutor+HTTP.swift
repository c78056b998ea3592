import SQLiteHarness
import TraceIngest

extension WorkloadExecutor {
    /// Sends an `http:` step to the server and notes the exchange; its statements are folded in
    /// by ``finishServer()``. The exchange's time is the request's `request_ms`, not its latency.
    func sendHTTP(_ step: HTTPStep, params: [String: SQLValue], into request: inout ScaleMeasurement.Request)
        throws
    {
        guard let server else { return }
        let counting = ContinuousClock.now
        try server.postgres?.begin()
        let start = ContinuousClock.now
        let exchange = try server.send(step, params: params)
        let elapsed = ContinuousClock.now - start
        // On PostgreSQL the exchange's statements are read at once (on SQLite from the trace, later).
        if let statements = try server.postgres?.end() { fold(statements, into: &request) }
        excludedTime += ContinuousClock.now - counting
        request.exchanges.append(exchange)
        request.clientNanoseconds +=
            elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
    }

    /// Stops the server, reads its trace and counts each exchange's statements into the request
    /// that sent it; then the requests join the measurement, in run order.
    func finishServer() throws {
        guard let server else { return }
        let byExchange = try server.finish()
        for var request in pending {
            for exchange in request.exchanges {
                try fold(byExchange[exchange] ?? [], into: &request)
            }
            measurement.add(request)
        }
        pending = []
    }
}
