/// The rows of one table, generated one at a time (nothing is held but the current row).
public struct TableStream: Sendable {
    public let rowCount: Int
    private var columns: [ColumnStream]
    private var produced = 0

    /// `rowCount` rows of `columns`, in column order.
    public init(rowCount: Int, columns: [ColumnStream]) {
        self.rowCount = rowCount
        self.columns = columns
    }

    /// Fills `row` (resized to the column count) with the next row; false after the last.
    public mutating func next(into row: inout [GeneratedValue]) -> Bool {
        guard produced < rowCount else { return false }
        produced += 1
        if row.count != columns.count { row = Array(repeating: .null, count: columns.count) }
        for index in columns.indices { row[index] = columns[index].next() }
        return true
    }
}
