struct Summary {
    let store: StatsStore

    func totals() throws -> [String: Int] {
        [:]
    }
}
