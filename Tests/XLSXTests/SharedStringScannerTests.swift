import Foundation
import Testing
import TestSupport
@testable import XLSX

/// The shared-string table read by the sheet scanner against libxml2: the same strings, in
/// the same order, for every workbook, and libxml2 taking over whatever the scanner hands back.
@Suite struct SharedStringScannerTests {
    /// The table read with one parser, and whether the scanner handed it back.
    static func strings(of file: URL, with choice: SheetParserChoice) throws -> (strings: [String], fellBack: Bool) {
        let book = try Workbook(contentsOf: file)
        book.sheetParserChoice = choice
        return (try book.sharedStrings(), book.sharedStringsFallbacks > 0)
    }

    static func expectSameTables(_ files: [URL]) throws -> Int {
        var compared = 0
        for file in files {
            guard let reference = try? strings(of: file, with: .libxml2) else { continue }
            let scanned = try strings(of: file, with: .scanner)
            #expect(scanned.strings == reference.strings, "\(file.lastPathComponent)")
            if !reference.strings.isEmpty && !scanned.fellBack { compared += 1 }
        }
        return compared
    }

    @Test func repositoryWorkbooksGiveTheSameTableWithBothParsers() throws {
        let compared = try Self.expectSameTables(RawRowExportTests.workbooks)
        #expect(compared >= 5)
    }

    @Test(.needsSharedCorpus) func everyCorpusWorkbookGivesTheSameTableWithBothParsers() throws {
        let compared = try Self.expectSameTables(CorpusFixtures.files(in: "real") + CorpusFixtures.files(in: "extra/real"))
        #expect(compared >= 100)
    }

    /// A workbook whose table is `table`, with one shared-string cell.
    static func book(table: String) throws -> Workbook {
        try Workbook(
            data: ReaderFixtures.workbook(
                ReaderFixtures.sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#),
                sharedStrings: table), name: "table.xlsx")
    }

    @Test func aTableTheScannerDoesNotHandleGoesToLibxml2() throws {
        // Latin-1 is libxml2's to convert: the scanner hands the table back, libxml2 reads it.
        let latin1 =
            #"<?xml version="1.0" encoding="ISO-8859-1"?><sst xmlns="\#(ReaderFixtures.mainNamespace)"><si><t>caf&#233;</t></si><si><t>a&amp;b</t></si></sst>"#
        let book = try Self.book(table: latin1)
        #expect(try book.sharedStrings() == ["café", "a&b"])
        #expect(book.sharedStringsFallbacks == 1)
        let plain = try Self.book(table: ReaderFixtures.sharedStrings(["<t>x_x000D_y</t>", "<r><t>rich</t></r><r><t> text</t></r><rPh><t>ふりがな</t></rPh>"]))
        #expect(try plain.sharedStrings() == ["x\ry", "rich text"])
        #expect(plain.sharedStringsFallbacks == 0)
    }
}
