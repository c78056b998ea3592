import Foundation
import Reporting

/// Turns one request's measured figures into the quantities a profile bills (``Meter``).
///
/// The unit models, stated once here and in each profile's `model` text:
/// - rows read / written: SQLite's counts, as measured (the harness's rows-read proxy);
/// - GB returned: bytes returned / 10^9;
/// - CPU seconds and GB-seconds: the request's median measured time (latency p50), the only time
///   of its own a request has in the report; for GB-seconds rounded up to a whole millisecond (as
///   Lambda bills) and multiplied by `memory_mb` / 1024;
/// - read request units: rows read × ceil(row bytes / `read_unit_bytes`), write request units:
///   rows written × ceil(row bytes / `write_unit_bytes`); row bytes are the mean bytes of a
///   returned row, and a row is at least one unit;
/// - I/O requests: rows read / `rows_per_page` (every page from storage) + one per row written;
///   on PostgreSQL the real blocks instead of the page estimate: every shared buffer the request's
///   statements touched (hit + read, each priced as a read from storage: a cold cache, the same
///   upper bound) + one per row written.
public struct RequestUsage: Sendable, Equatable {
    public var queries: Double
    public var rowsRead: Double
    public var rowsWritten: Double
    public var rowsReturned: Double
    public var bytesReturned: Double
    /// The request's median measured time in milliseconds.
    public var medianMilliseconds: Double
    /// Shared buffers the request touched on PostgreSQL (hit + read); nil on SQLite.
    public var blocks: Double? = nil

    public init(
        queries: Double, rowsRead: Double, rowsWritten: Double, rowsReturned: Double,
        bytesReturned: Double, medianMilliseconds: Double
    ) {
        self.queries = queries
        self.rowsRead = rowsRead
        self.rowsWritten = rowsWritten
        self.rowsReturned = rowsReturned
        self.bytesReturned = bytesReturned
        self.medianMilliseconds = medianMilliseconds
    }

    /// The figures of one scale of a run.
    public init(_ result: ScaleResult) {
        self.init(
            queries: result.queries_per_request.mean, rowsRead: result.rows_read_per_request,
            rowsWritten: result.rows_written_per_request, rowsReturned: result.rows_returned_per_request,
            bytesReturned: result.bytes_returned_per_request, medianMilliseconds: result.latency_ms.p50)
        blocks = result.buffers.map { $0.shared_hit + $0.shared_read }
    }

    /// The mean size of a returned row in bytes; nil when no row was returned.
    public var rowBytes: Double? {
        rowsReturned > 0 ? bytesReturned / rowsReturned : nil
    }

    /// The quantity of `meter` this request uses under `profile`'s unit model.
    public func quantity(of meter: Meter, under profile: PricingProfile) -> Double {
        switch meter {
        case .requests: return 1
        case .queries: return queries
        case .rows_read: return rowsRead
        case .rows_written: return rowsWritten
        case .gb_returned: return bytesReturned / 1_000_000_000
        case .cpu_seconds: return medianMilliseconds / 1000
        case .gb_seconds:
            let memoryGB = profile.parameter("memory_mb", default: 128) / 1024
            return memoryGB * medianMilliseconds.rounded(.up) / 1000
        case .read_request_units:
            return rowsRead * unitsPerRow(unitBytes: profile.parameter("read_unit_bytes", default: 4096))
        case .write_request_units:
            return rowsWritten * unitsPerRow(unitBytes: profile.parameter("write_unit_bytes", default: 1024))
        case .io_requests:
            return (blocks ?? rowsRead / profile.parameter("rows_per_page", default: 100)) + rowsWritten
        }
    }

    private func unitsPerRow(unitBytes: Double) -> Double {
        guard let rowBytes, unitBytes > 0 else { return 1 }
        return max(1, (rowBytes / unitBytes).rounded(.up))
    }
}
