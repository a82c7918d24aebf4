import ArgumentParser
import Foundation
import XLSX

extension CSVEncoding: ExpressibleByArgument {}

/// `plansheet convert --to xlsx`: CSV, JSON Lines or a workbook in, a clean workbook out.
struct XLSXConversion {
    /// The input file, or `-` for standard input.
    var input: String
    var inputFormat: ConvertInputFormat
    /// For a workbook input: the sheet to copy, or nil with `allSheets` for every worksheet.
    var sheet: String?
    var allSheets: Bool
    /// For CSV: the encoding, nil to detect it.
    var encoding: CSVEncoding?
    /// Type CSV text (numbers, ISO dates) or keep it all as text.
    var inferTypes: Bool
    /// Style the first row as a header, freeze it and size the columns.
    var formatHeader: Bool
    var compressionLevel: Int
    /// The safety limits for reading a workbook input.
    var limits: ReadLimits = .default

    /// Writes the workbook to `destination`; returns each written sheet's name and row count.
    @discardableResult
    func run(to destination: OutputDestination) throws -> [(name: String, rows: Int)] {
        let options = WorkbookWriterOptions(compressionLevel: compressionLevel, replaceExisting: true)
        var written: [(name: String, rows: Int)] = []
        try WorkbookOutput.write(to: destination, options: options, context: inputName) { book in
            switch inputFormat {
            case .csv: written = [try copyCSV(into: book)]
            case .jsonl: written = [try copyJSONLines(into: book)]
            case .xlsx: written = try copyWorkbook(into: book)
            }
        }
        return written
    }

    private var inputName: String { input == "-" ? WorkbookInput.standardInputName : URL(fileURLWithPath: input, isDirectory: false).lastPathComponent }

    /// The sheet name for a CSV or JSON Lines input: the file's name without extension, made valid for Excel.
    var sheetNameForTextInput: String {
        let stem = input == "-" ? "Sheet1" : URL(fileURLWithPath: input, isDirectory: false).deletingPathExtension().lastPathComponent
        return Self.validSheetName(stem)
    }

    /// A name Excel accepts: forbidden characters become `_`, at most 31 characters, no edge apostrophes.
    static func validSheetName(_ name: String) -> String {
        var cleaned = String(name.map { ":\\/?*[]".contains($0) || ($0.asciiValue ?? 32) < 32 ? "_" : $0 })
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        while cleaned.utf16.count > 31 { cleaned.removeLast() }
        return (try? WorkbookWriter.validateSheetName(cleaned)) == nil ? "Sheet1" : cleaned
    }

    private func prepare(_ sheet: SheetWriter) {
        guard formatHeader else { return }
        sheet.freezePanes(rows: 1)
        sheet.autoFitColumns()
    }

    private func copyCSV(into book: WorkbookWriter) throws -> (name: String, rows: Int) {
        var rows = 0
        var reader =
            input == "-"
            ? try CSVReader(handle: .standardInput, name: WorkbookInput.standardInputName, encoding: encoding)
            : try CSVReader(url: URL(fileURLWithPath: input, isDirectory: false), encoding: encoding)
        reader.limits = limits
        try book.addSheet(named: sheetNameForTextInput) { sheet in
            prepare(sheet)
            var values: [CellValue] = []
            try reader.forEachRow { fields in
                values.removeAll(keepingCapacity: true)
                for field in fields { values.append(inferTypes ? CSVValueInference.value(of: field) : (field.isEmpty ? .empty : .string(field))) }
                try sheet.append(values, style: formatHeader && sheet.rowCount == 0 ? .header : nil)
            }
            rows = sheet.rowCount
        }
        return (sheetNameForTextInput, rows)
    }

    private func copyJSONLines(into book: WorkbookWriter) throws -> (name: String, rows: Int) {
        var rows = 0
        var reader =
            input == "-"
            ? JSONLinesReader(handle: .standardInput, name: WorkbookInput.standardInputName)
            : try JSONLinesReader(url: URL(fileURLWithPath: input, isDirectory: false))
        reader.limits = limits
        try book.addSheet(named: sheetNameForTextInput) { sheet in
            prepare(sheet)
            try reader.forEachRow { values in
                // JSON has no dates: ISO date strings (as `--to jsonl` writes them) become dates again.
                let typed =
                    inferTypes
                    ? values.map { value -> CellValue in
                        if case .string(let text) = value, case .date(let date) = CSVValueInference.value(of: text) { return .date(date) }
                        return value
                    } : values
                try sheet.append(typed, style: formatHeader && sheet.rowCount == 0 ? .header : nil)
            }
            rows = sheet.rowCount
        }
        return (sheetNameForTextInput, rows)
    }

    private func copyWorkbook(into book: WorkbookWriter) throws -> [(name: String, rows: Int)] {
        var written: [(name: String, rows: Int)] = []
        let source = try WorkbookInput.open(input, limits: limits)
        var usedNames: Set<String> = []
        for info in try SheetSelection.sheets(in: source, sheet: sheet, all: allSheets || sheet == nil) where info.kind == .worksheet {
            // Other producers write names Excel would refuse (too long, reserved, duplicates
            // ignoring case): such a sheet gets the nearest name Excel accepts.
            var name = Self.validSheetName(info.name)
            var suffix = 2
            while usedNames.contains(name.lowercased()) {
                name = Self.validSheetName(String(name.prefix(26)) + " (\(suffix))")
                suffix += 1
            }
            usedNames.insert(name.lowercased())
            try book.addSheet(named: name) { target in
                var cells: [(column: Int, cell: StyledCell)] = []
                try source.forEachRow(in: info) { row in
                    if row.number > target.rowCount + 1 { try target.skipRows(row.number - target.rowCount - 1) }
                    // At their columns, not padded: a row whose one cell is in column XFD writes one cell.
                    cells.removeAll(keepingCapacity: true)
                    for cell in row.cells { cells.append((cell.column, StyledCell(cell.value, formula: cell.formula))) }
                    try target.append(cells: cells)
                }
                written.append((name, target.rowCount))
            }
        }
        return written
    }
}
