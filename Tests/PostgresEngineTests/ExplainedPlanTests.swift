import PostgresEngine
import Testing

@Suite struct ExplainedPlanTests {
    @Test func aSequentialScanReadsItsRowsAndThoseItsFilterRemoved() throws {
        let plan = try #require(
            ExplainedPlan(
                json: """
                    [{"Plan": {"Node Type": "Seq Scan", "Relation Name": "Orders", "Actual Rows": 3,
                      "Actual Loops": 1, "Rows Removed by Filter": 997, "Shared Hit Blocks": 9,
                      "Shared Read Blocks": 2},
                      "Planning": {"Shared Hit Blocks": 1}, "Query Identifier": -42}]
                    """))
        #expect(plan.rowsRead == 1000)
        #expect(plan.sequentialScanTables == ["orders"])
        #expect(plan.queryIdentifier == "-42")
    }

    @Test func anIndexScanInANestedLoopCountsEveryLoopAndScansNothingInFull() throws {
        let plan = try #require(
            ExplainedPlan(
                json: """
                    [{"Plan": {"Node Type": "Nested Loop", "Actual Rows": 8, "Actual Loops": 1, "Plans": [
                      {"Node Type": "Index Scan", "Relation Name": "users", "Actual Rows": 1, "Actual Loops": 1},
                      {"Node Type": "Index Scan", "Relation Name": "items", "Actual Rows": 2, "Actual Loops": 4}
                    ]}}]
                    """))
        #expect(plan.rowsRead == 9)
        #expect(plan.sequentialScanTables.isEmpty)
        #expect(plan.queryIdentifier == nil)
    }
}
