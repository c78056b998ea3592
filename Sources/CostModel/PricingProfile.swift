import Foundation
import HundredfoldCore

/// A set of prices that turns a request's figures into money, as shipped in `Profiles/*.json` or
/// written inline in a scenario (`pricing: { per_million_rows_read: 0.001 }`).
///
/// Every price carries the public page it comes from and when it was read: a cost is an estimate,
/// and the reader must be able to check it.
public struct PricingProfile: Codable, Sendable, Equatable {
    /// The name scenarios use (`cloudflare-d1`), `inline` for prices written in a scenario.
    public var name: String
    /// What is priced, in words (`Cloudflare D1, Workers Paid plan`).
    public var title: String
    /// How figures are turned into billed units, in words, for the report and the docs.
    public var model: String
    /// Numbers the unit model uses (`memory_mb`, `rows_per_page`, `read_unit_bytes`, …).
    public var parameters: [String: Double]?
    public var prices: [Price]
    /// Monthly allowances that are free; applied only when asked for (off by default).
    public var free_tier: [Allowance]?

    public init(
        name: String, title: String, model: String, parameters: [String: Double]? = nil,
        prices: [Price], free_tier: [Allowance]? = nil
    ) {
        self.name = name
        self.title = title
        self.model = model
        self.parameters = parameters
        self.prices = prices
        self.free_tier = free_tier
    }

    /// A parameter of the unit model, or `fallback` when the profile does not set it.
    public func parameter(_ key: String, default fallback: Double) -> Double {
        parameters?[key] ?? fallback
    }
}

/// One price: USD per `key`'s unit, with its public source.
public struct Price: Codable, Sendable, Equatable {
    public var key: PriceKey
    public var usd: Double
    /// The public page the price is published on.
    public var source: String?
    /// Where and when the price was read.
    public var read: String?

    public init(key: PriceKey, usd: Double, source: String? = nil, read: String? = nil) {
        self.key = key
        self.usd = usd
        self.source = source
        self.read = read
    }
}

/// A free monthly quantity of one meter.
public struct Allowance: Codable, Sendable, Equatable {
    public var meter: Meter
    public var per_month: Double
    public var source: String?
    public var read: String?

    public init(meter: Meter, per_month: Double, source: String? = nil, read: String? = nil) {
        self.meter = meter
        self.per_month = per_month
        self.source = source
        self.read = read
    }
}

// MARK: - Meters and price keys

/// A billed quantity of one request, derived from its measured figures by ``UsageModel``.
public enum Meter: String, Codable, Sendable, CaseIterable {
    case requests
    case queries
    case rows_read
    case rows_written
    case gb_returned
    case cpu_seconds
    case read_request_units
    case write_request_units
    case io_requests
    case gb_seconds
}

/// The name of a price, as written in a profile file or inline in a scenario.
public enum PriceKey: String, Codable, Sendable, CaseIterable {
    case perRequest = "per_request"
    case perMillionRequests = "per_million_requests"
    case perQuery = "per_query"
    case perMillionRowsRead = "per_million_rows_read"
    case perMillionRowsWritten = "per_million_rows_written"
    case perGBReturned = "per_gb_returned"
    case perCPUSecond = "per_cpu_second"
    case perMillionReadRequestUnits = "per_million_read_request_units"
    case perMillionWriteRequestUnits = "per_million_write_request_units"
    case perMillionIORequests = "per_million_io_requests"
    case perGBSecond = "per_gb_second"

    /// The meter the price applies to.
    public var meter: Meter {
        switch self {
        case .perRequest, .perMillionRequests: .requests
        case .perQuery: .queries
        case .perMillionRowsRead: .rows_read
        case .perMillionRowsWritten: .rows_written
        case .perGBReturned: .gb_returned
        case .perCPUSecond: .cpu_seconds
        case .perMillionReadRequestUnits: .read_request_units
        case .perMillionWriteRequestUnits: .write_request_units
        case .perMillionIORequests: .io_requests
        case .perGBSecond: .gb_seconds
        }
    }

    /// How many units of the meter the price is for (1 or a million).
    public var quantity: Double {
        switch self {
        case .perMillionRequests, .perMillionRowsRead, .perMillionRowsWritten,
            .perMillionReadRequestUnits, .perMillionWriteRequestUnits, .perMillionIORequests:
            1_000_000
        case .perRequest, .perQuery, .perGBReturned, .perCPUSecond, .perGBSecond:
            1
        }
    }
}
