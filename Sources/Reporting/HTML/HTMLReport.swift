import HundredfoldCore

/// The single-file HTML report: inline CSS and inline SVG charts, no script and no network. First
/// what made it (version, date, commits) and an overview row per scenario; then per scenario its
/// budgets, its cost estimate line by line, its figures predicted at production size, and a chart
/// of each measured figure against scale on log axes with base and head on the same chart and any
/// budget maximum drawn as a line; last the change's static findings, their messages rendered from
/// Markdown.
public struct HTMLReport: ComparisonRenderer {
    public init() {}

    public func render(_ document: ComparisonDocument) -> String {
        let comparison = document.comparison
        let verdict = document.verdict
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hundredfold report: \(verdict.rawValue)</title>
            <style>\(HTMLStyle.css)</style>
            </head>
            <body>
            <main>
            <h1>Hundredfold report <span class="verdict \(verdict.rawValue)">\(verdict.rawValue)</span></h1>

            """
        html += HTMLOverview.provenance(document)
        if document.single {
            html += "<p>One run. Budgets as the run evaluated them.</p>\n"
        } else {
            html += "<p>\(HTMLText.escape(document.baseLabel)) → \(HTMLText.escape(document.headLabel)). "
            html += "Budgets from the <strong>\(comparison.budgets_from)</strong> branch. "
            html +=
                "\(comparison.violations.count) budget violation(s), \(document.staticScan ? "\(document.findings.count) new static finding(s)" : "static scan not run").</p>\n"
            html +=
                "<p class=\"legend\" aria-hidden=\"true\"><span class=\"key base\"></span> \(HTMLText.escape(document.baseLabel)) "
            html += "<span class=\"key head\"></span> \(HTMLText.escape(document.headLabel))</p>\n"
        }
        html += HTMLOverview.table(document)
        for (index, scenario) in comparison.scenarios.enumerated() {
            html += section(scenario, index: index, document: document)
        }
        if !document.single {
            html +=
                document.staticScan
                ? findings(document.findings)
                : "<section><h2>Static findings</h2><p>The static scan was not run.</p></section>\n"
        }
        html += """
            <footer>
            <p>Counts (queries, rows, repeated statements, full scans) are deterministic for a seed and are compared exactly.
            Latency is compared on every request's time with the Mann-Whitney U test (α = 0.01, minimum effect 10% and 0.05 ms)
            and is advisory unless a budget gates it. Cost is an estimate from the named pricing profile.</p>
            </footer>
            </main>
            </body>
            </html>

            """
        return html
    }

    func section(_ scenario: ScenarioComparison, index: Int, document: ComparisonDocument) -> String {
        var html =
            "<section aria-labelledby=\"s\(index)\">\n<h2 id=\"s\(index)\">\(HTMLText.escape(scenario.name))"
        if scenario.status != .compared, !document.single {
            html += " <small>(\(scenario.status.rawValue))</small>"
        }
        html +=
            " <span class=\"verdict \(scenario.verdict.rawValue)\">\(scenario.verdict.rawValue)</span></h2>\n"
        if let pricing = scenario.pricing_head ?? scenario.pricing_base {
            html += "<p>Cost: estimate with pricing profile <code>\(HTMLText.escape(pricing))</code>.</p>\n"
        }
        html += budgets(scenario.budgets)
        html += HTMLCost.table(scenario)
        html += HTMLPrediction.block(scenario)
        html += "<div class=\"charts\">\n"
        var zero: [String] = []
        for figure in Figure.allCases {
            let base = scenario.scales.compactMap { scale in
                scale.figures.first { $0.figure == figure }?.base.map { (Double(scale.scale), $0) }
            }
            let head = scenario.scales.compactMap { scale in
                scale.figures.first { $0.figure == figure }?.head.map { (Double(scale.scale), $0) }
            }
            guard !(base + head).isEmpty else { continue }
            guard (base + head).contains(where: { $0.1 != 0 }) else {
                zero.append(figure.label)
                continue
            }
            var series: [SVGChart.Series] = []
            if !document.single {
                series.append(.init(label: document.baseLabel, cssClass: "base", points: base))
            }
            series.append(
                .init(label: document.single ? "run" : document.headLabel, cssClass: "head", points: head))
            let chart = SVGChart(
                id: "c\(index)-\(figure.rawValue)", title: "\(scenario.name): \(figure.label) by scale",
                yLabel: figure.label, series: series, limits: Self.limits(of: figure, in: scenario.budgets))
            html +=
                "<figure>\(chart.render())<figcaption>\(HTMLText.escape(figure.label))</figcaption></figure>\n"
        }
        html += "</div>\n"
        if !zero.isEmpty {
            html += "<p>Zero at every scale: \(HTMLText.escape(zero.joined(separator: ", "))).</p>\n"
        }
        return html + "</section>\n"
    }

    /// The maxima budgets set on `figure` (at every scale, or at one), as chart lines.
    static func limits(of figure: Figure, in results: [BudgetResult]) -> [SVGChart.Limit] {
        results.compactMap { result in
            let parts = result.name.split(separator: "@", maxSplits: 1)
            guard parts.first.map(String.init) == figure.rawValue, let value = Double(result.limit),
                !result.name.contains(".")
            else { return nil }
            let scale = parts.count == 2 ? " at \(parts[1])x" : ""
            return SVGChart.Limit(label: "budget ≤ \(result.limit)\(scale)", value: value)
        }
    }

    func budgets(_ results: [BudgetResult]) -> String {
        guard !results.isEmpty else { return "<p>No budgets.</p>\n" }
        var html =
            "<table><caption>Budgets</caption>\n<thead><tr><th scope=\"col\">budget</th><th scope=\"col\">limit</th>"
        html += "<th scope=\"col\">measured</th><th scope=\"col\">result</th></tr></thead><tbody>\n"
        for result in results {
            html +=
                "<tr class=\"\(result.passed ? "ok" : "fail")\"><td><code>\(HTMLText.escape(result.name))</code></td>"
            html += "<td>\(HTMLText.escape(result.limit))</td><td>\(HTMLText.escape(result.value))</td>"
            html += "<td>\(result.passed ? "passed" : "failed")</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    func findings(_ findings: [FindingLine]) -> String {
        guard !findings.isEmpty else {
            return "<section><h2>Static findings</h2><p>No new findings.</p></section>\n"
        }
        var html =
            "<section><h2>Static findings</h2>\n<table><caption>New in this change</caption>\n<thead><tr>"
        html +=
            "<th scope=\"col\">where</th><th scope=\"col\">rule</th><th scope=\"col\">severity</th><th scope=\"col\">message</th></tr></thead><tbody>\n"
        for finding in findings {
            html +=
                "<tr><td><code>\(HTMLText.escape("\(finding.path):\(finding.line):\(finding.column)"))</code></td>"
            html += "<td>\(HTMLText.escape(finding.rule))</td><td>\(HTMLText.escape(finding.severity))</td>"
            html +=
                "<td>\(MessageHTML.render(finding.message))<br><small>\(MessageHTML.render(finding.hint))</small>"
            if let confirmation = finding.confirmationText {
                html += "<br><strong>\(MessageHTML.render(confirmation))</strong>"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }
}

enum HTMLStyle {
    static let css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff;margin:0}
        main{max-width:1180px;margin:0 auto;padding:24px}
        h1{font-size:26px;margin:0 0 8px}h2{font-size:20px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
        .verdict{font-size:13px;padding:2px 10px;border-radius:12px;vertical-align:middle;color:#fff;text-transform:uppercase}
        .verdict.pass{background:#1a7f37}.verdict.fail{background:#cf222e}
        table{border-collapse:collapse;margin:8px 0 16px;min-width:60%}caption{text-align:left;font-weight:600;padding:4px 0}
        th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
        tr.fail td{background:#ffebe9}
        .charts{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:6px}
        figcaption{font-size:13px;text-align:center;color:#57606a}.chart{width:350px;height:212px;display:block}
        .grid{stroke:#eaeef2;stroke-width:1}.tick{font-size:10px;fill:#57606a}.axis{font-size:11px;fill:#1f2328}
        polyline{fill:none;stroke-width:2}polyline.base{stroke:#6e7781;stroke-dasharray:5 4}polyline.head{stroke:#bc4c00}
        circle.base{fill:#6e7781}circle.head{fill:#bc4c00}
        .legend .key{display:inline-block;width:28px;height:0;border-top:3px solid;vertical-align:middle;margin-left:8px}
        .key.base{border-color:#6e7781;border-top-style:dashed}.key.head{border-color:#bc4c00}
        footer{margin-top:32px;color:#57606a;font-size:13px}code{font-size:13px}
        .provenance{color:#57606a;font-size:13px}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .prediction{border-left:4px solid #9a6700;background:#fff8c5;padding:4px 12px;margin:8px 0 16px}
        .prediction p.warning{color:#9a6700;font-weight:600}
        line.limit{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:2 3}text.limit{font-size:10px;fill:#cf222e}
        """
}

/// `run --format html`: one run's report as the single-file HTML page, without a base.
public struct HTMLRunReportRenderer: RunReportRenderer {
    public init() {}

    public func render(_ report: RunReport, options: RenderOptions) throws -> String {
        HTMLReport().render(.run(report))
    }
}
