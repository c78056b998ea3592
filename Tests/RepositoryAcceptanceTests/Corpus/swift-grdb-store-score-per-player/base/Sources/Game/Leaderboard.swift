struct Leaderboard {
    let store: PlayerStore

    func rows(_ players: [Player]) throws -> [(Player, Int)] {
        players.map { ($0, 0) }
    }
}
