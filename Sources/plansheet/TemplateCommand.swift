import ArgumentParser
import Foundation
import PlanIO

/// `plansheet template`: the blank submission workbook for departments.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the blank submission template (table layout) for departments to fill in.",
        discussion: """
            One sheet 取組状況 in the table layout `plansheet import` reads: 番号, 方向性, 取組項目, 所管課, \
            指標名, 単位, a target and a result column per fiscal year, 進捗 (a drop-down of 順調 / 遅れ), \
            遅れの要因 and 今後の取組予定; column widths, a frozen header and one example row (番号 記入例), \
            which the importer skips if a department leaves it in.

            Examples:
              plansheet template -o 取組状況調書.xlsx
              plansheet template > 取組状況調書.xlsx
              plansheet template --from R3 --years 3 --department 総務部 -o somu.xlsx --force
            """
    )

    @OptionGroup var destinationOptions: OutputOptions

    @Option(help: "The first fiscal year of the columns (R2, 令和2年度, 2020).")
    var from = "R2"

    @Option(help: "How many fiscal years get a target and a result column.")
    var years = 3

    @Option(help: "The department written on the sheet (所管：…).")
    var department: String?

    func validate() throws {
        guard (1...20).contains(years) else { throw ValidationError("--years must be between 1 and 20") }
        try destinationOptions.requireFileForBinaryOutput()
        guard FiscalYearOption.parse(from) != nil else {
            throw ValidationError(CLIError.notAFiscalYear("--from", from).bilingualMessage)
        }
    }

    func run() throws {
        try reportingErrors {
            let first = try FiscalYearOption.parse(from, option: "--from")
            let destination = try destinationOptions.destination()
            let bytes = try SubmissionTemplate.export(years: Array(first..<(first + years)), department: department)
            try destination.write { sink in try sink.write(bytes: bytes) }
        }
    }
}
