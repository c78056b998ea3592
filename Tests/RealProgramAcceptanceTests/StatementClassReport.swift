import Foundation

/// The statement classes of PRODUCT.md ("Real programs").
enum StatementClass: String, CaseIterable {
    case application, transaction, connectionSetup = "connection_setup"
    case schemaIntrospection = "schema_introspection", instrumentation
}

extension Report {
    /// Statements of `statementClass` per request at `scale` (mean, max).
    ///
    /// PRODUCT.md names the classes but not the report key that holds them. Assumed here, and only
    /// here: `scales[].statements_by_class.CLASS`, either `{mean, max}` like `queries_per_request`
    /// or a number (the mean). A class the report leaves out is nil, never zero.
    func statements(
        _ statementClass: StatementClass, _ name: String, _ scale: Int
    ) -> (mean: Double?, max: Double?) {
        let byClass = self.scale(name, scale)?["statements_by_class"] as? [String: Any]
        return meanAndMax(byClass?[statementClass.rawValue])
    }

    /// `round_trips_per_request` at `scale` (PRODUCT.md names it; `{mean, max}` or a number, the mean).
    func roundTrips(_ name: String, _ scale: Int) -> (mean: Double?, max: Double?) {
        meanAndMax(self.scale(name, scale)?["round_trips_per_request"])
    }

    private func meanAndMax(_ value: Any?) -> (mean: Double?, max: Double?) {
        if let figure = value as? [String: Any] { return (number(figure["mean"]), number(figure["max"])) }
        return (number(value), nil)
    }
}

/// Mean and max of the programs' own per-request counts.
func meanAndMax(_ values: [Int]) -> (mean: Double, max: Double) {
    (Double(values.reduce(0, +)) / Double(max(values.count, 1)), Double(values.max() ?? 0))
}

/// Equal up to rounding of a mean.
func same(_ reported: Double?, _ own: Double) -> Bool {
    guard let reported else { return false }
    return abs(reported - own) < 1e-9
}
