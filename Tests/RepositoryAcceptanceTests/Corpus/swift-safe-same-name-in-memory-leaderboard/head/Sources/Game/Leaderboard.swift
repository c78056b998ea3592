struct Leaderboard {
    let board: ScoreBoard

    func rows(_ players: [Player]) -> [(Player, Int)] {
        var rows: [(Player, Int)] = []
        for player in players {
            rows.append((player, board.score(for: player.id)))
        }
        return rows.sorted { $0.1 > $1.1 }
    }
}
