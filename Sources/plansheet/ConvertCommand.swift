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
          plansheet convert plan.xlsx --to csv --all-sheets -o out/
          plansheet convert submissions/ --to csv -o csv/ -j 2 --jsonl-log log.jsonl

        Many inputs (files or folders, searched for .xlsx and .xlsm) write one output each into the -o \
        folder, mirroring the input names (FILE__SHEET.csv per sheet with --all-sheets), with a progress \
        bar on standard error when it is a terminal and a summary line at the end; exit code 1 when some \
        inputs failed.
        """
    )

    @Argument(help: "The workbook to read (.xlsx or .xlsm), or several workbooks and folders (with -o FOLDER).")
    var inputs: [String]

    /// The single input of a one-file conversion.
    var input: String { inputs.first ?? "" }

    @Option(name: .customLong("to"), help: "Output format: csv, jsonl or xlsx.")
    var format: ConvertOutputFormat

    @Option(help: "The sheet to convert, by name or by position from 1 (chart sheets count). Default: the first visible worksheet.")
    var sheet: String?

    @Flag(help: "Convert every worksheet; -o names a folder that receives FILE__SHEET.csv (or .jsonl) per sheet.")
    var allSheets = false

    @Option(name: .short, help: "Output file (folder with --all-sheets). Default: standard output.")
    var output: String?

    @Flag(help: "Replace existing output files.")
    var force = false

    @Option(help: "CSV input encoding: utf8, utf8-bom or cp932 (default: detected).")
    var encoding: CSVEncoding?

    @Flag(help: "Keep CSV values as text instead of typing numbers and dates.")
    var noInfer = false

    @Flag(help: "With --to xlsx: no header styling, frozen row or column widths.")
    var noHeaderStyle = false

    @Option(help: "With --to xlsx: deflate level 0-9 (1 is fastest, 6 is zlib's default).")
    var compressionLevel: Int = 1

    @Option(name: [.short, .customLong("jobs")], help: "Workers for many inputs (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "For many inputs: write one JSON object per input (file, sheets, rows, seconds, error) to this file (- for standard output).")
    var jsonlLog: String?

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give a workbook to convert") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if BatchConversion.isBatch(inputs) {
            if format == .xlsx { throw ValidationError("many inputs convert to csv or jsonl; convert to xlsx one file at a time") }
            if output == nil || output == "-" { throw ValidationError("many inputs write one file each: give a folder with -o") }
            return
        }
        if allSheets && sheet != nil { throw ValidationError("--sheet and --all-sheets exclude each other") }
        if !(0...9).contains(compressionLevel) { throw ValidationError("--compression-level must be 0 to 9") }
        let inputFormat = ConvertInputFormat(path: input)
        if inputFormat != .xlsx && format != .xlsx {
            throw ValidationError("CSV and JSON Lines inputs convert to xlsx: add --to xlsx")
        }
        if allSheets && format != .xlsx && (output == nil || output == "-") {
            throw ValidationError("--all-sheets writes one file per sheet: give a folder with -o")
        }
    }

    func run() throws {
        try reportingErrors {
            if BatchConversion.isBatch(inputs), let output {
                try convertBatch(into: output)
                return
            }
            let inputFormat = ConvertInputFormat(path: input)
            if format == .xlsx {
                let conversion = XLSXConversion(input: input, inputFormat: inputFormat, sheet: sheet, allSheets: allSheets,
                                                encoding: encoding, inferTypes: !noInfer, formatHeader: !noHeaderStyle,
                                                compressionLevel: compressionLevel, limits: limits.readLimits)
                try conversion.run(to: OutputDestination(path: output, force: force, inputs: [input]))
                return
            }
            switch inputFormat {
            case .xlsx: try convertWorkbook()
            case .csv, .jsonl: throw CLIError.usage("CSV and JSON Lines inputs convert to xlsx: add --to xlsx")
            }
        }
    }

    /// Many workbooks to CSV or JSON Lines, `jobs` at a time, with progress, a summary and an optional log.
    private func convertBatch(into folder: String) throws {
        let batch = BatchConversion(inputs: inputs, outputFolder: folder, format: format, sheet: sheet,
                                    allSheets: allSheets, force: force, workers: jobs, limits: limits.readLimits)
        let work = try batch.jobs()
        let progress = BatchProgress(total: work.count)
        let outcomes = batch.run(work, progress: progress)
        if let jsonlLog {
            try OutputDestination(path: jsonlLog, force: true, inputs: inputs).write { sink in
                for outcome in outcomes { try sink.write(bytes: BatchConversion.logLine(outcome)) }
            }
        }
        let failed = outcomes.filter { $0.error != nil }
        for outcome in failed { FileHandle.standardError.write(Data("plansheet: \(outcome.error ?? "")\n".utf8)) }
        let rows = outcomes.reduce(0) { $0 + $1.rows }
        let summary = "converted \(outcomes.count - failed.count) of \(outcomes.count) files (\(failed.count) failed), "
            + "\(rows) rows in \(String(format: "%.2f", progress.elapsed)) s with \(min(jobs, max(work.count, 1))) workers"
        FileHandle.standardError.write(Data("plansheet: \(summary)\n".utf8))
        if !failed.isEmpty { throw CLIError.findings("\(failed.count) of \(outcomes.count) inputs failed / 変換できないファイルがあります") }
    }

    private func convertWorkbook() throws {
        let book = try Workbook(contentsOf: URL(fileURLWithPath: input), limits: limits.readLimits)
        let sheets = try SheetSelection.sheets(in: book, sheet: sheet, all: allSheets)
        if allSheets, let output {
            let folder = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let stem = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            for sheet in sheets {
                let name = "\(stem)__\(Self.safeFileName(sheet.name)).\(format.fileExtension)"
                let destination = try OutputDestination(path: folder.appendingPathComponent(name).path, force: force, inputs: [input])
                try write(sheet, of: book, to: destination)
            }
        } else if let sheet = sheets.first {
            try write(sheet, of: book, to: OutputDestination(path: output, force: force, inputs: [input]))
        }
    }

    private func write(_ sheet: SheetInfo, of book: Workbook, to destination: OutputDestination) throws {
        try destination.write { sink in
            switch format {
            case .csv:
                var encoder = CSVRowEncoder()
                try SheetExporter.export(sheet, of: book, encoder: &encoder) { try sink.write(bytes: $0) }
            case .jsonl:
                var encoder = JSONLinesRowEncoder()
                try SheetExporter.export(sheet, of: book, encoder: &encoder) { try sink.write(bytes: $0) }
            case .xlsx:
                throw CLIError.failure("internal: xlsx output goes through XLSXConversion")
            }
        }
    }

    /// A sheet name made safe as a file name: path separators and control characters become `_`.
    static func safeFileName(_ name: String) -> String {
        let unsafe: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        let cleaned = String(name.map { unsafe.contains($0) || $0.isNewline || ($0.asciiValue ?? 32) < 32 ? "_" : $0 })
        return cleaned.isEmpty || cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
    }
}
