import ArgumentParser
import Foundation
import PlanIO
import PlanModel
import XLSX

/// `plansheet import`: department submissions into one plan.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import department submissions (.xlsx, .xls, .ods files or folders) into one plan.",
        discussion: """
            Reads both layouts departments use: the free-text layout (one row per initiative, indicators \
            as ○ blocks, the cause after 【遅れが生じている要因】, revised targets in 今後の取組等) and the \
            table layout (one row per indicator, a column per fiscal year, merged initiative cells). Cover \
            sheets (表紙), notes and empty sheets are skipped and listed on standard error. Files are read \
            in parallel; initiatives keep the order of the files (by name) and of the rows.

            Formats: json (the plan JSON contract, the default), jsonl (one initiative per line), csv (long \
            form: one row per indicator and fiscal year; --encoding utf8, utf8-bom or cp932), xlsx (a \
            consolidated workbook: initiatives, long form, delayed initiatives; it imports back to the same plan).

            Examples:
              plansheet import Samples/submissions/revised/free-text
              plansheet import Samples/submissions/revised/table --version R3改定 -o plan.json
              plansheet import kikaku.xlsx somu.xlsx --format xlsx -o 行動計画.xlsx --force
              plansheet import submissions/ --format csv --encoding cp932 -o plan.csv
              plansheet import submission.xlsx --department 総務部 --format jsonl
              plansheet import odd-template.xlsx --profile odd-template.profile.yaml -o plan.json
              plansheet import submissions/ --shard 2/8 -o parts/2.json
              plansheet import parts/1.json parts/2.json … parts/8.json -o plan.json

            Plan JSON files among the inputs (.json, the outputs of --shard runs) are merged in the order \
            given, duplicates reported as across files; parts 1…N in order give the plan of one run.
            """
    )

    @Argument(help: "Submission workbooks, or folders searched (recursively) for .xlsx, .xlsm, .xls and .ods files.")
    var inputs: [String]

    @Option(help: "Output format: json, jsonl, csv or xlsx.")
    var format: ImportOutputFormat = .json

    @OptionGroup var destinationOptions: OutputOptions

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    @OptionGroup var labels: PlanLabelOptions

    @Option(help: "The department for files that name none (no 所管 column, 所管：line or cover sheet). Default: the file name.")
    var department: String?

    @Option(help: "CSV encoding: utf8, utf8-bom or cp932.")
    var encoding: CSVEncoding = .utf8

    @Flag(help: "Print nothing on standard error (skipped sheets, warnings, the summary).")
    var quiet = false

    @Option(help: ShardOption.help, transform: ShardOption.parse)
    var shard: InputShard?

    @Flag(help: "Read hidden rows and columns too (by default they are left out, and counted in the summary).")
    var includeHidden = false

    @OptionGroup
    var profile: ProfileOption

    func validate() throws {
        if format == .xlsx { try destinationOptions.requireFileForBinaryOutput() }
    }

    func run() throws {
        try reportingErrors {
            let destination = try destinationOptions.destination(inputs: inputs)
            var options = ImportOptions(
                department: department, title: labels.title, version: labels.version,
                limits: limits.readLimits, maxFiles: limits.fileLimit)
            options.includeHidden = includeHidden
            options.maxPlanRows = limits.planRowLimit
            options.profile = try profile.load()
            let result = try PlanImporter(options: options).importPaths(inputs, shard: shard)
            // A shard given no file at all (more shards than files) writes its empty part: the merge expects one per shard.
            if result.plan.initiatives.isEmpty && !(shard != nil && result.files.isEmpty) {
                // Nothing to write: an empty plan would look like a successful import (exit 2, as for no readable file).
                if !quiet { ImportSummary.print(result) }
                throw CLIError.usage(
                    ja: "どのファイルからも取組を読み込めませんでした（上のメッセージと plansheet inspect を参照）",
                    en: "no initiative was imported from any file; see the messages above and plansheet inspect")
            }
            let bytes = try PlanOutput.bytes(of: result.plan, format: format, encoding: encoding)
            try destination.write { sink in try sink.write(bytes: bytes) }
            if !quiet { ImportSummary.print(result) }
            let unread: Set<PlanIssue.Kind> = [.unreadableFile, .noInitiatives, .skippedFile]
            if result.issues.contains(where: { unread.contains($0.kind) && $0.severity == .error }) {
                throw CLIError.someInputsUnread
            }
        }
    }
}
