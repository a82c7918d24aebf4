import ArgumentParser
import Foundation
import PlanIO

/// `plansheet validate`: every problem of department submissions, at its file, sheet and cell.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check department submissions and list every problem with its file, sheet and cell.",
        discussion: """
            Reports, in Japanese and English: a target that does not read as a figure, a past fiscal year \
            without a result, 順調 with a result behind its target, 遅れ without a cause, an initiative \
            with no indicator (errors); an unknown column, a duplicate initiative (warnings); and which \
            sheets were skipped and why. A past year is one up to the latest year any result is given for, \
            or up to --report-year.

            Exit status: 0 when there is no error; 1 when there are errors, unreadable files among them; \
            2 when not one file can be read, or for a usage error (a --profile mistake names its line and key).

            Examples:
              plansheet validate Samples/submissions/revised/table
              plansheet validate kikaku.xlsx somu.xlsx --format json
              plansheet validate submissions/ --report-year R2
              plansheet validate kikaku.xlsx --include-hidden
              plansheet validate odd-template.xlsx --profile odd-template.profile.yaml
            """
    )

    @Argument(help: "Submission workbooks, or folders searched (recursively) for .xlsx, .xlsm, .xls and .ods files.")
    var inputs: [String]

    @Option(help: "Output format: text or json.")
    var format: ValidateOutputFormat = .text

    @Option(help: "The latest past fiscal year (R2, 令和2年度, 2020). Default: the latest year with a result.")
    var reportYear: String?

    @Option(help: "The department for files that name none. Default: the file name.")
    var department: String?

    @OptionGroup var destinationOptions: OutputOptions

    @Flag(help: "Read hidden rows and columns too, as import --include-hidden does.")
    var includeHidden = false

    @OptionGroup
    var profile: ProfileOption

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    func run() throws {
        try reportingErrors {
            let year = try reportYear.map { try FiscalYearOption.parse($0, option: "--report-year") }
            let destination = try destinationOptions.destination(inputs: inputs)
            var options = ImportOptions(department: department, limits: limits.readLimits, maxFiles: limits.fileLimit)
            options.maxPlanRows = limits.planRowLimit
            options.includeHidden = includeHidden
            options.profile = try profile.load()
            let result = try PlanImporter(options: options).importPaths(inputs)
            let issues = PlanValidator(reportYear: year).validate(result)
            try destination.write { sink in
                switch format {
                case .text: try sink.write(ValidationReport.text(issues: issues, result: result))
                case .json: try sink.write(bytes: ValidationReport.json(issues: issues, result: result))
                }
            }
            try CLIError.requireSomeReadableFile(result)
            let errors = issues.filter { $0.severity == .error }.count
            if errors > 0 {
                throw CLIError.findings(ja: "エラー \(errors) 件", en: "\(errors) error(s)")
            }
        }
    }
}

/// `--format` of `plansheet validate`.
enum ValidateOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
