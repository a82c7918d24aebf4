import Foundation
import Testing
@testable import XLSX

/// The exact XML of the parts a workbook meant for people gets, beside ``WriterPartsXMLTests``:
/// print setup (landscape A4 fitted to the width, centred, the header row on every page), row heights
/// for wrapped text, auto-fitted widths, every style field (italic, size, colour, alignment, border,
/// a custom and an era number format), error and duration cells, a formula without a cached value, a
/// skipped row; and the same workbook with inline strings and a creator that needs escaping.
@Suite struct WriterDocumentPartsXMLTests {
    static let style = CellStyle(
        italic: true, fontSize: 9, fontColor: .red, horizontalAlignment: .right,
        border: .thin, numberFormat: "#,##0\"枚\"")

    static func workbook(stringStorage: WorkbookWriterOptions.StringStorage, creator: String) -> Result<Data, any Error> {
        let options = WorkbookWriterOptions(stringStorage: stringStorage, creator: creator, created: "2021-04-30T09:00:00Z")
        return Result {
            try WorkbookWriter.data(options: options) { book in
                try book.addSheet(named: "進捗") { sheet in
                    sheet.printAsDocument(headerRows: 1)
                    sheet.setColumnWidth(0, 20)
                    sheet.autoFitColumns()
                    try sheet.append(["取組項目", "利用枚数", "状況"], style: .header)
                    try sheet.append(cells: [
                        StyledCell(.string("ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進"), style: .wrapped),
                        StyledCell(.number(67000), style: style), StyledCell(.error("#N/A")),
                    ])
                    try sheet.skipRows(1)
                    try sheet.append(cells: [
                        StyledCell(
                            .date(ExcelDate(year: 2021, month: 4, day: 1)),
                            style: CellStyle(numberFormat: .japaneseEraDate)),
                        StyledCell(.duration(1.5)), .formula("B2*2"),
                    ])
                }
            }
        }
    }
    static let shared = workbook(stringStorage: .shared, creator: "PlanSheet")
    static let inline = workbook(stringStorage: .inline, creator: "企画財政部 & <行革>")

    static func part(_ name: String, of workbook: Result<Data, any Error>) throws -> String {
        try WriterTestSupport.part(name, of: workbook.get())
    }

    /// Row 2's title is 28 full-width characters (56 columns) in a column 20 wide: three lines of 18.75 points.
    /// Column B is auto-fitted to `67,000枚`, column C keeps Excel's default.
    @Test func aPrintedSheetFitsTheWidthCentresLandscapeA4AndGivesWrappedRowsTheirHeight() throws {
        #expect(
            try Self.part("xl/worksheets/sheet1.xml", of: Self.shared) == WriterPartsXMLTests.declaration
                + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0" tabSelected="1"/></sheetViews><sheetFormatPr defaultRowHeight="18.75"/><cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="2" width="13" customWidth="1"/><col min="3" max="3" width="8.43" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" s="1" t="s"><v>2</v></c></row><row r="2" ht="56.25" customHeight="1"><c r="A2" s="2" t="s"><v>3</v></c><c r="B2" s="3"><v>67000</v></c><c r="C2" t="e"><v>#N/A</v></c></row><row r="4"><c r="A4" s="4"><v>44287</v></c><c r="B4" s="5"><v>1.5</v></c><c r="C4"><f>B2*2</f></c></row></sheetData><printOptions horizontalCentered="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>"#
        )
    }

    @Test func theHeaderRowRepeatsOnEveryPageThroughPrintTitles() throws {
        #expect(
            try Self.part("xl/workbook.xml", of: Self.shared) == WriterPartsXMLTests.declaration
                + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="進捗" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'進捗'!$1:$1</definedName></definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>"#
        )
    }

    @Test func stylesWriteItalicSizeColourAlignmentBorderAndCustomFormatsOnce() throws {
        #expect(
            try Self.part("xl/styles.xml", of: Self.shared) == WriterPartsXMLTests.declaration
                + ##"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0&quot;枚&quot;"/><numFmt numFmtId="165" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="166" formatCode="[h]:mm:ss"/></numFmts><fonts count="3"><font><sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font><font><b/><sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font><font><i/><sz val="9"/><color rgb="FFC00000"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="2" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>"##
        )
    }

    @Test func sharedStringsHoldTheSheetsTextInOrderOfFirstUse() throws {
        #expect(
            try Self.part("xl/sharedStrings.xml", of: Self.shared) == WriterPartsXMLTests.declaration
                + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>取組項目</t></si><si><t>利用枚数</t></si><si><t>状況</t></si><si><t>ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進</t></si></sst>"#
        )
    }

    @Test func inlineStringsLeaveTheSharedStringsPartOutOfTheContentTypes() throws {
        #expect(
            try Self.part("[Content_Types].xml", of: Self.inline) == WriterPartsXMLTests.declaration
                + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#
        )
    }

    @Test func inlineStringsLeaveTheSharedStringsPartOutOfTheWorkbookRelationships() throws {
        #expect(
            try Self.part("xl/_rels/workbook.xml.rels", of: Self.inline) == WriterPartsXMLTests.declaration
                + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
        )
    }

    @Test func inlineStringsAreWrittenInsideTheirCells() throws {
        #expect(
            try Self.part("xl/worksheets/sheet1.xml", of: Self.inline) == WriterPartsXMLTests.declaration
                + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0" tabSelected="1"/></sheetViews><sheetFormatPr defaultRowHeight="18.75"/><cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="2" width="13" customWidth="1"/><col min="3" max="3" width="8.43" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t>取組項目</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>利用枚数</t></is></c><c r="C1" s="1" t="inlineStr"><is><t>状況</t></is></c></row><row r="2" ht="56.25" customHeight="1"><c r="A2" s="2" t="inlineStr"><is><t>ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進</t></is></c><c r="B2" s="3"><v>67000</v></c><c r="C2" t="e"><v>#N/A</v></c></row><row r="4"><c r="A4" s="4"><v>44287</v></c><c r="B4" s="5"><v>1.5</v></c><c r="C4"><f>B2*2</f></c></row></sheetData><printOptions horizontalCentered="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>"#
        )
    }

    @Test func corePropertiesEscapeTheGivenCreator() throws {
        #expect(
            try Self.part("docProps/core.xml", of: Self.inline) == WriterPartsXMLTests.declaration
                + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>企画財政部 &amp; &lt;行革&gt;</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-04-30T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2021-04-30T09:00:00Z</dcterms:modified></cp:coreProperties>"#
        )
    }

    @Test func aWorkbookWithInlineStringsHasNoSharedStringsPart() throws {
        let archive = try ZipArchive(data: Self.inline.get(), fileName: "inline.xlsx")
        #expect(
            archive.entries.map(\.name) == [
                "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "docProps/core.xml", "docProps/app.xml",
                "_rels/.rels", "[Content_Types].xml",
            ])
    }
}
