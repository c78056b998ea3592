import HundredfoldCore

/// A YAML mapping with string keys, in the order they were written.
public struct YAMLMapping {
    public struct Entry {
        public let key: String
        /// Where the key itself is written.
        public let keyLocation: SourceLocation
        public let value: YAMLValue
    }

    public let entries: [Entry]
    /// The mapping as a value, for its location and key path.
    public let owner: YAMLValue

    public var keys: [String] { entries.map(\.key) }
    public var isEmpty: Bool { entries.isEmpty }

    /// The value under `key`, or nil when absent. An explicit `null` counts as absent.
    public subscript(key: String) -> YAMLValue? {
        guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// The value under `key`; a missing key is an error at the mapping.
    public func required(_ key: String) throws -> YAMLValue {
        guard let value = self[key] else {
            throw YAMLError.missingKey(location: owner.location, keyPath: owner.keyPath, key: key)
        }
        return value
    }

    /// Where `key` is written, or the mapping's location when it is absent.
    public func location(of key: String) -> SourceLocation {
        entries.first(where: { $0.key == key })?.keyLocation ?? owner.location
    }

    // MARK: - Typed reads of optional keys

    public func int(_ key: String) throws -> Int? { try self[key]?.int() }
    public func double(_ key: String) throws -> Double? { try self[key]?.double() }
    public func bool(_ key: String) throws -> Bool? { try self[key]?.bool() }
    public func string(_ key: String) throws -> String? { try self[key]?.string() }
}
