import Testing

@testable import SyntheticData

@Suite struct ColumnStreamTests {
    private func draw(_ kind: ValueKind, seed: UInt64 = 42, count: Int = 1_000, nulls: Double = 0)
        -> [GeneratedValue]
    {
        var stream = ColumnStream(kind: kind, nullFraction: nulls, seed: seed, table: "t", column: "c")
        return (0..<count).map { _ in stream.next() }
    }

    private static let kinds: [ValueKind] = [
        .sequence(start: 10, step: 5), .integer(min: 1, max: 100, skew: .uniform),
        .integer(min: 1, max: 100, skew: .zipf(1.2)), .real(min: 1, max: 500),
        .choice(values: [.text("new"), .text("paid"), .integer(3)], weights: [1, 5, 2]),
        .text(minLength: 0, maxLength: 40), .timestamp(from: 1_704_067_200, to: 1_751_284_800),
        .rowIndex(count: 50, skew: .uniform), .rowIndex(count: 50, skew: .zipf(1)),
    ]

    @Test(arguments: kinds)
    func sameSeedSameValues(kind: ValueKind) {
        #expect(draw(kind) == draw(kind))
    }

    @Test(arguments: kinds.dropFirst())
    func differentSeedDifferentValues(kind: ValueKind) {
        #expect(draw(kind, seed: 1) != draw(kind, seed: 2))
    }

    /// The insert fast path (text into a buffer) draws exactly the values of `next()`.
    @Test(arguments: kinds)
    func cellsMatchValues(kind: ValueKind) {
        var values = ColumnStream(kind: kind, nullFraction: 0.1, seed: 9, table: "t", column: "c")
        var cells = values
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(cells.maxTextBytes, 1))
        defer { buffer.deallocate() }
        for _ in 0..<500 {
            let expected = values.next()
            switch cells.nextCell(into: buffer) {
            case .value(let value): #expect(value == expected)
            case .utf8(let count):
                #expect(expected == .text(String(decoding: buffer[..<count], as: UTF8.self)))
            }
        }
    }

    @Test func sequenceCountsByStep() {
        #expect(draw(.sequence(start: 10, step: 5), count: 3) == [.integer(10), .integer(15), .integer(20)])
    }

    @Test func valuesStayInTheirRanges() {
        for value in draw(.integer(min: -3, max: 3, skew: .zipf(2))) {
            guard case .integer(let int) = value else { Issue.record("not an integer"); continue }
            #expect((-3...3).contains(int))
        }
        for value in draw(.real(min: 1, max: 2)) {
            guard case .real(let real) = value else { Issue.record("not a real"); continue }
            #expect(real >= 1 && real < 2)
        }
        for value in draw(.text(minLength: 3, maxLength: 8)) {
            guard case .text(let text) = value else { Issue.record("not text"); continue }
            #expect((3...8).contains(text.utf8.count))
            #expect(!text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.contains("  "))
        }
        for value in draw(.rowIndex(count: 7, skew: .zipf(1.5))) {
            guard case .integer(let index) = value else { Issue.record("not an index"); continue }
            #expect((0..<7).contains(index))
        }
    }

    @Test func nullFractionIsHonoured() {
        let nulls = draw(.integer(min: 1, max: 9, skew: .uniform), count: 10_000, nulls: 0.2).filter {
            $0 == .null
        }.count
        #expect(abs(nulls - 2_000) < 200)
        #expect(!draw(.integer(min: 1, max: 9, skew: .uniform)).contains(.null))
    }

    @Test func choiceFollowsWeights() {
        let values = draw(.choice(values: [.text("a"), .text("b")], weights: [1, 3]), count: 20_000)
        let b = values.filter { $0 == .text("b") }.count
        #expect(abs(b - 15_000) < 400)
    }

    @Test func zipfIsSkewedAndUniformIsNot() {
        func counts(_ skew: Skew) -> [Int] {
            var counts = [Int](repeating: 0, count: 100)
            for case .integer(let rank) in draw(.integer(min: 1, max: 100, skew: skew), count: 50_000) {
                counts[Int(rank) - 1] += 1
            }
            return counts
        }
        let zipf = counts(.zipf(1))
        // P(1)/P(2) = 2^s = 2 for s = 1; P(1) = 1/H(100) ≈ 0.193.
        #expect(abs(Double(zipf[0]) / Double(zipf[1]) - 2) < 0.15)
        #expect(abs(Double(zipf[0]) / 50_000 - 0.193) < 0.01)
        let uniform = counts(.uniform)
        #expect(Double(uniform[0]) / Double(uniform[1]) < 1.3)
        #expect(uniform.max() ?? 0 < 700)
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
        (1_719_829_800, "2024-07-01T10:30:00Z"), (-86_400, "1969-12-31T00:00:00Z"),
        (4_102_444_799, "2099-12-31T23:59:59Z"), (253_402_300_800, "+10000-01-01T00:00:00Z"),
        (-62_198_755_200, "-0001-01-01T00:00:00Z"),
    ])
    func timestampsAreISO8601UTC(seconds: Int64, expected: String) {
        var cell = ColumnStream(
            kind: .timestamp(from: seconds, to: seconds), seed: 1, table: "t", column: "c")
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Timestamp.maxBytes)
        defer { buffer.deallocate() }
        guard case .utf8(let count) = cell.nextCell(into: buffer) else {
            Issue.record("a timestamp is text")
            return
        }
        #expect(String(decoding: buffer[..<count], as: UTF8.self) == expected)
        #expect(Timestamp.iso8601(seconds) == expected)
    }

    @Test func tableStreamYieldsExactlyItsRows() {
        var table = TableStream(
            rowCount: 3,
            columns: [
                ColumnStream(kind: .sequence(start: 1, step: 1), seed: 1, table: "t", column: "id"),
                ColumnStream(kind: .text(minLength: 2, maxLength: 2), seed: 1, table: "t", column: "name"),
            ])
        var row: [GeneratedValue] = []
        var ids: [GeneratedValue] = []
        while table.next(into: &row) { ids.append(row[0]) }
        #expect(ids == [.integer(1), .integer(2), .integer(3)])
    }

    @Test func declaredTypesGetSensibleGenerators() {
        #expect(ValueKind.forDeclaredType("INTEGER") == .integer(min: 1, max: 1_000_000, skew: .uniform))
        #expect(ValueKind.forDeclaredType("varchar(20)") == .text(minLength: 5, maxLength: 20))
        #expect(ValueKind.forDeclaredType("DOUBLE") == .real(min: 0, max: 1_000))
        if case .timestamp = ValueKind.forDeclaredType("DATETIME") {} else { Issue.record("DATETIME") }
        if case .timestamp = ValueKind.forColumn(named: "created_at", declaredType: "TEXT") {
        } else {
            Issue.record("created_at TEXT")
        }
        #expect(
            ValueKind.forColumn(named: "paid_at", declaredType: "INTEGER")
                == .integer(min: 1_577_836_800, max: 1_767_225_599, skew: .uniform))
        #expect(
            ValueKind.forColumn(named: "status", declaredType: "TEXT") == .text(minLength: 5, maxLength: 20))
    }
}
