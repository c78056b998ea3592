import HundredfoldCore
import Testing

@Suite struct SQLBlanksTests {
    @Test(arguments: [
        ("SELECT 1", 0, 0), ("  \n\tSELECT", 0, 4), ("-- note\nSELECT", 0, 8), ("/* a */ /* b */x", 0, 15),
        (";\n  -- again\n  /* a */ INSERT", 1, 23), ("-- only a comment", 0, 17), ("/* unclosed", 0, 11),
        ("- 1", 0, 0), ("/ 2", 0, 0),
    ])
    func endsAtTheFirstToken(sql: String, start: Int, end: Int) {
        #expect(SQLBlanks.end(in: Array(sql.utf8), from: start) == end)
    }
}
