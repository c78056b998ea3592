import HundredfoldCore

/// A scenario's figures at production size in the HTML report: labelled as extrapolated, not
/// measured, with a warning for each figure whose growth steepened. The figures and their wording
/// are the text report's (``Prediction``).
enum HTMLPrediction {
    /// The block for `scenario`'s prediction; empty without one.
    static func block(_ scenario: ScenarioComparison) -> String {
        guard let prediction = scenario.prediction else { return "" }
        var html =
            "<div class=\"prediction\" role=\"note\" aria-label=\"\(HTMLText.escape(scenario.name)): predicted at production size\">\n"
        html +=
            "<p><strong>Predicted at production size (\(prediction.scale)×)</strong> — extrapolated from the fitted growth, not measured</p>\n"
        html += "<ul>\n"
        html += prediction.values.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined()
        html += "</ul>\n"
        html += prediction.warnings.map { "<p class=\"warning\">\(HTMLText.escape($0))</p>\n" }.joined()
        return html + "</div>\n"
    }
}
