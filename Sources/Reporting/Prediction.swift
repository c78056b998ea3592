import Foundation
import HundredfoldCore

/// Each figure at the scale production runs at (`production: { scale: N }`), extrapolated from the
/// growth fitted across the measured scales — a prediction, not a measurement — and the figures
/// whose growth steepened between the last two scales, a sign they grow later than the fit says
/// (chunked eager loading is constant up to its chunk size, then linear). Timing figures are not
/// extrapolated: they are noisy and bounded by the measuring machine.
public struct Prediction: Codable, Sendable, Equatable {
    /// The production scale.
    public var scale: Int
    /// Always true: marks every value here as extrapolated.
    public var predicted: Bool
    /// Per deterministic figure (``Figure`` raw value): the last measured value times
    /// (scale / last scale) to the fitted exponent; the last value for a figure that does not grow.
    public var figures: [String: Double]
    /// Figures whose last two scales grow in a steeper class than all scales together.
    public var steepening: [GrowthChange]

    public init(scale: Int, figures: [String: Double], steepening: [GrowthChange]) {
        self.scale = scale
        predicted = true
        self.figures = figures
        self.steepening = steepening
    }

    /// The prediction at `scale` from `scales` (any order) and their fitted `growth`; nil without a
    /// measured scale.
    public static func at(_ scale: Int, scales: [ScaleResult], growth: [String: Growth]) -> Prediction? {
        let ordered = scales.sorted { $0.scale < $1.scale }
        guard let last = ordered.last else { return nil }
        var figures: [String: Double] = [:]
        for figure in Figure.allCases where figure.isDeterministic {
            guard let value = last.value(of: figure), let fit = growth[figure.rawValue] else { continue }
            let factor = fit.class == .constant ? 1 : pow(Double(scale) / Double(last.scale), fit.exponent)
            figures[figure.rawValue] = (value * factor * 1000).rounded() / 1000
        }
        return Prediction(scale: scale, figures: figures, steepening: steepening(ordered, growth: growth))
    }

    /// Figures whose growth over the last two of at least three scales is of a steeper class than
    /// over all of them.
    static func steepening(_ ordered: [ScaleResult], growth: [String: Growth]) -> [GrowthChange] {
        guard ordered.count >= 3 else { return [] }
        let lastTwo = Array(ordered.suffix(2))
        var changes: [GrowthChange] = []
        for figure in Figure.allCases where figure.isDeterministic {
            guard let overall = growth[figure.rawValue],
                let first = lastTwo[0].value(of: figure), let second = lastTwo[1].value(of: figure)
            else { continue }
            let recent = GrowthAnalysis.growth(
                scales: lastTwo.map { Double($0.scale) }, values: [first, second])
            if recent.class > overall.class {
                changes.append(
                    GrowthChange(
                        figure: figure.rawValue, overall: overall.class, last_two_scales: recent.class))
            }
        }
        return changes
    }
}

extension Prediction {
    /// Figures a report line shows, when measured: what production pays for.
    static let shownFigures: [Figure] = [
        .queriesPerRequest, .rowsReadPerRequest, .rowsWrittenPerRequest, .costPerMonthUSD,
    ]

    /// The report's lines for `scenario`'s prediction (text and Markdown alike): the predicted
    /// figures, marked as such, then one warning per steepening figure.
    public static func lines(of scenario: ScenarioReport) -> [String] {
        guard let prediction = scenario.prediction else { return [] }
        return [
            "Predicted at production scale \(prediction.scale)x (extrapolated from the fitted growth, not measured): "
                + prediction.values.joined(separator: ", ")
        ] + prediction.warnings
    }

    /// Each shown figure that was predicted, as "label value" (`queries/request 15838`).
    var values: [String] {
        Self.shownFigures.compactMap { figure in
            figures[figure.rawValue].map { "\(figure.label) \(ReportFormatting.number($0))" }
        }
    }

    /// One warning per steepening figure: it may grow later than predicted.
    var warnings: [String] {
        steepening.map { change in
            let label = Figure(rawValue: change.figure)?.label ?? change.figure
            return
                "Warning: \(label) grows \(change.last_two_scales.rawValue) between the last two scales but \(change.overall.rawValue) over all: it may grow later than predicted; run larger scales"
        }
    }
}

/// A figure whose growth class between the last two scales differs from its class over all scales.
public struct GrowthChange: Codable, Sendable, Equatable {
    public var figure: String
    public var overall: GrowthClass
    public var last_two_scales: GrowthClass

    public init(figure: String, overall: GrowthClass, last_two_scales: GrowthClass) {
        self.figure = figure
        self.overall = overall
        self.last_two_scales = last_two_scales
    }
}
