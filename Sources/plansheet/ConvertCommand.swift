import ArgumentParser
import Foundation
import XLSX

/// `plansheet convert`: a workbook's sheet to CSV or JSON Lines.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a workbook sheet to CSV or JSON Lines.",
        discussion: """
        Values are written as Excel shows them: dates and times in ISO 8601 \
        (2020-04-01, 2020-04-01T09:30:00), formulas as their cached results, errors as their text. \
        Rows run from row 1 to the last row with a value; empty rows stay as empty lines ([] in JSON Lines).

        CSV is RFC 4180 (UTF-8, CRLF). JSON Lines has one array per row: numbers, strings, \
        true/false, null for empty cells.

        Examples:
          plansheet convert plan.xlsx --to csv
          plansheet convert plan.xlsx --to jsonl --sheet 取組一覧 -o plan.jsonl
          plansheet convert plan.xlsx --to csv --sheet 2 -o sheet2.csv --force
          plansheet convert plan.xlsx --to csv --all-sheets -o out/
        """
    )

    @Argument(help: "The workbook to read (.xlsx or .xlsm).")
    var input: String

    @Option(name: .customLong("to"), help: "Output format: csv or jsonl.")
    var format: ConvertOutputFormat

    @Option(help: "The sheet to convert, by name or by position from 1 (chart sheets count). Default: the first visible worksheet.")
    var sheet: String?

    @Flag(help: "Convert every worksheet; -o names a folder that receives FILE__SHEET.csv (or .jsonl) per sheet.")
    var allSheets = false

    @Option(name: .short, help: "Output file (folder with --all-sheets). Default: standard output.")
    var output: String?

    @Flag(help: "Replace existing output files.")
    var force = false

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    func validate() throws {
        if allSheets && sheet != nil { throw ValidationError("--sheet and --all-sheets exclude each other") }
        if allSheets && (output == nil || output == "-") {
            throw ValidationError("--all-sheets writes one file per sheet: give a folder with -o")
        }
    }

    func run() throws {
        try reportingErrors {
            switch ConvertInputFormat(path: input) {
            case .xlsx: try convertWorkbook()
            }
        }
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
