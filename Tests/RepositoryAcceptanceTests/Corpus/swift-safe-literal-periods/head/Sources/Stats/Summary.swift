struct Summary {
    let store: StatsStore

    func totals() throws -> [String: Int] {
        var out: [String: Int] = [:]
        for period in ["day", "week"] {
            out[period] = try store.total(period: period)
        }
        return out
    }
}
