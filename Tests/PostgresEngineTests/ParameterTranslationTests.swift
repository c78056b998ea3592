import PostgresEngine
import Testing

@Suite struct ParameterTranslationTests {
    @Test func namedParametersBecomeNumberedOnesInOrderOfFirstUse() {
        let translated = ParameterTranslation(
            "SELECT * FROM t WHERE a = :a AND b = @b OR a = :a AND s = ':not' AND c::text = $c")
        #expect(
            translated.sql
                == "SELECT * FROM t WHERE a = $1 AND b = $2 OR a = $1 AND s = ':not' AND c::text = $3")
        #expect(translated.names == ["a", "b", "c"])
    }

    @Test func positionalParametersAreNumberedToo() {
        let translated = ParameterTranslation("INSERT INTO t VALUES (?, ?) -- ? in a comment")
        #expect(translated.sql == "INSERT INTO t VALUES ($1, $2) -- ? in a comment")
        #expect(translated.names == ["?1", "?2"])
    }
}
