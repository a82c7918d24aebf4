import Foundation
import Testing
import TestSupport
@testable import XLSX

/// The hand-written sheet scanner against libxml2: the same rows and merged ranges on
/// every corpus sheet and on hostile input, whatever the chunk boundaries.
@Suite struct SheetScannerTests {
    /// Every row and merged range of every sheet, read with one parser.
    private func readAll(_ book: Workbook, with choice: SheetParserChoice) throws -> [String: ([Row], [CellRange])] {
        book.sheetParserChoice = choice
        var result: [String: ([Row], [CellRange])] = [:]
        for sheet in book.sheets where sheet.kind == .worksheet {
            var rows: [Row] = []
            try book.forEachRow(in: sheet) { rows.append($0) }
            result[sheet.name] = (rows, try book.grid(of: sheet).mergedRanges)
        }
        return result
    }

    @Test(.needsSharedCorpus) func readsEveryCorpusSheetExactlyAsLibxml2Does() throws {
        let files = CorpusFixtures.files(in: "real")
        #expect(files.count >= 68, "the shared corpus must be beside the repository")
        var sheets = 0
        for file in files {
            let scanned = try Workbook(contentsOf: file)
            let scannerResult = try readAll(scanned, with: .scanner)
            // Only UTF-16 sheet parts (a Windows Phone export) are left to libxml2, which converts them.
            let expectedFallbacks = file.lastPathComponent == "roo__Pfand_from_windows_phone.xlsx" ? 6 : 0
            #expect(scanned.scannerFallbacks == expectedFallbacks, "\(file.lastPathComponent) fell back to libxml2")
            let reference = try readAll(try Workbook(contentsOf: file), with: .libxml2)
            #expect(Set(scannerResult.keys) == Set(reference.keys))
            for (name, (rows, merged)) in reference {
                sheets += 1
                #expect(scannerResult[name]?.0 == rows, "\(file.lastPathComponent) sheet \(name): rows differ")
                #expect(scannerResult[name]?.1 == merged, "\(file.lastPathComponent) sheet \(name): merged ranges differ")
            }
        }
        #expect(sheets >= 68)
    }

    /// Rows collected by a SheetParser fed by one of the two parsers.
    private final class Collector {
        var rows: [Row] = []
        var merged: [CellRange] = []
    }

    private func parse(_ xml: String, chunkSize: Int?, sharedStrings: [String] = ["s0", "s1"]) throws -> ([Row], [CellRange]) {
        let collector = Collector()
        let parser = SheetParser(
            sharedStrings: sharedStrings, styles: CellStyles(kinds: []), date1904: false, limits: .default,
            fileName: "t.xlsx", partName: "sheet.xml"
        ) { collector.rows.append($0) }
        if let chunkSize {
            try SheetScanner.parse(bytes: Array(xml.utf8), chunkSize: chunkSize, handler: parser)
        } else {
            try XMLPushParser.parse(bytes: Array(xml.utf8), fileName: "t.xlsx", partName: "sheet.xml", handler: parser)
        }
        return (collector.rows, parser.mergedRanges)
    }

    static let trickySheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <!-- made by hand --><?producer ignore me?>
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r">
          <x:sheetData>
            <x:row r="1" spans="1:4"><x:c t='s' r='A1'><x:v>1</x:v></x:c><x:c r="B1" s="0"><x:v>  42.5 </x:v></x:c>
              <x:c r="C1" t="inlineStr"><x:is><x:r><x:t xml:space="preserve"> a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; </x:t></x:r>\
        <x:r><x:t>&#26085;&#x672C;_x000D_</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ニホン</x:t></x:rPh></x:is></x:c>
              <x:c r="D1" t="str"><x:f>A1&amp;"x"</x:f><x:v><![CDATA[<kept> & "raw"]]></x:v></x:c>
              <x:c r="E1"/><x:c r="F1" t="b"><x:v>1</x:v></x:c><x:c r="G1" t="e"><x:v>#N/A</x:v></x:c>
            </x:row>
            <row xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c><v>7</v></c><c t="inlineStr"><is><t>line1\r
        line2&#13;end</t></is></c></row>
            <x:row r="5"><x:c r="C5" t="inlineStr"><x:is><x:t>漢字テキスト👍</x:t></x:is></x:c><x:c r="A5"><x:v>1E+3</x:v></x:c></x:row>
          </x:sheetData>
          <x:mergeCells count="2"><x:mergeCell ref="A1:B1"/><x:mergeCell ref = "C5:D6" /></x:mergeCells>
        </x:worksheet>
        """

    /// A byte order mark, end tags with spaces, whitespace inside attribute values, a prefix
    /// declared after the attribute that uses it, an astral character reference.
    static let oddSheet =
        "\u{FEFF}<?xml version='1.0' encoding='utf-8'?><worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
        + "<sheetData><row r='2' ><c r='B2' t='inlineStr'><is><t>&#x1F600;\ttab</t ></is></c ><c\tr=\"C2\"\n t=\"str\"><v>x</v></c>"
        + "<c r='D2' x:foo='1' xmlns:x='urn:x'><v>3</v></c><c r='E2'/></row></sheetData>"
        + "<hyperlinks><hyperlink ref='B2' r:id='rId1' xmlns:r='urn:r'/></hyperlinks></worksheet >\n"

    @Test func readsByteOrderMarksSpacesInTagsAndLateDeclarationsAtEveryChunkSize() throws {
        let reference = try parse(Self.oddSheet, chunkSize: nil)
        #expect(reference.0.count == 1 && reference.0[0].cells.count == 3)
        #expect(reference.0[0].cells[0].value == .string("😀\ttab"))
        for chunkSize in 1...64 {
            #expect(try parse(Self.oddSheet, chunkSize: chunkSize).0 == reference.0, "chunk size \(chunkSize)")
        }
    }

    @Test func readsPrefixesEntitiesCDATAAndRichTextLikeLibxml2AtEveryChunkSize() throws {
        let reference = try parse(Self.trickySheet, chunkSize: nil)
        #expect(reference.0.count == 3)
        #expect(reference.1.count == 2)
        #expect(reference.0[0].cells[2].value == .string(" a & b <c> \"d\" 'e' 日本\r"))
        for chunkSize in 1...64 {
            let scanned = try parse(Self.trickySheet, chunkSize: chunkSize)
            #expect(scanned.0 == reference.0, "chunk size \(chunkSize)")
            #expect(scanned.1 == reference.1, "chunk size \(chunkSize)")
        }
        #expect(try parse(Self.trickySheet, chunkSize: 65536).0 == reference.0)
    }

    /// Input the scanner must not read itself: it hands it to libxml2.
    static let refused: [(String, String)] = [
        ("a DOCTYPE", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet><sheetData/></worksheet>"),
        ("an unknown entity", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>"),
        ("unbalanced tags", "<worksheet><sheetData><row><c><v>1</c></row></sheetData></worksheet>"),
        ("invalid UTF-8", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>\u{FFFD}</t></is></c></row></sheetData></worksheet>"),
        ("a control character", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a\u{1}b</t></is></c></row></sheetData></worksheet>"),
        ("a repeated attribute", "<worksheet><sheetData><row><c r=\"A1\" r=\"B1\"><v>1</v></c></row></sheetData></worksheet>"),
        ("an undeclared prefix", "<x:worksheet><x:sheetData/></x:worksheet>"),
        ("a second root", "<worksheet/><worksheet/>"),
        ("a processing instruction without a target", "<worksheet><? ?><sheetData/></worksheet>"),
        ("-- inside a comment", "<worksheet><!-- a -- b --><sheetData/></worksheet>"),
        ("]]> in text", "<worksheet><sheetData><row><c t=\"str\"><v>a]]>b</v></c></row></sheetData></worksheet>"),
        ("< in an attribute value", "<worksheet><sheetData><row r=\"<1\"/></sheetData></worksheet>"),
        ("a truncated part", "<worksheet><sheetData><row><c><v>1</v></c>"),
        ("UTF-16", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>"),
        ("a reference to NUL", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&#0;</t></is></c></row></sheetData></worksheet>"),
    ]

    @Test func handsEverythingItDoesNotUnderstandToLibxml2() throws {
        for (what, xml) in Self.refused {
            var bytes = Array(xml.utf8)
            if what == "invalid UTF-8", let index = bytes.firstIndex(of: 0xEF) { bytes.replaceSubrange(index..<(index + 3), with: [0xC3, 0x28]) }
            let parser = SheetParser(
                sharedStrings: [], styles: CellStyles(kinds: []), date1904: false, limits: .default,
                fileName: "t.xlsx", partName: "sheet.xml"
            ) { _ in }
            #expect(throws: SheetScannerFallback.self, "\(what)") { try SheetScanner.parse(bytes: bytes, chunkSize: 7, handler: parser) }
        }
    }

    @Test func givesTheSameErrorAsLibxml2ForADoctypeInAWorkbook() throws {
        let bomb =
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">]><worksheet xmlns=\"\(ReaderFixtures.mainNamespace)\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol;</t></is></c></row></sheetData></worksheet>"
        var errors: [XLSXError] = []
        for choice in [SheetParserChoice.scanner, .libxml2] {
            let book = try Workbook(data: ReaderFixtures.workbook(bomb), name: "hostile.xlsx")
            book.sheetParserChoice = choice
            let sheet = try #require(book.sheets.first)
            let error = try #require(throws: XLSXError.self) { _ = try book.grid(of: sheet) }
            errors.append(error)
        }
        #expect(errors.count == 2 && errors[0] == errors[1])
    }

    @Test func deliversRowsReadBeforeAFallbackOnlyOnce() throws {
        // Rows 1 and 2 are read by the scanner, then a processing instruction with a non-ASCII target sends the
        // sheet to libxml2, which reads it whole; rows 1 and 2 must not come twice.
        let sheet =
            "<worksheet xmlns=\"\(ReaderFixtures.mainNamespace)\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row><?処理 命令?><row r=\"3\"><c r=\"A3\"><v>3</v></c></row></sheetData></worksheet>"
        let book = try Workbook(data: ReaderFixtures.workbook(sheet), name: "late.xlsx")
        book.sheetParserChoice = .scanner
        let sheetInfo = try #require(book.sheets.first)
        var numbers: [Int] = []
        try book.forEachRow(in: sheetInfo) { numbers.append($0.number) }
        #expect(numbers == [1, 2, 3])
        #expect(book.scannerFallbacks == 1)
    }

    @Test func keepsTheNestingLimit() throws {
        let deep = "<worksheet>" + String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40) + "</worksheet>"
        var limits = ReadLimits.default
        limits.maxNestingDepth = 16
        let parser = SheetParser(
            sharedStrings: [], styles: CellStyles(kinds: []), date1904: false, limits: limits,
            fileName: "t.xlsx", partName: "sheet.xml"
        ) { _ in }
        #expect(throws: SheetScannerFallback.self) { try SheetScanner.parse(bytes: Array(deep.utf8), limits: limits, handler: parser) }
    }
}
