import Foundation

/// Parses the dates of `timestamp:` ranges without a locale or time zone database, so the same
/// text gives the same seconds on every machine.
enum Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z for `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` (or with a space)
    /// and an optional trailing `Z`; nil for anything else. Times are UTC.
    static func epochSeconds(_ text: String) -> Int64? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasSuffix("Z") { body = body.dropLast() }
        let halves = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "T" || $0 == " " })
        guard halves.count == 1 || halves.count == 2 else { return nil }
        let date = halves[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard date.count == 3, let year = date[0], let month = date[1], let day = date[2],
            halves[0].count == 10, (1...12).contains(month),
            (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = 0
        if halves.count == 2 {
            let time = halves[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard time.count == 2 || time.count == 3, time.allSatisfy({ $0 != nil }) else { return nil }
            let parts = time.compactMap { $0 }
            guard (0...23).contains(parts[0]), (0...59).contains(parts[1]),
                parts.count == 2 || (0...59).contains(parts[2])
            else { return nil }
            seconds = parts[0] * 3600 + parts[1] * 60 + (parts.count == 3 ? parts[2] : 0)
        }
        return Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400 + Int64(seconds)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
