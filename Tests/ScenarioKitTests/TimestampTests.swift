import Testing

@testable import ScenarioKit

/// Dates of `timestamp:` ranges parse to the same seconds everywhere, and bad dates are rejected.
@Suite struct TimestampTests {
    @Test func validForms() {
        #expect(Timestamp.epochSeconds("1970-01-01") == 0)
        #expect(Timestamp.epochSeconds("2024-02-29") == 1_709_164_800)
        #expect(Timestamp.epochSeconds("2025-06-30T12:00:00Z") == 1_751_284_800)
        #expect(Timestamp.epochSeconds("2025-06-30 12:00") == 1_751_284_800)
        #expect(Timestamp.epochSeconds("1969-12-31T23:59:59Z") == -1)
    }

    @Test func invalidForms() {
        for text in [
            "2023-02-29", "2024-13-01", "2024-1-1", "yesterday", "2024-01-01T25:00", "2024-01-01T10", "",
        ] {
            #expect(Timestamp.epochSeconds(text) == nil, "\(text)")
        }
    }
}
