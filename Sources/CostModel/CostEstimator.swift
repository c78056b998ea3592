import Foundation
import Reporting

/// Pure estimate functions: a request's figures and the monthly traffic → ``Cost``.
///
/// Without a free tier, cost per request is Σ price × quantity / price unit, and cost per month is
/// that times the requests per month. With the free tier on (only when asked for), each meter's
/// monthly quantity is reduced by its allowance first (never below zero), and the cost per request
/// is the monthly cost spread over the month's requests.
public enum CostEstimator {
    /// The estimated cost of one request's `usage`; `requestsPerMonth` nil leaves the monthly cost
    /// out (and the free tier, which is monthly, unapplied).
    public static func estimate(
        _ usage: RequestUsage, pricing: ResolvedPricing, requestsPerMonth: Double?
    ) -> Cost {
        var cost = total(usage, pricing: pricing, requestsPerMonth: requestsPerMonth)
        cost.lines = lines(usage, pricing: pricing, requestsPerMonth: requestsPerMonth)
        return cost
    }

    /// Each price of the profile as a line: the quantity it is applied to, the unit price, the amount.
    static func lines(_ usage: RequestUsage, pricing: ResolvedPricing, requestsPerMonth: Double?)
        -> [CostLine]
    {
        let profile = pricing.profile
        return profile.prices.map { price in
            let perRequest = usage.quantity(of: price.key.meter, under: profile)
            let free =
                pricing.freeTier && requestsPerMonth != nil
                ? profile.free_tier?.filter { $0.meter == price.key.meter }.reduce(0.0) { $0 + $1.per_month }
                : nil
            let monthly = requestsPerMonth.map { max(0, perRequest * $0 - (free ?? 0)) }
            return CostLine(
                price: price.key.rawValue, meter: price.key.meter.rawValue, unit_price_usd: price.usd,
                unit_quantity: price.key.quantity, quantity_per_request: perRequest,
                quantity_per_month: monthly,
                free_per_month: free, per_month_usd: monthly.map { price.usd * $0 / price.key.quantity })
        }
    }

    /// The totals, per request and per month.
    private static func total(
        _ usage: RequestUsage, pricing: ResolvedPricing, requestsPerMonth: Double?
    ) -> Cost {
        let profile = pricing.profile
        let perRequest = profile.prices.reduce(0.0) { total, price in
            total + price.usd * usage.quantity(of: price.key.meter, under: profile) / price.key.quantity
        }
        guard let requestsPerMonth else {
            return Cost(per_request_usd: perRequest, per_month_usd: nil)
        }
        guard pricing.freeTier, let allowances = profile.free_tier, requestsPerMonth > 0 else {
            return Cost(per_request_usd: perRequest, per_month_usd: perRequest * requestsPerMonth)
        }
        let perMonth = profile.prices.reduce(0.0) { total, price in
            let monthly = usage.quantity(of: price.key.meter, under: profile) * requestsPerMonth
            let free = allowances.filter { $0.meter == price.key.meter }.reduce(0.0) { $0 + $1.per_month }
            return total + price.usd * max(0, monthly - free) / price.key.quantity
        }
        return Cost(per_request_usd: perMonth / requestsPerMonth, per_month_usd: perMonth)
    }

    /// The same estimate for one scale of a run.
    public static func estimate(
        _ result: ScaleResult, pricing: ResolvedPricing, requestsPerMonth: Double?
    ) -> Cost {
        estimate(RequestUsage(result), pricing: pricing, requestsPerMonth: requestsPerMonth)
    }

    /// A copy of `report` with every scale's cost and the scenario's `pricing` label filled in.
    public static func priced(
        _ report: ScenarioReport, pricing: ResolvedPricing, requestsPerMonth: Double?
    ) -> ScenarioReport {
        var priced = report
        priced.scales = report.scales.map { result in
            var result = result
            result.cost = estimate(result, pricing: pricing, requestsPerMonth: requestsPerMonth)
            return result
        }
        priced.pricing = pricing.label
        return priced
    }
}
