import Foundation

/// A line chart of one figure against scale, both axes logarithmic, drawn as inline SVG with a
/// title and description for screen readers, and the figure's budget maximum as a line. Values of zero (which a log axis cannot show) are
/// drawn on the bottom axis and said so in the description.
struct SVGChart {
    struct Series {
        var label: String
        var cssClass: String
        var points: [(x: Double, y: Double)]
    }

    /// A budget's maximum, drawn as a horizontal line across the chart.
    struct Limit {
        var label: String
        var value: Double
    }

    var id: String
    var title: String
    var yLabel: String
    var series: [Series]
    var limits: [Limit] = []

    let width = 380.0
    let height = 230.0
    let left = 64.0
    let right = 16.0
    let top = 16.0
    let bottom = 44.0

    func render() -> String {
        let xs = series.flatMap { $0.points.map(\.x) }.filter { $0 > 0 }
        let ys = (series.flatMap { $0.points.map(\.y) } + limits.map(\.value)).filter { $0 > 0 }
        let xRange = Self.decades(xs)
        var yRange = Self.decades(ys)
        // Zero has no place on a log axis: a decade below the data is kept for it, labelled 0.
        let hasZero = series.contains { $0.points.contains { $0.y <= 0 } }
        if hasZero { yRange = yRange.lowerBound / 10...yRange.upperBound }
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func px(_ x: Double) -> Double {
            left + (log10(max(x, xRange.lowerBound)) - log10(xRange.lowerBound))
                / (log10(xRange.upperBound) - log10(xRange.lowerBound)) * plotWidth
        }
        func py(_ y: Double) -> Double {
            let clamped = y > 0 ? y : yRange.lowerBound
            return top + plotHeight
                - (log10(clamped) - log10(yRange.lowerBound))
                / (log10(yRange.upperBound) - log10(yRange.lowerBound)) * plotHeight
        }
        var svg = """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
            aria-labelledby="\(id)-t \(id)-d" xmlns="http://www.w3.org/2000/svg">
            <title id="\(id)-t">\(HTMLText.escape(title))</title>
            <desc id="\(id)-d">\(HTMLText.escape(description))</desc>

            """
        for (index, tick) in Self.ticks(yRange).enumerated() {
            let y = Self.f(py(tick))
            let label = hasZero && index == 0 ? "0" : Self.label(tick)
            svg +=
                "<line class=\"grid\" x1=\"\(Self.f(left))\" x2=\"\(Self.f(width - right))\" y1=\"\(y)\" y2=\"\(y)\"/>"
            svg +=
                "<text class=\"tick\" x=\"\(Self.f(left - 6))\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(label)</text>\n"
        }
        for tick in Self.ticks(xRange) {
            let x = Self.f(px(tick))
            svg +=
                "<line class=\"grid\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(Self.f(top))\" y2=\"\(Self.f(top + plotHeight))\"/>"
            svg +=
                "<text class=\"tick\" x=\"\(x)\" y=\"\(Self.f(top + plotHeight + 16))\" text-anchor=\"middle\">\(Self.label(tick))×</text>\n"
        }
        svg +=
            "<text class=\"axis\" x=\"\(Self.f(left + plotWidth / 2))\" y=\"\(Self.f(height - 6))\" text-anchor=\"middle\">scale (log)</text>\n"
        svg +=
            "<text class=\"axis\" transform=\"translate(14 \(Self.f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">\(HTMLText.escape(yLabel)) (log)</text>\n"
        for limit in limits where limit.value > 0 {
            let y = Self.f(py(limit.value))
            svg +=
                "<line class=\"limit\" x1=\"\(Self.f(left))\" x2=\"\(Self.f(width - right))\" y1=\"\(y)\" y2=\"\(y)\"/>"
            svg +=
                "<text class=\"limit\" x=\"\(Self.f(width - right - 2))\" y=\"\(Self.f(py(limit.value) - 4))\" text-anchor=\"end\">\(HTMLText.escape(limit.label))</text>\n"
        }
        for line in series where !line.points.isEmpty {
            let path = line.points.map { "\(Self.f(px($0.x))),\(Self.f(py($0.y)))" }.joined(separator: " ")
            svg += "<polyline class=\"\(line.cssClass)\" points=\"\(path)\"/>\n"
            for point in line.points {
                svg +=
                    "<circle class=\"\(line.cssClass)\" cx=\"\(Self.f(px(point.x)))\" cy=\"\(Self.f(py(point.y)))\" r=\"3.5\">"
                svg +=
                    "<title>\(HTMLText.escape(line.label)) at scale \(Self.label(point.x)): \(NumberText.plain(point.y))</title></circle>\n"
            }
        }
        return svg + "</svg>"
    }

    /// The chart's data in words, for screen readers.
    var description: String {
        series.map { line in
            "\(line.label): "
                + line.points.map { "scale \(Self.label($0.x)) \(NumberText.plain($0.y))" }.joined(
                    separator: ", ")
        }.joined(separator: "; ")
            + (series.contains { $0.points.contains { $0.y <= 0 } }
                ? " (zero values drawn on the bottom axis)" : "")
            + limits.map { "; \($0.label) drawn as a red line" }.joined()
    }

    /// The smallest range of whole decades containing every value, at least one decade wide.
    static func decades(_ values: [Double]) -> ClosedRange<Double> {
        guard let low = values.min(), let high = values.max() else { return 1...10 }
        let lowExponent = floor(log10(low))
        var highExponent = ceil(log10(high))
        if highExponent <= lowExponent { highExponent = lowExponent + 1 }
        return pow(10, lowExponent)...pow(10, highExponent)
    }

    /// One tick per decade, thinned to at most 6.
    static func ticks(_ range: ClosedRange<Double>) -> [Double] {
        let low = Int(log10(range.lowerBound).rounded())
        let high = Int(log10(range.upperBound).rounded())
        let step = max(1, (high - low + 5) / 6)
        return stride(from: low, through: high, by: step).map { pow(10, Double($0)) }
    }

    static func label(_ value: Double) -> String {
        if value >= 1_000_000 || value < 0.01 { return String(format: "%g", value) }
        return NumberText.plain(value)
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// HTML escaping for text and attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
