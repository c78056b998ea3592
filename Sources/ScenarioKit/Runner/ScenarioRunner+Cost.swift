import CostModel
import HundredfoldCore
import Reporting

/// Cost: every scale's figures priced with the scenario's pricing (its own `pricing:`, or the
/// default of `hundredfold.yml` that `run` puts there) and monthly `traffic`, before growth and
/// budgets are computed, so a budget on `cost_per_month_usd` sees the estimate.
extension ScenarioRunner {
    /// The scenario's prices, or nil when it has none; an unknown profile is a preflight error at
    /// the scenario's `pricing:` key.
    func resolvePricing(_ scenario: Scenario) throws -> ResolvedPricing? {
        let selection: PricingSelection
        switch scenario.pricing {
        case .profile(let name, let location): selection = .named(name, location: location)
        case .inline(let prices, let location): selection = .inline(prices, location: location)
        case nil: return nil
        }
        return try ProfileCatalog.shipped().resolve(selection)
    }

    /// `results` with each scale's ``Cost`` filled in (unchanged without pricing).
    static func priced(_ results: [ScaleResult], pricing: ResolvedPricing?, traffic: Double?) -> [ScaleResult]
    {
        guard let pricing else { return results }
        return results.map { result in
            var result = result
            result.cost = CostEstimator.estimate(result, pricing: pricing, requestsPerMonth: traffic)
            return result
        }
    }
}
