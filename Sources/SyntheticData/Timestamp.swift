/// ISO-8601 UTC formatting of Unix-epoch seconds with integer arithmetic only (no Foundation,
/// no time zone database), after Howard Hinnant's `civil_from_days`.
public enum Timestamp {
    /// `2024-05-01T08:30:00Z` for `seconds` since 1970-01-01T00:00:00Z.
    public static func iso8601(_ seconds: Int64) -> String {
        String(unsafeUninitializedCapacity: maxBytes) { write(seconds, into: $0) }
    }

    /// The longest text ``write(_:into:)`` produces (`-292277022657-01-27T08:29:52Z`).
    public static let maxBytes = 32

    /// Writes the ISO-8601 text of `seconds` at the start of `buffer` (at least ``maxBytes``
    /// long); returns its length: 20 for years 0000–9999, longer in the expanded form
    /// (`+12345-…`, `-0044-…`) outside them.
    @discardableResult
    public static func write(_ seconds: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let days = floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        var offset = 0
        func put(_ value: Int64, _ width: Int) {
            var value = value
            for position in stride(from: offset + width - 1, through: offset, by: -1) {
                buffer[position] = UInt8(48 + value % 10)
                value /= 10
            }
            offset += width
        }
        func put(_ byte: UInt8) {
            buffer[offset] = byte
            offset += 1
        }
        if (0...9999).contains(year) {
            put(year, 4)
        } else {
            put(year < 0 ? 45 : 43)  // - or +
            let magnitude = year.magnitude
            put(Int64(magnitude), Swift.max(4, String(magnitude).utf8.count))
        }
        put(45)
        put(month, 2)
        put(45)
        put(day, 2)
        put(84)  // T
        put(secondOfDay / 3600, 2)
        put(58)  // :
        put(secondOfDay / 60 % 60, 2)
        put(58)
        put(secondOfDay % 60, 2)
        put(90)  // Z
        return offset
    }

    /// Year, month (1–12) and day (1–31) of a day count since 1970-01-01.
    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }
}
