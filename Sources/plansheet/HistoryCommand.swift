import ArgumentParser
import Foundation
import PlanDiff
import PlanIO
import PlanModel

/// `plansheet history FILE|DIR...`: targets, results and revisions across fiscal years.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show each indicator's targets, results and achievement across fiscal years, with every target revision.",
        discussion: """
            Give one plan, or several versions oldest first; each is a plan JSON, a submission \
            workbook or a folder of submissions. Indicators are followed from version to version \
            as `plansheet diff` pairs them. Achievement is actual/target (for a reduction: \
            achieved reduction/target reduction).

            Examples:
              plansheet history Samples/plans/revised.json
              plansheet history Samples/plans/first-adopted.json Samples/plans/revised.json
              plansheet history old.json new.json --format csv -o 推移.csv
              plansheet history old.json new.json --format xlsx -o 推移.xlsx --force
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json, xlsx
    }

    @Argument(help: "Plan versions, oldest first: plan JSON, workbooks or folders.")
    var versions: [String] = []

    @Option(help: "Output format: text, csv, json or xlsx.")
    var format: Format = .text

    @OptionGroup var options: ComparisonOptions

    func run() throws {
        try reportingErrors {
            guard !versions.isEmpty else { throw CLIError.noPlanGiven }
            let destination = try options.destination(inputs: versions)
            let plans = try versions.map { try PlanSource.version($0, options: options.limits.importOptions) }
            let history = History(plans, options: DiffOptions(threshold: options.threshold))
            if format == .xlsx {
                try WorkbookOutput.write(to: destination) { try HistoryWorkbookRenderer().write(history, to: $0) }
                return
            }
            try destination.write { sink in
                switch format {
                case .text: try sink.write(history.text())
                case .csv: try sink.write(history.csvText(escapingFormulas: options.escapeFormulas))
                case .json: try sink.write(history.jsonText())
                case .xlsx: break
                }
            }
        }
    }
}
