struct Player: Identifiable, Hashable {
    var id: Int64
    var name: String
}
