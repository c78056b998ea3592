struct Leaderboard {
    let board: ScoreBoard

    func rows(_ players: [Player]) -> [(Player, Int)] {
        players.map { ($0, 0) }
    }
}
