import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Exports of .xlsx sheets encode the parser's rows directly (no `String` per cell); the bytes
/// must be exactly those the public ``Row`` path writes, on every sheet the repository carries.
@Suite struct RawRowExportTests {
    static var workbooks: [URL] {
        let folders =
            [RepositoryFixtures.workbooks, RepositoryFixtures.root.appendingPathComponent("Tests/Fixtures/output-digests")]
            + ["first-adopted/table", "first-adopted/free-text", "revised/table", "revised/free-text"]
            .map { RepositoryFixtures.sample("submissions/\($0)") }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { $0.hasSuffix(".xlsx") }.map { folder.appendingPathComponent($0) }
        }
    }

    /// The bytes the public path writes: every row from ``Workbook/forEachRow(in:_:)`` through `appendRow`.
    static func viaRows<Encoder: RowEncoder>(_ sheet: SheetInfo, of book: Workbook, _ encoder: inout Encoder) throws -> [UInt8] {
        var output: [UInt8] = []
        var lines = 0
        try book.forEachRow(in: sheet) { row in
            guard row.hasValues, row.number > lines else { return }
            while lines < row.number - 1 { encoder.appendEmptyRow(to: &output); lines += 1 }
            encoder.appendRow(row, to: &output)
            lines += 1
        }
        return output
    }

    @Test func csvAndJSONLinesExportsWriteTheSameBytesAsTheRowPath() throws {
        let files = Self.workbooks
        #expect(files.count >= 10)
        var sheetsCompared = 0
        for file in files {
            guard let book = try? Workbook(contentsOf: file) else { continue }
            for sheet in book.sheets where sheet.kind == .worksheet {
                var csv = CSVRowEncoder(), jsonl = JSONLinesRowEncoder(), escaping = CSVRowEncoder(escapesFormulas: true)
                var exported: [UInt8] = [], exportedJSON: [UInt8] = [], exportedEscaped: [UInt8] = []
                guard (try? SheetExporter.export(sheet, of: book, encoder: &csv) { exported.append(contentsOf: $0) }) != nil else { continue }
                try SheetExporter.export(sheet, of: book, encoder: &jsonl) { exportedJSON.append(contentsOf: $0) }
                try SheetExporter.export(sheet, of: book, encoder: &escaping) { exportedEscaped.append(contentsOf: $0) }
                var csvRows = CSVRowEncoder(), jsonRows = JSONLinesRowEncoder(), escapingRows = CSVRowEncoder(escapesFormulas: true)
                #expect(exported == (try Self.viaRows(sheet, of: book, &csvRows)), "\(file.lastPathComponent) \(sheet.name) CSV")
                #expect(exportedJSON == (try Self.viaRows(sheet, of: book, &jsonRows)), "\(file.lastPathComponent) \(sheet.name) JSONL")
                #expect(exportedEscaped == (try Self.viaRows(sheet, of: book, &escapingRows)), "\(file.lastPathComponent) \(sheet.name) escaped")
                sheetsCompared += 1
            }
        }
        #expect(sheetsCompared >= 10)
    }

    @Test func sharedStringsKeepTheirEscapesDecodedInTheArena() throws {
        var arena = SharedStringArena()
        for text in ["plain", "a_x000D_b", "_x005F_x0041_", "漢字_xD83D__xDE00_", ""] {
            let decoded = TextBuffer()
            Array(text.utf8).withUnsafeBufferPointer { EscapedText.append($0, to: decoded) }
            #expect(String(decoding: decoded.buffer, as: UTF8.self) == Array(text.utf8).withUnsafeBufferPointer(EscapedText.decode))
            #expect(try arena.append(decoded.buffer))
        }
        #expect(try arena.strings == ["plain", "a\rb", "_x0041_", "漢字😀", ""])
        #expect(arena.count == 5)
    }
}
