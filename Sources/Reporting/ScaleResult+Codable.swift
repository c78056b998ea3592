/// A scale's JSON: every field as its name says; a row figure the engine lists in
/// ``ScaleResult/unmeasured`` is `null`, never 0 (read back as 0 and still listed there).
extension ScaleResult {
    enum CodingKeys: String, CodingKey {
        case scale, requests, table_rows, queries_per_request, round_trips_per_request, statements_by_class
        case rows_read_per_request, rows_written_per_request, rows_returned_per_request,
            bytes_returned_per_request
        case sqlite_counters_per_request, latency_ms, cost, repeated_statements, full_scans,
            latency_samples_ms
        case request_ms, request_samples_ms, buffers, unmeasured
    }

    /// The row figures that may be unmeasured, by key.
    private static var rowFigures: [(CodingKeys, WritableKeyPath<ScaleResult, Double>)] {
        [
            (.rows_read_per_request, \.rows_read_per_request),
            (.rows_written_per_request, \.rows_written_per_request),
            (.rows_returned_per_request, \.rows_returned_per_request),
            (.bytes_returned_per_request, \.bytes_returned_per_request),
        ]
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            scale: try container.decode(Int.self, forKey: .scale),
            requests: try container.decode(Int.self, forKey: .requests),
            table_rows: try container.decode([String: Int].self, forKey: .table_rows),
            queries_per_request: try container.decode(MeanMax.self, forKey: .queries_per_request),
            rows_read_per_request: 0, rows_written_per_request: 0, rows_returned_per_request: 0,
            bytes_returned_per_request: 0,
            sqlite_counters_per_request: try container.decodeIfPresent(
                SQLiteCounters.self, forKey: .sqlite_counters_per_request),
            latency_ms: try container.decode(Percentiles.self, forKey: .latency_ms),
            cost: try container.decodeIfPresent(Cost.self, forKey: .cost),
            repeated_statements: try container.decode([RepeatedStatement].self, forKey: .repeated_statements),
            full_scans: try container.decode([FullScan].self, forKey: .full_scans))
        unmeasured = try container.decodeIfPresent([String].self, forKey: .unmeasured)
        for (key, path) in Self.rowFigures {
            // Required: null only when unmeasured.
            if unmeasured?.contains(key.rawValue) == true, try container.decodeNil(forKey: key) { continue }
            self[keyPath: path] = try container.decode(Double.self, forKey: key)
        }
        round_trips_per_request = try container.decodeIfPresent(
            MeanMax.self, forKey: .round_trips_per_request)
        statements_by_class = try container.decodeIfPresent(
            StatementsByClass.self, forKey: .statements_by_class)
        latency_samples_ms = try container.decodeIfPresent([Double].self, forKey: .latency_samples_ms)
        request_ms = try container.decodeIfPresent(Percentiles.self, forKey: .request_ms)
        request_samples_ms = try container.decodeIfPresent([Double].self, forKey: .request_samples_ms)
        buffers = try container.decodeIfPresent(Buffers.self, forKey: .buffers)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scale, forKey: .scale)
        try container.encode(requests, forKey: .requests)
        try container.encode(table_rows, forKey: .table_rows)
        try container.encode(queries_per_request, forKey: .queries_per_request)
        try container.encodeIfPresent(round_trips_per_request, forKey: .round_trips_per_request)
        try container.encodeIfPresent(statements_by_class, forKey: .statements_by_class)
        for (key, path) in Self.rowFigures {
            if unmeasured?.contains(key.rawValue) == true {
                try container.encodeNil(forKey: key)
            } else {
                try container.encode(self[keyPath: path], forKey: key)
            }
        }
        try container.encodeIfPresent(sqlite_counters_per_request, forKey: .sqlite_counters_per_request)
        try container.encode(latency_ms, forKey: .latency_ms)
        try container.encodeIfPresent(cost, forKey: .cost)
        try container.encode(repeated_statements, forKey: .repeated_statements)
        try container.encode(full_scans, forKey: .full_scans)
        try container.encodeIfPresent(latency_samples_ms, forKey: .latency_samples_ms)
        try container.encodeIfPresent(request_ms, forKey: .request_ms)
        try container.encodeIfPresent(request_samples_ms, forKey: .request_samples_ms)
        try container.encodeIfPresent(buffers, forKey: .buffers)
        try container.encodeIfPresent(unmeasured, forKey: .unmeasured)
    }
}
