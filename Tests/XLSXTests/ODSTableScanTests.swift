import Foundation
import Testing
@testable import XLSX
import TestSupport

/// Opening an `.ods` lists its tables with a byte scan instead of a libxml2 pass; it must list
/// exactly what libxml2 lists (names, hidden tables), and hand anything it is unsure of to libxml2.
@Suite struct ODSTableScanTests {
    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
        """

    /// The tables (name and style) and hidden styles, by the scan and by libxml2.
    func listings(_ xml: String) throws -> (scan: [String], libxml2: [String]) {
        let bytes = Array(xml.utf8)
        let scan = try ODSTableScan.scan(bytes: bytes)
        let lister = ODSContentParser(fileName: "t.ods", limits: .default, wantedTable: nil)
        try XMLPushParser.parse(bytes: bytes, fileName: "t.ods", partName: "content.xml", handler: lister)
        func describe(_ tables: [ODSContentParser.Table], _ hidden: Set<String>) -> [String] {
            tables.map { "\($0.name) \($0.styleName.map { hidden.contains($0) ? "hidden" : "shown" } ?? "-")" }
        }
        return (describe(scan.tables, scan.hiddenTableStyles), describe(lister.tables, lister.hiddenTableStyles))
    }

    @Test func theScanListsWhatLibxml2ListsThroughCommentsCDATAEntitiesAndNestedTables() throws {
        let xml =
            Self.head + """
                <!-- <table:table table:name="in a comment"> --><office:automatic-styles>
                <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
                <style:style style:name='ta2' style:family='table'><style:table-properties table:display="false"/></style:style>
                <style:style style:name="ce1" style:family="table-cell"><style:table-properties table:display="false"/></style:style>
                </office:automatic-styles><office:body><office:spreadsheet>
                <table:table table:name="P&amp;L &#x5E74;&#24230;" table:style-name="ta1"><table:table-row><table:table-cell>\
                <text:p><![CDATA[<table:table table:name="in CDATA">]]></text:p>\
                <table:table table:name="nested"><table:table-row/></table:table></table:table-cell></table:table-row></table:table>
                <table:table
                  table:name="two&#10;lines" table:style-name="ta2"/>
                <table:table table:style-name="ce1"></table:table >
                </office:spreadsheet></office:body></office:document-content>
                """
        let (scan, libxml2) = try listings(xml)
        #expect(scan == ["P&L 年度 shown", "two\nlines hidden", "Sheet3 shown"])
        #expect(scan == libxml2)
    }

    @Test func aTagSplitAcrossChunksIsReadWhole() throws {
        let xml =
            Self.head
            + #"<office:body><office:spreadsheet><table:table table:name="長い名前の表"/><!-- x --></office:spreadsheet></office:body></office:document-content>"#
        let bytes = Array(xml.utf8)
        for split in stride(from: 1, to: bytes.count, by: 7) {
            var scan = ODSTableScan()
            try bytes.withUnsafeBytes { raw in
                try scan.push(UnsafeRawBufferPointer(rebasing: raw[..<split]))
                try scan.push(UnsafeRawBufferPointer(rebasing: raw[split...]))
            }
            try scan.finish()
            #expect(scan.tables.map(\.name) == ["長い名前の表"], "split at \(split)")
        }
    }

    @Test(arguments: [
        "<!DOCTYPE x [<!ENTITY e \"y\">]><x/>", // a DTD
        head + #"<table:table table:name="&e;"/></office:document-content>"#, // an undeclared entity
        head + #"<office:body><table:table table:name="cut"><table:table-row>"#, // ends inside a table
        head + #"<table:table table:name="x"/>"#, // no closing root
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><x/>", // not UTF-8
    ])
    func whatTheScanCannotVouchForGoesToLibxml2(_ xml: String) {
        #expect(throws: ODSTableScan.Unsure.self) { try ODSTableScan.scan(bytes: Array(xml.utf8)) }
    }

    @Test func aDocumentTypeDeclarationIsStillRefusedWhenOpening() throws {
        let data = HostileLegacyInputTests.ods(#"<table:table table:name="S"/>"#)
        #expect(try Workbook(data: data, name: "ok.ods").sheets.map(\.name) == ["S"])
        var zip = ZipFixtureBuilder()
        zip.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", deflate: false)
        zip.add("content.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"y\">]><x><table:table/></x>")
        #expect(throws: XLSXError.self) { try Workbook(data: zip.build(), name: "dtd.ods") }
    }

    @Test func libreOfficeFilesAreListedByTheScanAsByLibxml2() throws {
        let fixtures = LegacyReaderTests.fixtures
        let files = try FileManager.default.subpathsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".ods") }.sorted()
        #expect(files.count == 13)
        for file in files {
            let archive = try ZipArchive(bytes: ArchiveBytes(data: Data(contentsOf: fixtures.appendingPathComponent(file))), fileName: file)
            let entry = try #require(archive.entry(named: "content.xml"))
            var bytes: [UInt8] = []
            try archive.read(entry, limits: .default) { bytes.append(contentsOf: $0) }
            let (scan, libxml2) = try listings(String(decoding: bytes, as: UTF8.self))
            #expect(scan == libxml2, "\(file)")
            #expect(!scan.isEmpty)
        }
    }
}
