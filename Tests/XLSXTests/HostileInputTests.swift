import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Broken and adversarial workbooks end in a clear error naming the file and part, never a crash or a hang.
@Suite struct HostileInputTests {
    private func readAllSheets(_ data: Data, limits: ReadLimits = .default) throws {
        let book = try Workbook(data: data, name: "hostile.xlsx", limits: limits)
        for sheet in book.sheets { _ = try book.grid(of: sheet) }
    }

    @Test func refusesBillionLaughsInASheet() throws {
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
            <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>\
            <worksheet xmlns="\(ReaderFixtures.mainNamespace)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>
            """
        let error = try #require(throws: XLSXError.self) { try readAllSheets(ReaderFixtures.workbook(bomb)) }
        guard case .malformedXML(let file, let part, _, let message) = error else { Issue.record("got \(error)"); return }
        #expect(file == "hostile.xlsx" && part == "xl/worksheets/sheet1.xml")
        #expect(message.contains("document type declarations"))
    }

    @Test func neverReadsExternalEntities() throws {
        let xxe = """
            <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\
            <worksheet xmlns="\(ReaderFixtures.mainNamespace)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>
            """
        #expect(throws: XLSXError.self) { try readAllSheets(ReaderFixtures.workbook(xxe)) }
    }

    @Test func namesTheCellOfASharedStringIndexOutOfRange() throws {
        let sheet = ReaderFixtures.sheet("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>5</v></c></row>")
        let data = ReaderFixtures.workbook(sheet, sharedStrings: ReaderFixtures.sharedStrings(["<t>only</t>"]))
        #expect(
            throws: XLSXError.invalidCell(
                file: "hostile.xlsx", part: "xl/worksheets/sheet1.xml", cell: "B2",
                detail: "shared string index 5 is out of range (the workbook has 1)")
        ) {
            try readAllSheets(data)
        }
    }

    @Test func reportsAMissingSheetPart() throws {
        var zip = ReaderFixtures.builder(sheets: [("Sheet1", ReaderFixtures.sheet(""))])
        zip.entries.removeAll { $0.name == "xl/worksheets/sheet1.xml" }
        let book = try Workbook(data: zip.build(), name: "hostile.xlsx")
        #expect(book.sheets.map(\.name) == ["Sheet1"])
        #expect(throws: XLSXError.missingPart(file: "hostile.xlsx", part: "xl/worksheets/sheet1.xml")) { try book.grid(of: book.sheets[0]) }
    }

    @Test func reportsTruncatedAndCorruptArchives() throws {
        let whole = ReaderFixtures.workbook(ReaderFixtures.sheet("<row r=\"1\"><c><v>1</v></c></row>"))
        #expect(throws: XLSXError.self) { try readAllSheets(whole.prefix(whole.count - 30)) }
        var corrupt = whole
        // Overwrite the middle of the archive (inside compressed data) with garbage.
        for index in stride(from: 60, to: min(400, corrupt.count), by: 3) { corrupt[index] ^= 0x5A }
        #expect(throws: XLSXError.self) { try readAllSheets(corrupt) }
    }

    @Test func stopsAZipBombSheet() throws {
        var zip = ReaderFixtures.builder(sheets: [("Sheet1", "")])
        let index = try #require(zip.entries.firstIndex { $0.name == "xl/worksheets/sheet1.xml" })
        let row = "<row><c><v>1</v></c></row>"
        let huge = ReaderFixtures.sheet(String(repeating: row, count: 200_000))
        zip.entries[index].contents = Array(huge.utf8)
        var limits = ReadLimits.default
        limits.maxEntrySize = 1 << 20
        #expect(
            throws: XLSXError.limitExceeded(
                file: "hostile.xlsx", part: "xl/worksheets/sheet1.xml",
                limit: "inflates to \(huge.utf8.count) bytes, more than the \(1 << 20) allowed per entry")
        ) {
            try readAllSheets(zip.build(), limits: limits)
        }
    }

    @Test func refusesRowsAndColumnsOutsideExcelsGrid() throws {
        let tooFarDown = ReaderFixtures.sheet("<row r=\"1048577\"><c><v>1</v></c></row>")
        #expect(throws: XLSXError.self) { try readAllSheets(ReaderFixtures.workbook(tooFarDown)) }
        let tooFarRight = ReaderFixtures.sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(throws: XLSXError.self) { try readAllSheets(ReaderFixtures.workbook(tooFarRight)) }
    }

    @Test func capsTheSharedStringTable() throws {
        let strings = ReaderFixtures.sharedStrings((0..<50).map { "<t>\($0)</t>" })
        var limits = ReadLimits.default
        limits.maxSharedStrings = 10
        let data = ReaderFixtures.workbook(ReaderFixtures.sheet("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"), sharedStrings: strings)
        #expect(throws: XLSXError.limitExceeded(file: "hostile.xlsx", part: "xl/sharedStrings.xml", limit: "more than 10 shared strings")) {
            try readAllSheets(data, limits: limits)
        }
    }

    /// Every file of the shared corpus's malformed/ folder (see its MALFORMED.tsv) fails with a typed error.
    @Test(.needsSharedCorpus) func failsCleanlyOnEveryMalformedCorpusFile() throws {
        let files = CorpusFixtures.files(in: "malformed")
        #expect(files.count >= 12)
        for file in files {
            #expect(throws: XLSXError.self, "\(file.lastPathComponent)") {
                let book = try Workbook(contentsOf: file)
                for sheet in book.sheets { _ = try book.grid(of: sheet) }
            }
        }
    }

    @Test(.needsSharedCorpus) func explainsWhatIsWrongWithTheMalformedCorpusFiles() throws {
        func error(_ name: String) throws -> XLSXError? {
            do {
                let book = try Workbook(contentsOf: try CorpusFixtures.malformed(name))
                for sheet in book.sheets { _ = try book.grid(of: sheet) }
                return nil
            } catch let error as XLSXError { return error }
        }
        let encrypted = try CorpusFixtures.malformed("excelize__encryptAES.xlsx").path
        #expect(try error("excelize__encryptAES.xlsx") == .encryptedOrLegacyWorkbook(file: encrypted))
        let bomb = try error("poi__poc-xmlbomb.xlsx")
        #expect(bomb?.description.contains("xl/sharedStrings.xml") == true)
        #expect(bomb?.description.contains("document type declarations") == true)
        let fuzz = try CorpusFixtures.malformed("poi__clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx").path
        #expect(try error("poi__clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx") == .checksumMismatch(file: fuzz, part: "_rels/.rels"))
        let empty = try CorpusFixtures.malformed("python-calamine__empty_file.xlsx").path
        #expect(try error("python-calamine__empty_file.xlsx") == .notAZipArchive(file: empty))
        let noSheets = try CorpusFixtures.malformed("tealeg__badfile_noWorksheets.xlsx").path
        #expect(try error("tealeg__badfile_noWorksheets.xlsx") == .missingPart(file: noSheets, part: "xl/worksheets/sheet1.xml"))
    }
}
