import ArgumentParser
import Foundation
import XLSX

/// `plansheet convert`: a workbook's sheet to CSV or JSON Lines; CSV, JSON Lines or a workbook to XLSX.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a workbook sheet to CSV or JSON Lines, or CSV / JSON Lines / XLSX to a clean XLSX.",
        discussion: """
            Values are written as Excel shows them: dates and times in ISO 8601 \
            (2020-04-01, 2020-04-01T09:30:00), formulas as their cached results, errors as their text. \
            Rows run from row 1 to the last row with a value; empty rows stay as empty lines ([] in JSON Lines).

            CSV is RFC 4180 (UTF-8, CRLF). JSON Lines has one array per row: numbers, strings, \
            true/false, null for empty cells.

            --to xlsx reads CSV (.csv; UTF-8, UTF-8 with BOM or CP932, detected unless --encoding), \
            JSON Lines (.jsonl) or a workbook (every sheet, or --sheet), and writes a workbook with a bold, \
            frozen header row and fitted columns (--no-header-style for none). CSV text is typed: numbers \
            (1,234 and 3.5) and ISO dates (2020-04-01) become numbers and dates, codes with leading \
            zeros (007) stay text; --no-infer keeps everything as text.

            Examples:
              plansheet convert plan.xlsx --to csv
              plansheet convert 取組一覧.csv --to xlsx -o 取組一覧.xlsx
              plansheet convert sjis-export.csv --to xlsx --encoding cp932 --no-infer -o out.xlsx
              plansheet convert rows.jsonl --to xlsx -o rows.xlsx
              plansheet convert damaged.xlsx --to xlsx -o clean.xlsx
              plansheet convert plan.xlsx --to jsonl --sheet 取組一覧 -o plan.jsonl
              plansheet convert plan.xlsx --to csv --sheet 2 -o sheet2.csv --force
              plansheet convert 年度別.xlsx --to csv --sheet name:2020 -o 2020.csv
              plansheet convert plan.xlsx --to csv --all-sheets -o out/
              cat 取組一覧.csv | plansheet convert - --to xlsx -o 取組一覧.xlsx
              curl -s https://example.jp/plan.xlsx | plansheet convert - --from xlsx --to csv

            - as the input reads standard input: CSV, or JSON Lines / a workbook with --from jsonl / --from xlsx.

            Many inputs (several files, or folders: every .xlsx, .xlsm, .xls and .ods below them, and .csv with \
            --to xlsx) need -o DIR; outputs mirror the input paths (dept/a.xlsx → DIR/dept/a.csv, \
            DIR/dept/a__SHEET.csv with --all-sheets). -j sets the workers (default: all cores). \
            A bad file is reported and skipped; exit 1 when some failed, 2 when all did or a folder holds nothing to convert. \
            A progress bar shows on a terminal, and a summary line ends the run (standard error).
              plansheet convert submissions/ --to csv -o csv/
              plansheet convert a.xlsx b.xlsx --to jsonl --all-sheets -o out/ -j 2
              plansheet convert exports/ --to xlsx -o books/ --jsonl-log run.jsonl
              plansheet convert submissions/ --to csv -o csv/ --shard 3/8 --jsonl-log log-3.jsonl
            --shard K/N converts the K-th of N consecutive slices of the input list (in byte order of the \
            paths), so hosts running 1/N … N/N convert every input exactly once (Docs/BULK.md).
            """
    )

    @Argument(help: "The workbooks, CSV files or folders to read (several inputs or a folder need -o DIR).")
    var inputs: [String]

    /// The one input of a single conversion.
    private var input: String { inputs.first ?? "-" }

    @Option(name: .customLong("to"), help: "Output format: csv, jsonl or xlsx.")
    var format: ConvertOutputFormat

    @Option(help: "Input format: csv, jsonl or xlsx (default: from the extension; standard input, -, is csv).")
    var from: ConvertInputFormat?

    @Option(
        help:
            "The sheet to convert: digits are a position from 1 (chart sheets count), name:TEXT a name (name:2020 for a tab called 2020), other text a name. Default: the first visible worksheet."
    )
    var sheet: String?

    @Flag(help: "Convert every worksheet; -o names a folder that receives FILE__SHEET.csv (or .jsonl) per sheet.")
    var allSheets = false

    @OptionGroup var destinationOptions: OutputOptions

    private var output: String? { destinationOptions.output }
    private var force: Bool { destinationOptions.force }

    @Option(help: "CSV input encoding: utf8, utf8-bom or cp932 (default: detected).")
    var encoding: CSVEncoding?

    @Flag(help: "With --to csv: prefix text cells starting with = + - @ with ' so a spreadsheet shows them instead of running them (OWASP CSV injection).")
    var escapeFormulas = false

    @Flag(help: "Keep CSV values as text instead of typing numbers and dates.")
    var noInfer = false

    @Flag(help: "With --to xlsx: no header styling, frozen row or column widths.")
    var noHeaderStyle = false

    @Option(help: "With --to xlsx: deflate level 0-9 (1 is fastest, 6 is zlib's default).")
    var compressionLevel: Int = 1

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Workers for many inputs (default: all cores).")
    var jobs: Int?

    @Option(help: ShardOption.help, transform: ShardOption.parse)
    var shard: InputShard?

    @Option(
        help: ArgumentHelp(
            "With many inputs: one JSON object per input (file, sheets, rows, seconds, error) to FILE or - for standard output.", valueName: "file"))
    var jsonlLog: String?

    /// Several inputs, a folder, a log or a shard: each input gets its own output below `-o DIR`.
    private var isBatch: Bool { inputs.count > 1 || jsonlLog != nil || shard != nil || InputFiles.containsFolder(inputs) }

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give an input file or folder") }
        if let jobs, jobs < 1 { throw ValidationError("-j must be at least 1") }
        if !(0...9).contains(compressionLevel) { throw ValidationError("--compression-level must be 0 to 9") }
        if isBatch {
            if output == nil || output == "-" { throw ValidationError("several inputs or a folder need -o DIR for the outputs") }
            if allSheets && sheet != nil { throw ValidationError("--sheet and --all-sheets exclude each other") }
            return
        }
        if allSheets && sheet != nil { throw ValidationError("--sheet and --all-sheets exclude each other") }
        let inputFormat = ConvertInputFormat(path: input, explicit: from)
        if inputFormat != .xlsx && format != .xlsx {
            throw ValidationError("CSV and JSON Lines inputs convert to xlsx: add --to xlsx")
        }
        if allSheets && format != .xlsx && (output == nil || output == "-") {
            throw ValidationError("--all-sheets writes one file per sheet: give a folder with -o")
        }
    }

    func run() throws {
        try reportingErrors {
            try InputFiles.requireExisting(inputs)
            if isBatch { return try runBatch() }
            let inputFormat = ConvertInputFormat(path: input, explicit: from)
            if format == .xlsx {
                let conversion = XLSXConversion(
                    input: input, inputFormat: inputFormat, sheet: sheet, allSheets: allSheets,
                    encoding: encoding, inferTypes: !noInfer, formatHeader: !noHeaderStyle,
                    compressionLevel: compressionLevel, limits: limits.readLimits)
                try conversion.run(to: OutputDestination(path: output, force: force, inputs: [input]))
                return
            }
            switch inputFormat {
            case .xlsx: try convertWorkbook()
            case .csv, .jsonl: throw CLIError.textInputNeedsXLSX
            }
        }
    }

    private func convertWorkbook() throws {
        let book = try WorkbookInput.open(input, limits: limits.readLimits)
        let sheets = try SheetSelection.sheets(in: book, sheet: sheet, all: allSheets)
        if allSheets, let output {
            let folder = URL(fileURLWithPath: output)
            try OutputFileError.createFolder(folder)
            let stem = input == "-" ? "stdin" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            for (sheet, fileName) in zip(sheets, SheetFileNames.unique(sheets)) {
                let name = "\(stem)__\(fileName).\(format.fileExtension)"
                let destination = try OutputDestination(path: folder.appendingPathComponent(name).path, force: force, inputs: [input])
                try write(sheet, of: book, to: destination)
            }
        } else if let sheet = sheets.first {
            try write(sheet, of: book, to: OutputDestination(path: output, force: force, inputs: [input]))
        }
    }

    private func write(_ sheet: SheetInfo, of book: Workbook, to destination: OutputDestination) throws {
        _ = try BatchFileConverter.writeText(sheet, of: book, format: format, escapeFormulas: escapeFormulas, to: destination)
    }

    private func runBatch() throws {
        guard let output else {
            throw CLIError.usage(ja: "複数の入力やフォルダーには -o DIR で出力先フォルダーを指定してください", en: "several inputs or a folder need -o DIR for the outputs")
        }
        let converter = BatchFileConverter(
            format: format, sheet: sheet, allSheets: allSheets, force: force, encoding: encoding,
            inferTypes: !noInfer, formatHeader: !noHeaderStyle, escapeFormulas: escapeFormulas,
            compressionLevel: compressionLevel, limits: limits.readLimits,
            outputFolder: URL(fileURLWithPath: output))
        let batchInputs = try BatchInputs.expand(
            inputs, extensions: BatchConversion.folderExtensions(for: format),
            maxFiles: limits.fileLimit, shard: shard)
        try BatchConversion(
            inputs: batchInputs, converter: converter,
            workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount, logPath: jsonlLog, shard: shard
        ).run()
    }
}
