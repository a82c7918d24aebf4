import Foundation
import Testing
@testable import XLSX
import TestSupport

/// Hostile and broken `.xls` and `.ods` files end in a clear error naming the file and
/// the structure, quickly and without allocating what the file claims; OpenDocument cells
/// read as the format defines them.
@Suite struct HostileLegacyInputTests {
    typealias B = LegacyFixtureBuilder

    static func ods(_ rows: String, styles: String = "", manifest: String? = nil) -> Data {
        var zip = ZipFixtureBuilder()
        zip.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", deflate: false)
        zip.add(
            "META-INF/manifest.xml",
            manifest ?? """
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
                """)
        zip.add(
            "content.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">
            <office:automatic-styles>\(styles)</office:automatic-styles>
            <office:body><office:spreadsheet>\(rows)</office:spreadsheet></office:body></office:document-content>
            """)
        return zip.build()
    }

    func error(_ data: Data, name: String) -> XLSXError? {
        do {
            let book = try Workbook(data: data, name: name)
            for sheet in book.sheets { _ = try book.grid(of: sheet) }
            return nil
        } catch let error as XLSXError {
            return error
        } catch {
            return nil
        }
    }

    @Test func aSectorChainThatLoopsIsACorruptCompoundFile() {
        let data = B.compoundFile(B.workbookStream(cells: [])) { fat in fat[3] = 2 }
        #expect(
            error(data, name: "loop.xls")
                == .corruptArchive(
                    file: "loop.xls", part: "Workbook stream",
                    detail: "the sector chain loops at sector 2"))
    }

    @Test func aFATPointingOutOfTheFileIsACorruptCompoundFile() {
        let outside = B.compoundFile(B.workbookStream(cells: [])) { fat in fat[2] = 0x00FF_FF00 }
        #expect(
            error(outside, name: "far.xls")
                == .corruptArchive(
                    file: "far.xls", part: "Workbook stream",
                    detail: "the chain points at sector 16776960, outside the FAT"))
        let pastEnd = B.compoundFile(B.workbookStream(cells: [])) { fat in fat[2] = 100 }
        #expect(
            error(pastEnd, name: "short.xls")
                == .corruptArchive(
                    file: "short.xls", part: "Workbook stream",
                    detail: "sector 100 lies past the end of the file"))
    }

    @Test func aTruncatedHeaderIsACorruptCompoundFile() {
        let data = B.compoundFile(B.workbookStream(cells: [])).prefix(300)
        #expect(
            error(Data(data), name: "cut.xls")
                == .corruptArchive(
                    file: "cut.xls", part: "compound file header",
                    detail: "the file is shorter than the 512-byte header"))
    }

    @Test func anSSTDeclaringTwoToThe31StringsIsRefusedBeforeAnythingIsReserved() {
        let data = B.compoundFile(B.workbookStream(strings: ["a"], declaredStrings: 0x8000_0000, cells: []))
        #expect(
            error(data, name: "sst.xls")
                == .limitExceeded(
                    file: "sst.xls", part: "Workbook stream SST",
                    limit: "declares 2147483648 shared strings, more than the 16000000 allowed"))
    }

    @Test func aFILEPASSRecordIsAPasswordProtectedWorkbook() {
        let filePass = B.record(0x002F, B.le16(1) + B.le16(1) + [UInt8](repeating: 0, count: 48))
        let data = B.compoundFile(B.workbookStream(cells: [], extraGlobals: [filePass]))
        #expect(error(data, name: "secret.xls") == .encryptedWorkbook(file: "secret.xls", format: "Excel 97–2003 (.xls)", method: "RC4"))
    }

    @Test func aCellPastTheLimitsIsRefused() {
        let cell = B.record(0x0203, B.le16(0) + B.le16(20_000) + B.le16(0) + B.le64(1))
        let data = B.compoundFile(B.workbookStream(cells: [cell]))
        #expect(
            error(data, name: "wide.xls")
                == .limitExceeded(
                    file: "wide.xls", part: "Workbook stream",
                    limit: "sheet \"Data\" has a cell at row 1 column 20001, past the limits"))
    }

    @Test func aRowWithAValueRepeatedTwoToThe31TimesIsRefused() {
        let data = Self.ods(
            #"<table:table table:name="S"><table:table-row table:number-rows-repeated="2147483648"><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>"#
        )
        #expect(
            error(data, name: "rows.ods")
                == .limitExceeded(
                    file: "rows.ods", part: "content.xml",
                    limit: "table \"S\" has rows with values past row 1048576 (row 1 repeated 2147483648 times)"))
    }

    @Test func emptyRowsAndCellsRepeatedTwoToThe31TimesCostNothing() throws {
        let data = Self.ods(
            #"""
            <table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>\#
            <table:table-cell table:number-columns-repeated="2147483648"/></table:table-row>\#
            <table:table-row table:number-rows-repeated="2147483648"><table:table-cell table:number-columns-repeated="2147483648"/></table:table-row></table:table>
            """#)
        let book = try Workbook(data: data, name: "repeats.ods")
        #expect(try book.grid(of: book.sheets[0]).rows == [["x"]])
    }

    @Test func hiddenRowsAndColumnsRepeatedTwoToThe31TimesAreOneRangeOrNothing() throws {
        let data = Self.ods(
            #"""
            <table:table table:name="S"><table:table-column/><table:table-column table:number-columns-repeated="2147483648" table:visibility="collapse"/>\#
            <table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>\#
            <table:table-row table:visibility="collapse"><table:table-cell office:value-type="string"><text:p>hidden</text:p></table:table-cell></table:table-row>\#
            <table:table-row table:number-rows-repeated="3" table:visibility="filter"><table:table-cell/></table:table-row>\#
            <table:table-row table:number-rows-repeated="2147483648" table:visibility="collapse"><table:table-cell/></table:table-row></table:table>
            """#)
        let book = try Workbook(data: data, name: "hidden.ods")
        let grid = try book.grid(of: book.sheets[0])
        #expect(grid.rows == [["x"], ["hidden"]])
        // The short run of empty hidden rows is listed as XLSX lists them; the 2^31 run holds nothing and is not.
        #expect(grid.hiddenRows == [2, 3, 4, 5])
        #expect(grid.hiddenColumns == [1...16_383])
    }

    @Test func aCellRepeatedPastTheLastColumnIsRefused() {
        let data = Self.ods(
            #"<table:table table:name="S"><table:table-row><table:table-cell table:number-columns-repeated="999999999" office:value-type="float" office:value="1"/></table:table-row></table:table>"#
        )
        #expect(
            error(data, name: "dos.ods")
                == .limitExceeded(
                    file: "dos.ods", part: "content.xml",
                    limit: "row 1 of table \"S\" has cells past column 16384 (a value repeated 999999999 times at column 1)"))
    }

    @Test func anEncryptedPackageIsAPasswordProtectedWorkbook() {
        let manifest = """
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">\
            <manifest:encryption-data><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/>\
            </manifest:encryption-data></manifest:file-entry></manifest:manifest>
            """
        #expect(
            error(Self.ods("", manifest: manifest), name: "locked.ods")
                == .encryptedWorkbook(file: "locked.ods", format: "OpenDocument (.ods)", method: "aes256-cbc"))
    }

    @Test func openDocumentCellsReadAsTheFormatDefinesThem() throws {
        let styles = #"<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>"#
        let data = Self.ods(
            #"""
            <table:table table:name="Values">
            <table:table-row>
            <table:table-cell office:value-type="float" office:value="1.25"><text:p>1.3</text:p></table:table-cell>
            <table:table-cell office:value-type="percentage" office:value="0.5"/>
            <table:table-cell office:value-type="currency" office:value="-3"/>
            <table:table-cell office:value-type="date" office:date-value="2024-04-01"/>
            <table:table-cell office:value-type="date" office:date-value="2024-04-01T09:30:00"/>
            <table:table-cell office:value-type="time" office:time-value="PT12H30M00S"/>
            <table:table-cell office:value-type="time" office:time-value="PT36H00M00S"/>
            <table:table-cell office:value-type="boolean" office:boolean-value="true"/>
            <table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
            </table:table-row>
            <table:table-row>
            <table:table-cell office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="2"><text:p>a<text:s text:c="3"/>b<text:tab/>c</text:p><text:p>d<text:line-break/>e<text:span>f</text:span></text:p>\#
            <office:annotation><text:p>note</text:p></office:annotation></table:table-cell>
            <table:covered-table-cell/>
            <table:table-cell office:value-type="string" office:string-value="wins"><text:p>shown</text:p></table:table-cell>
            <table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7"/>
            </table:table-row>
            </table:table>
            <table:table table:name="Hidden" table:style-name="ta2"/>
            """#, styles: styles)
        let book = try Workbook(data: data, name: "cells.ods")
        #expect(book.sheets.map(\.description) == ["1 \"Values\" (visible worksheet)", "2 \"Hidden\" (hidden worksheet)"])
        let grid = try book.grid(of: book.sheets[0])
        #expect(
            grid.rows == [
                [
                    1.25, 0.5, -3, .date(ExcelDate(year: 2024, month: 4, day: 1)), .date(ExcelDate(year: 2024, month: 4, day: 1, hour: 9, minute: 30)),
                    .date(ExcelDate(serial: 0.5 + 1.0 / 48)), .duration(1.5), true, .error("#DIV/0!"),
                ],
                ["a   b\tc\nd\nef", .empty, "wins", 7, 7],
            ])
        #expect(grid.mergedRanges == [CellRange("A2:B3")].compactMap { $0 })
    }
}
