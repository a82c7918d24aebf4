import ArgumentParser
import Foundation
import PlanIO

/// `plansheet inspect`: what the importer sees in each sheet, and why.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what the importer sees in submissions: layout, header rows, the role of every column and why.",
        discussion: """
            For each sheet: the layout (table, free-text or skipped, with the reason), the header rows, every \
            column with its header text, the role given, the confidence and why (or why no role was given), \
            how many initiatives and indicators were read, and every row or column left out (hidden, legend, \
            heading, example row, note, repeated header). With --profile, the decisions the profile made are \
            marked [profile line N]. --write-profile FILE writes a starting profile from what was seen (it never \
            replaces an existing file without --force). Exit code 0 when every file gave an initiative, 1 when \
            a file gave none or could not be read, 2 when not one file could be read or for a usage error.

            Examples:
              plansheet inspect submission.xlsx
              plansheet inspect submissions/ --format json > seen.json
              plansheet inspect kikaku.xlsx --include-hidden
              plansheet inspect odd-template.xlsx --write-profile odd-template.profile.yaml
              plansheet inspect odd-template.xlsx --profile odd-template.profile.yaml
            """
    )

    /// How the inspection is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Submission workbooks, or folders searched (recursively) for .xlsx, .xlsm, .xls and .ods files.")
    var inputs: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Read hidden rows and columns too, as import --include-hidden does.")
    var includeHidden = false

    @OptionGroup
    var profile: ProfileOption

    @Option(
        help: ArgumentHelp(
            "Also write a starting layout profile from what was seen, for you to correct.",
            valueName: "file"))
    var writeProfile: String?

    @Flag(help: "Replace an existing --write-profile file.")
    var force = false

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    func validate() throws {
        if writeProfile == "-" {
            throw ValidationError("--write-profile needs a file: the inspection itself goes to standard output")
        }
    }

    func run() throws {
        try reportingErrors {
            var options = ImportOptions(limits: limits.readLimits, maxFiles: limits.fileLimit)
            options.includeHidden = includeHidden
            options.maxPlanRows = limits.planRowLimit
            options.profile = try profile.load()
            let profileDestination = try writeProfile.map { try OutputDestination(path: $0, force: force, inputs: inputs) }
            let result = try PlanImporter(options: options).importPaths(inputs)
            if let profileDestination {
                try profileDestination.write { sink in try sink.write(LayoutProfileWriter.text(for: result)) }
            }
            let output: String
            switch format {
            case .text:
                var blocks = result.inspections.map(\.text)
                // Sheets skipped after reading already appear above with their reason.
                let inspected = Set(result.inspections.map { "\($0.file)\u{0}\($0.sheet)" })
                blocks += result.skippedSheets.filter { !inspected.contains("\($0.file)\u{0}\($0.sheet)") }
                    .map { "\($0.file) › \($0.sheet): skipped (\($0.reasonJa) / \($0.reasonEn))" }
                blocks += result.issues.map(\.description)
                output = blocks.joined(separator: "\n") + "\n"
            case .json:
                let report = InspectReport(sheets: result.inspections, skippedSheets: result.skippedSheets, issues: result.issues)
                output = String(decoding: try JSONReport.data(report), as: UTF8.self)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            try CLIError.requireSomeReadableFile(result)
            let failing: Set<PlanIssue.Kind> = [.unreadableFile, .noInitiatives, .skippedFile]
            if result.issues.contains(where: { failing.contains($0.kind) && $0.severity == .error }) {
                throw CLIError.someInputsUnread
            }
        }
    }
}

/// The JSON `inspect --format json` prints.
struct InspectReport: Encodable {
    var sheets: [SheetInspection]
    var skippedSheets: [SkippedSheet]
    var issues: [PlanIssue]
}
