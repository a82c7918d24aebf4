import ArgumentParser
import Foundation
import PlanIO
import PlanModel

/// `plansheet report`: the progress report (令和２年度における行財政改革の取組について) written from the plan.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the progress report of a plan: headline, tables per direction, delays, revised targets.",
        discussion: """
            The report says what the reform office's published report says, computed from the data: \
            the headline (行動計画の全６２取組のうち、５６の取組は順調に取り組んでおり、６の取組に遅れが生じている。), \
            per direction (方向性) each initiative with 目標（抄）, the year's result and 今後の取組等, the delayed \
            initiatives with 【遅れが生じている要因】, and the targets revised for the coming years (old → new), \
            from revisions written in the plan (２万→6.7万) and, with --previous, from comparing the two versions.

            HTML is one self-contained file (inline CSS and SVG, no scripts, nothing fetched), printable on A4. \
            Markdown has the same tables. XLSX has one formatted sheet per part.

            Examples:
              plansheet report Samples/plans/revised.json -o report.html
              plansheet report revised.json --previous first-adopted.json -o 進捗報告.html
              plansheet report Samples/plans/revised.json --format md --year R2
              plansheet report revised.json -o report.xlsx --force
              plansheet report Samples/submissions/revised/free-text --previous Samples/submissions/first-adopted/table
              plansheet report Samples/submissions/revised/table --title 行財政改革行動計画 --version R3改定 -o R3改定.html
            """
    )

    @Argument(help: "The plan: plan JSON files, submission workbooks or folders (read in order, as one plan).")
    var inputs: [String]

    @Option(help: "Output format (default: from the -o extension, else html).")
    var format: ReportFormat?

    @OptionGroup var destinationOptions: OutputOptions

    @Option(help: "Fiscal year of the results: 2020, R2, 令和2年度, FY2020 (default: the latest year with results).")
    var year: String?

    @Option(help: "The previous version of the plan; its targets that changed are listed as revisions.")
    var previous: String?

    @OptionGroup var labels: PlanLabelOptions

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    /// `--format`, or the one the `-o` extension implies.
    private var chosenFormat: ReportFormat { format ?? ReportFormat(outputPath: destinationOptions.output) }

    func validate() throws {
        if chosenFormat == .xlsx { try destinationOptions.requireFileForBinaryOutput() }
    }

    func run() throws {
        try reportingErrors {
            let fiscalYear = try year.map { try FiscalYearOption.parse($0, option: "--year") }
            var plan = try PlanSource.load(inputs, options: limits.importOptions)
            // Workbooks name no plan: the 対象 line comes from --title and --version, as `import` takes them.
            if let title = labels.title { plan.title = title }
            if let version = labels.version { plan.version = version }
            let previousPlan = try previous.map { try PlanSource.load([$0], options: limits.importOptions) }
            let report = ProgressReport(plan: plan, previous: previousPlan, fiscalYear: fiscalYear)
            let destination = try destinationOptions.destination(inputs: inputs + [previous].compactMap { $0 })
            try destination.write { sink in
                switch chosenFormat {
                case .html: try sink.write(ReportHTMLRenderer().render(report))
                case .md: try sink.write(ReportMarkdownRenderer().render(report))
                case .xlsx: try sink.write(bytes: try ReportWorkbookRenderer().data(report))
                }
            }
        }
    }
}

/// The report's output formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md, xlsx

    /// The format an output file's extension implies; HTML when there is none.
    init(outputPath: String?) {
        switch outputPath.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "md"?, "markdown"?: self = .md
        case "xlsx"?: self = .xlsx
        default: self = .html
        }
    }
}
