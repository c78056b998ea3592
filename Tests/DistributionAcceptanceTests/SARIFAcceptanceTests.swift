import Foundation
import TestSupport
import Testing

/// SARIF for GitHub code scanning, from `ci` (scan.sarif) and `scan --format sarif`. Issue 12:
/// "SARIF: everything GitHub documents as used or recommended (above), stable
/// `partialFingerprints`, `runAutomationDetails.id`, help with the examples, message links to
/// related locations"; "Done when: SARIF passes the schema and a test that checks every
/// GitHub-documented field above."
@Suite(.serialized)
struct SARIFAcceptanceTests {
    /// A suppression without a reason (HF901) in the change, beside the N+1 of `app/report.py`.
    static let unreasonedSuppression = """
        def names(db, ids):
            out = []
            for i in ids:
                out.append(db.execute("SELECT name FROM users WHERE id = ?", (i,)).fetchone())  # hundredfold:ignore HF101
            return out

        """

    /// The pull request with both findings in it.
    static func repository() throws -> PullRequestRepository {
        let repo = try Shop.nPlusOnePullRequest()
        try repo.commit(["app/names.py": unreasonedSuppression], message: "names")
        return repo
    }

    /// Both SARIF documents of one pull request: `ci`'s scan.sarif and `scan --format sarif`.
    static func documents(_ repo: PullRequestRepository) throws -> [(String, [String: Any])] {
        let ci = try repo.ci(["--base", "main"])
        #expect([0, 1].contains(ci.exitCode), "\(ci.summary)")
        let scan = try repo.hundredfold(["scan", "--base", "main", "--format", "sarif", "--fail-on", "none"])
        #expect(scan.exitCode == 0, "\(scan.summary)")
        let fromCI = try #require(try parseJSON(file: repo.outFile("scan.sarif")) as? [String: Any])
        let fromScan = try #require(try parseJSON(scan.stdout) as? [String: Any])
        return [("ci scan.sarif", fromCI), ("scan --format sarif", fromScan)]
    }

    static func run(_ document: [String: Any]) -> [String: Any] {
        (document["runs"] as? [[String: Any]])?.first ?? [:]
    }

    static func results(_ document: [String: Any]) -> [[String: Any]] {
        run(document)["results"] as? [[String: Any]] ?? []
    }

    static func rules(_ document: [String: Any]) -> [[String: Any]] {
        ((run(document)["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
            ?? []
    }

    static func line(_ result: [String: Any]) -> Int? {
        let physical =
            ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
        return number((physical?["region"] as? [String: Any])?["startLine"]).map { Int($0) }
    }

    static func uri(_ location: [String: Any]) -> String? {
        ((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"]
            as? String
    }

    /// Spec: "SARIF 2.1.0 for code-scanning upload"; "Done when: SARIF passes the schema".
    @Test func bothDocumentsValidateAgainstTheSARIFSchema() throws {
        let repo = try Self.repository()
        defer { repo.root.remove() }
        for (label, document) in try Self.documents(repo) {
            #expect(document["version"] as? String == "2.1.0", "\(label)")
            let file = repo.root.url.appendingPathComponent("check.sarif")
            try JSONSerialization.data(withJSONObject: document).write(to: file)
            let script = """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                document = json.load(open(sys.argv[2]))
                errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=str)
                for error in errors[:5]:
                    print(list(error.absolute_path), error.message)
                sys.exit(1 if errors else 0)
                """
            let check = try runTool(["python3", "-c", script, SARIFSchema.url.path, file.path])
            #expect(check.exitCode == 0, "\(label) does not validate: \(check.stdout) \(check.stderr)")
            #expect(!Self.results(document).isEmpty, "\(label) has results")
        }
    }

    /// Spec (GitHub's reportingDescriptor): `fullDescription` at most 1,024 characters; `help`
    /// with text and markdown "carrying the examples" (the bug: "`help` says 'run explain'");
    /// `properties.precision` (very-high, high, medium, low) and `problem.severity` (error, warning,
    /// recommendation), which GitHub sorts and filters by; `security-severity` only on security
    /// rules, and no Hundredfold rule is one (GitHub would file its alerts as security alerts).
    @Test func everyRuleCarriesTheFieldsGitHubUses() throws {
        let repo = try Self.repository()
        defer { repo.root.remove() }
        for (label, document) in try Self.documents(repo) {
            let rules = Self.rules(document)
            #expect(!rules.isEmpty, "\(label): tool.driver.rules")
            for rule in rules {
                let id = rule["id"] as? String ?? "?"
                let full = (rule["fullDescription"] as? [String: Any])?["text"] as? String
                #expect(
                    full.map { !$0.isEmpty && $0.count <= 1024 } == true,
                    "\(label) \(id): fullDescription \(full?.count ?? -1) chars")
                #expect(
                    ((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false,
                    "\(label) \(id): shortDescription")
                let help = rule["help"] as? [String: Any]
                let helpText = help?["text"] as? String ?? ""
                let helpMarkdown = help?["markdown"] as? String ?? ""
                #expect(
                    !helpText.isEmpty && !helpMarkdown.isEmpty, "\(label) \(id): help.text and help.markdown")
                let example = try badExampleLine(id)
                if let example {
                    #expect(
                        helpMarkdown.contains(example),
                        "\(label) \(id): help.markdown carries the bad example `\(example)`")
                    #expect(
                        helpText.contains(example),
                        "\(label) \(id): help.text carries the bad example `\(example)`")
                    #expect(
                        helpMarkdown.contains("```"),
                        "\(label) \(id): examples as code blocks in help.markdown")
                }
                let properties = rule["properties"] as? [String: Any] ?? [:]
                #expect(
                    ["very-high", "high", "medium", "low"].contains(properties["precision"] as? String ?? ""),
                    "\(label) \(id): properties.precision \(String(describing: properties["precision"]))")
                #expect(
                    ["error", "warning", "recommendation"].contains(
                        properties["problem.severity"] as? String ?? ""),
                    "\(label) \(id): properties[\"problem.severity\"] \(String(describing: properties["problem.severity"]))"
                )
                #expect(
                    properties["security-severity"] == nil,
                    "\(label) \(id): no security-severity on a performance tool")
                let tags = properties["tags"] as? [String] ?? []
                #expect(!tags.contains("security"), "\(label) \(id): not tagged security")
                if let uri = rule["helpUri"] as? String {
                    #expect(
                        uri.hasPrefix("https://"), "\(label) \(id): helpUri is an absolute https URL: \(uri)")
                }
            }
        }
    }

    /// Spec: "the suppression rules carry the performance tags" is the bug: HF9xx are about the
    /// comments, not about performance.
    @Test func suppressionRulesCarryNoPerformanceTags() throws {
        let repo = try Self.repository()
        defer { repo.root.remove() }
        for (label, document) in try Self.documents(repo) {
            let results = Self.results(document)
            #expect(
                results.contains { $0["ruleId"] as? String == "HF901" },
                "\(label): the reasonless suppression is reported")
            let suppressionRules = Self.rules(document).filter {
                ($0["name"] as? String ?? "").lowercased().contains("suppress")
            }
            #expect(!suppressionRules.isEmpty, "\(label): the suppression rules are listed")
            for rule in suppressionRules {
                let tags = (rule["properties"] as? [String: Any])?["tags"] as? [String] ?? []
                let performance = tags.filter {
                    ["performance", "scalability", "n+1", "efficiency"].contains($0.lowercased())
                }
                #expect(performance.isEmpty, "\(label) \(rule["id"] ?? ""): tags \(tags)")
            }
        }
    }

    /// Spec: "stable `partialFingerprints`". The same change scanned twice gives the same
    /// fingerprints; lines added above the finding move it but keep its fingerprint, so GitHub
    /// keeps one alert.
    @Test func partialFingerprintsAreStableAcrossRunsAndLineShifts() throws {
        let repo = try Self.repository()
        defer { repo.root.remove() }
        func scanResults() throws -> [[String: Any]] {
            let scan = try repo.hundredfold([
                "scan", "--base", "main", "--format", "sarif", "--fail-on", "none",
            ])
            #expect(scan.exitCode == 0, "\(scan.summary)")
            return Self.results(try #require(try parseJSON(scan.stdout) as? [String: Any]))
        }
        func queryInLoop(_ results: [[String: Any]]) throws -> [String: Any] {
            try #require(
                results.first {
                    $0["ruleId"] as? String == "HF101"
                        && Self.uri((($0["locations"] as? [[String: Any]])?.first) ?? [:]) == "app/report.py"
                }, "HF101 in app/report.py: \(results)")
        }
        let first = try scanResults()
        let second = try scanResults()
        let fingerprints = first.map { $0["partialFingerprints"] as? [String: String] ?? [:] }
        #expect(fingerprints.allSatisfy { !$0.isEmpty }, "every result has partialFingerprints")
        #expect(
            fingerprints == second.map { $0["partialFingerprints"] as? [String: String] ?? [:] },
            "two runs agree")
        #expect(
            Set(fingerprints.map { $0.description }).count == fingerprints.count,
            "distinct results, distinct fingerprints")
        let before = try queryInLoop(first)
        #expect(Self.line(before) == Shop.reportFindingLine)
        try repo.commit(
            ["app/report.py": "import sqlite3\n\n# Totals per user.\n" + Shop.reportModule], message: "header"
        )
        let after = try queryInLoop(try scanResults())
        #expect(Self.line(after) == Shop.reportFindingLine + 3, "the finding moved three lines down")
        #expect(
            (after["partialFingerprints"] as? [String: String])
                == (before["partialFingerprints"] as? [String: String]),
            "the fingerprint survives the shift: \(String(describing: before["partialFingerprints"])) vs \(String(describing: after["partialFingerprints"]))"
        )
    }

    /// Spec (GitHub's run object): `automationDetails.id` ("runAutomationDetails") identifies the
    /// analysis, so uploads of several categories do not replace each other.
    @Test func theRunHasAnAutomationDetailsID() throws {
        let repo = try Self.repository()
        defer { repo.root.remove() }
        for (label, document) in try Self.documents(repo) {
            let id = (Self.run(document)["automationDetails"] as? [String: Any])?["id"] as? String
            #expect(id?.isEmpty == false, "\(label): runs[0].automationDetails.id")
        }
    }

    /// Spec: "the loop is a related location the message does not link (`[loop](1)`)" is the bug.
    /// Every `[text](n)` in a message names a related location of the result; the N+1's message
    /// links its loop, which is at the loop's line of a file that exists.
    @Test func messagesLinkTheirRelatedLocations() throws {
        let repo = try Self.repository()
        defer { repo.root.remove() }
        let linkPattern = try NSRegularExpression(pattern: #"\[[^\]]+\]\((\d+)\)"#)
        for (label, document) in try Self.documents(repo) {
            for result in Self.results(document) {
                let message = (result["message"] as? [String: Any])?["text"] as? String ?? ""
                let related = result["relatedLocations"] as? [[String: Any]] ?? []
                let ids = Set(related.compactMap { number($0["id"]).map { Int($0) } })
                let linked = linkPattern.matches(
                    in: message, range: NSRange(message.startIndex..., in: message)
                )
                .compactMap { Range($0.range(at: 1), in: message).flatMap { Int(message[$0]) } }
                for id in linked {
                    #expect(
                        ids.contains(id),
                        "\(label): `\(message)` links (\(id)) but relatedLocations has \(ids)")
                }
                for location in related {
                    guard let uri = Self.uri(location) else { continue }
                    let file = repo.url.appendingPathComponent(uri)
                    #expect(exists(file), "\(label): related location \(uri) exists")
                    let line = number(
                        ((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?[
                            "startLine"])
                    let lines = read(file).components(separatedBy: "\n")
                    #expect(
                        line.map { Int($0) >= 1 && Int($0) <= lines.count } == true,
                        "\(label): \(uri):\(line ?? -1) exists")
                }
                if result["ruleId"] as? String == "HF101",
                    Self.uri((result["locations"] as? [[String: Any]])?.first ?? [:]) == "app/report.py"
                {
                    #expect(!linked.isEmpty, "\(label): the N+1's message links its loop: `\(message)`")
                    let loop = related.first { location in
                        number(
                            ((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?[
                                "startLine"]) == Double(Shop.reportLoopLine)
                    }
                    #expect(
                        loop != nil,
                        "\(label): a related location at the loop, line \(Shop.reportLoopLine): \(related)")
                    if let loop, let id = number(loop["id"]) {
                        #expect(
                            linked.contains(Int(id)),
                            "\(label): the message links the loop (\(Int(id))): `\(message)`")
                    }
                }
            }
        }
    }
}

/// The first line of the bad example `hundredfold explain ID` prints (its indented code under a
/// "Bad" heading), or nil when the rule shows none.
func badExampleLine(_ id: String) throws -> String? {
    let explain = try HundredfoldBinary.run(["explain", id])
    guard explain.exitCode == 0 else { return nil }
    let lines = explain.stdout.components(separatedBy: "\n")
    guard let heading = lines.firstIndex(where: { $0.lowercased().hasPrefix("bad") }) else { return nil }
    return lines[(heading + 1)...].first {
        $0.hasPrefix("    ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }?
    .trimmingCharacters(in: .whitespaces)
}
