/// How a figure grows with the data scale, from slowest to fastest.
///
/// Ordered, so a budget `growth: linear` allows `constant`, `logarithmic` and `linear`.
public enum GrowthClass: String, CaseIterable, Codable, Sendable, Comparable {
    case constant
    case logarithmic
    case linear
    case nLogN = "n_log_n"
    case quadratic
    case worse

    public static func < (lhs: GrowthClass, rhs: GrowthClass) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
