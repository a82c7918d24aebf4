import Foundation
import XLSX

/// Converts one input of a batch into files below the output folder, named after the input.
///
/// A workbook becomes `STEM.csv` (or `.jsonl`), or `STEM__SHEET.csv` per sheet with
/// `--all-sheets`; with `--to xlsx`, every input becomes `STEM.xlsx`. `STEM` is the input's
/// path below the folder it was found in, so the output tree mirrors the input tree.
struct BatchFileConverter: Sendable {
    var format: ConvertOutputFormat
    var sheet: String?
    var allSheets: Bool
    var force: Bool
    var encoding: CSVEncoding?
    var inferTypes: Bool
    var formatHeader: Bool
    var escapeFormulas = false
    var compressionLevel: Int
    /// The safety limits for reading each input.
    var limits: ReadLimits
    /// The `-o` folder.
    var outputFolder: URL

    /// The folders this batch has created, shared by its workers.
    let folders = OutputFolders()

    /// The output path of `input` (for one sheet, or the sheet's ``SheetFileNames`` name with `--all-sheets`),
    /// put together as text: no file system look-up per input.
    func outputURL(for input: BatchInput, sheetFileName: String? = nil) -> URL {
        let name = sheetFileName.map { "\(input.outputStem)__\($0)" } ?? input.outputStem
        let folder = outputFolder.path
        return URL(
            fileURLWithPath: (folder.hasSuffix("/") ? folder : folder + "/") + name + "." + format.fileExtension,
            isDirectory: false)
    }

    /// Converts `input`; never throws: a failure is the result's `error`.
    func convert(_ input: BatchInput) -> BatchFileResult {
        let start = ContinuousClock.now
        var result = BatchFileResult(file: input.path)
        do {
            try folders.ensure(outputURL(for: input).deletingLastPathComponent().path)
            if format == .xlsx {
                try convertToWorkbook(input, into: &result)
            } else {
                try convertToText(input, into: &result)
            }
        } catch let error as OutputFileError {
            // The output side failed: the next input would fail the same way.
            result.error = error.description
            result.outputFault = true
        } catch {
            result.error = Self.message(for: error)
        }
        let elapsed = ContinuousClock.now - start
        result.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return result
    }

    private func convertToText(_ input: BatchInput, into result: inout BatchFileResult) throws {
        guard ConvertInputFormat(path: input.path) == .xlsx else {
            throw CLIError.textInputNeedsXLSX
        }
        let book = try WorkbookInput.open(input.path, limits: limits)
        let sheets = try SheetSelection.sheets(in: book, sheet: sheet, all: allSheets)
        for (info, fileName) in zip(sheets, SheetFileNames.unique(sheets)) {
            let url = outputURL(for: input, sheetFileName: allSheets ? fileName : nil)
            let destination = try OutputDestination(path: url.path, force: force, inputs: [input.path])
            result.rows += try Self.writeText(info, of: book, format: format, escapeFormulas: escapeFormulas, to: destination)
            result.sheets.append(info.name)
        }
    }

    private func convertToWorkbook(_ input: BatchInput, into result: inout BatchFileResult) throws {
        let conversion = XLSXConversion(
            input: input.path, inputFormat: ConvertInputFormat(path: input.path), sheet: sheet,
            allSheets: allSheets, encoding: encoding, inferTypes: inferTypes,
            formatHeader: formatHeader, compressionLevel: compressionLevel, limits: limits)
        let destination = try OutputDestination(path: outputURL(for: input).path, force: force, inputs: [input.path])
        for written in try conversion.run(to: destination) {
            result.sheets.append(written.name)
            result.rows += written.rows
        }
    }

    /// Writes one sheet as CSV or JSON Lines to `destination`; returns the lines written.
    static func writeText(
        _ sheet: SheetInfo, of book: Workbook, format: ConvertOutputFormat, escapeFormulas: Bool = false,
        to destination: OutputDestination
    ) throws -> Int {
        var lines = 0
        try destination.write { sink in
            switch format {
            case .csv:
                var encoder = CSVRowEncoder(escapesFormulas: escapeFormulas)
                lines = try SheetExporter.export(sheet, of: book, encoder: &encoder) { try sink.write(bytes: $0) }
            case .jsonl:
                var encoder = JSONLinesRowEncoder()
                lines = try SheetExporter.export(sheet, of: book, encoder: &encoder) { try sink.write(bytes: $0) }
            case .xlsx:
                throw CLIError.usage(ja: "内部エラー: xlsx 出力は XLSXConversion で書きます", en: "internal: xlsx output goes through XLSXConversion")
            }
        }
        return lines
    }

    /// The one-line reason for a failure, without the Swift type noise of `\(error)`.
    static func message(for error: Error) -> String {
        ExitStatus.message(for: error)
    }
}
