import ArgumentParser
import Foundation
import PlanDiff
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
    var versions: [String]

    @Option(help: "Output format: text, csv, json or xlsx.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Option(help: "Lowest title similarity (0…1) at which a changed title counts as the same initiative.")
    var threshold: Double = DiffOptions.defaultThreshold

    func run() throws {
        try reportingErrors {
            guard !versions.isEmpty else { throw CLIError.usage("give at least one plan / 計画ファイルを指定してください") }
            guard (0...1).contains(threshold) else {
                throw CLIError.usage("--threshold must be between 0 and 1, not \(threshold)")
            }
            let destination = try OutputDestination(path: output, force: force, inputs: versions)
            if format == .xlsx && destination.url == nil {
                throw CLIError.usage("--format xlsx needs -o FILE.xlsx / XLSX は -o で出力先を指定してください")
            }
            let plans = try versions.map { path -> Plan in
                var plan = try PlanSource.load(path)
                plan.version = plan.version ?? DiffCommand.name(of: path)
                return plan
            }
            let history = History(plans, options: DiffOptions(threshold: threshold))
            if format == .xlsx {
                try HistoryWorkbook.write(history, to: destination)
                return
            }
            try destination.write { sink in
                switch format {
                case .text: try sink.write(history.text())
                case .csv: try sink.write(history.csvText())
                case .json: try sink.write(history.jsonText())
                case .xlsx: break
                }
            }
        }
    }
}
