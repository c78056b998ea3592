import Foundation
import HundredfoldCore

/// The pricing profiles shipped with Hundredfold (`Profiles/*.json`, one file per profile), and the
/// resolution of a scenario's `pricing:` choice into prices.
public struct ProfileCatalog: Sendable {
    /// The shipped profiles by name.
    public let profiles: [String: PricingProfile]

    /// The suffix that turns a profile's free tier on: `pricing: lambda+free-tier`.
    public static let freeTierSuffix = "+free-tier"

    public init(profiles: [PricingProfile]) {
        self.profiles = Dictionary(profiles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Loads every profile file shipped in the module's resources.
    public static func shipped() throws -> ProfileCatalog {
        let folder = Bundle.module.bundleURL.appendingPathComponent("Profiles", isDirectory: true)
        let urls =
            ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }
        guard !urls.isEmpty else {
            throw ProfileLoadFailure(file: "Profiles", message: "no profile files in the resource bundle")
        }
        let decoder = JSONDecoder()
        var profiles: [PricingProfile] = []
        for url in urls.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            do {
                profiles.append(try decoder.decode(PricingProfile.self, from: Data(contentsOf: url)))
            } catch {
                throw ProfileLoadFailure(file: url.lastPathComponent, message: "\(error)")
            }
        }
        return ProfileCatalog(profiles: profiles)
    }

    /// The names of the shipped profiles, sorted.
    public var names: [String] { profiles.keys.sorted() }

    /// The prices for a profile name (optionally with ``freeTierSuffix``) or for inline prices.
    public func resolve(_ choice: PricingSelection) throws -> ResolvedPricing {
        switch choice {
        case .named(let rawName, let location):
            let freeTier = rawName.hasSuffix(Self.freeTierSuffix)
            let name = freeTier ? String(rawName.dropLast(Self.freeTierSuffix.count)) : rawName
            guard let profile = profiles[name] else {
                throw CostModelError.unknownProfile(name: rawName, known: names, location: location)
            }
            return ResolvedPricing(profile: profile, freeTier: freeTier)
        case .inline(let prices, let location):
            return ResolvedPricing(
                profile: try Self.inlineProfile(prices, location: location), freeTier: false)
        }
    }

    /// A profile named `inline` from prices written in a scenario; every key must be a ``PriceKey``.
    public static func inlineProfile(_ prices: [String: Double], location: SourceLocation?) throws
        -> PricingProfile
    {
        var list: [Price] = []
        for (key, usd) in prices.sorted(by: { $0.key < $1.key }) {
            guard let priceKey = PriceKey(rawValue: key) else {
                throw CostModelError.unknownPriceKey(key: key, location: location)
            }
            guard usd >= 0, usd.isFinite else {
                throw CostModelError.negativePrice(key: key, value: usd, location: location)
            }
            list.append(Price(key: priceKey, usd: usd, source: "the scenario's own inline prices"))
        }
        return PricingProfile(
            name: "inline", title: "Prices written in the scenario",
            model: "Each price applied to its figure as measured; CPU seconds are the request's median time.",
            prices: list)
    }
}

/// What a scenario asks for: a profile by name, or prices written inline.
public enum PricingSelection: Sendable, Equatable {
    case named(String, location: SourceLocation?)
    case inline([String: Double], location: SourceLocation?)
}

/// A profile ready to estimate with, and whether its free tier applies.
public struct ResolvedPricing: Sendable, Equatable {
    public var profile: PricingProfile
    public var freeTier: Bool

    public init(profile: PricingProfile, freeTier: Bool = false) {
        self.profile = profile
        self.freeTier = freeTier
    }

    /// How the report names it: `cloudflare-d1`, `lambda+free-tier`, `inline`.
    public var label: String { profile.name + (freeTier ? ProfileCatalog.freeTierSuffix : "") }
}

/// A shipped profile file is missing or does not decode: a bug in Hundredfold (exit 3), never the
/// user's input.
public struct ProfileLoadFailure: Error, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "pricing profile \(file) could not be loaded: \(message)" }
}
