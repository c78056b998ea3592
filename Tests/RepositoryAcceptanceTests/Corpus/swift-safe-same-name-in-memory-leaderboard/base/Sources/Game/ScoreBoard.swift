struct ScoreBoard {
    private var points: [Int64: Int] = [:]

    mutating func record(_ value: Int, for playerID: Int64) {
        points[playerID, default: 0] += value
    }

    func score(for playerID: Int64) -> Int {
        points[playerID] ?? 0
    }
}
