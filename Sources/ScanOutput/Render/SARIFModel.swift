/// The subset of the SARIF 2.1.0 object model that ``SARIFScanRenderer`` writes. Property names
/// are SARIF's own; optional properties are left out when nil.
enum SARIF {
    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var automationDetails: AutomationDetails
        var originalUriBaseIds: [String: BaseURI]
        var columnKind: String
        var results: [Result]
    }

    /// `runAutomationDetails`: GitHub reads the part of `id` before its last `/` as the
    /// analysis category.
    struct AutomationDetails: Encodable {
        var id: String
    }

    struct BaseURI: Encodable {
        var description: Message
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Help
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Help: Encodable {
        var text: String
        var markdown: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    /// The rule properties GitHub code scanning reads: `tags`, `precision` (`very-high`, `high`,
    /// `medium`, `low`) and `problem.severity` (`error`, `warning`, `recommendation`).
    struct RuleProperties: Encodable {
        var tags: [String]
        var precision: String
        var problemSeverity: String

        enum CodingKeys: String, CodingKey {
            case tags, precision
            case problemSeverity = "problem.severity"
        }
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    struct ResultProperties: Encodable {
        var call: String
        var kind: String?
        var confidence: String
        var new: Bool
        var hint: String
    }
}
