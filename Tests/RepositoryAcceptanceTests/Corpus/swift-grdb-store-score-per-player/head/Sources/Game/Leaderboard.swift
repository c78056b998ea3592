struct Leaderboard {
    let store: PlayerStore

    func rows(_ players: [Player]) throws -> [(Player, Int)] {
        var rows: [(Player, Int)] = []
        for player in players {
            rows.append((player, try store.score(for: player.id)))
        }
        return rows.sorted { $0.1 > $1.1 }
    }
}
