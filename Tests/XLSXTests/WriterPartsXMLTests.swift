import Foundation
import Testing
@testable import XLSX

/// The exact XML of every part the writer produces for a small workbook, as rust_xlsxwriter's tests
/// do: a change in any part shows here, without Python or LibreOffice.
@Suite struct WriterPartsXMLTests {
    /// Two sheets with one of each thing the writer does: text, number, date, boolean, a formula,
    /// styles (header, wrapped, percent), frozen panes, widths, a merge, a filter, a drop-down list.
    static let workbook: Result<Data, any Error> = Result {
        try WorkbookWriter.data(options: WorkbookWriterOptions(created: "2021-04-30T09:00:00Z")) { book in
            try book.addSheet(named: "取組一覧") { sheet in
                sheet.freezePanes(rows: 1, columns: 1)
                sheet.setColumnWidth(0, 20)
                try sheet.append(["取組項目", "目標", "進捗"], style: .header)
                try sheet.append(cells: [
                    StyledCell(.string("ＲＰＡ導入 & <改善>")), StyledCell(.number(0.5), style: CellStyle().with(numberFormat: .percent)),
                    StyledCell(.string("順調")),
                ])
                try sheet.append(cells: [
                    StyledCell(.string(" 前後に空白 "), style: .wrapped), StyledCell(.number(12000)),
                    StyledCell(.bool(true)), StyledCell(.number(12001), formula: "B3+1"),
                ])
                try sheet.merge(CellRange(CellReference(row: 3, column: 0), CellReference(row: 4, column: 0)))
                try sheet.append([.date(ExcelDate(year: 2021, month: 4, day: 1))])
                sheet.autoFilter(CellRange(CellReference(row: 1, column: 0), CellReference(row: 4, column: 2)))
                try sheet.addListValidation(["順調", "遅れ"], range: CellRange(CellReference(row: 2, column: 2), CellReference(row: 4, column: 2)))
            }
            try book.addSheet(named: "メモ") { sheet in try sheet.append(["順調"]) }
        }
    }

    static func part(_ name: String) throws -> String {
        try WriterTestSupport.part(name, of: workbook.get())
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    @Test func contentTypesListEveryPartWithItsType() throws {
        #expect(
            try Self.part("[Content_Types].xml") == Self.declaration
                + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#
        )
    }

    @Test func packageRelationshipsPointAtTheWorkbookAndTheProperties() throws {
        #expect(
            try Self.part("_rels/.rels") == Self.declaration
                + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#
        )
    }

    @Test func workbookListsTheSheetsAndTheFilterName() throws {
        #expect(
            try Self.part("xl/workbook.xml") == Self.declaration
                + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="取組一覧" sheetId="1" r:id="rId1"/><sheet name="メモ" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'取組一覧'!$A$1:$C$4</definedName></definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>"#
        )
    }

    @Test func workbookRelationshipsNumberSheetsThenStylesThenSharedStrings() throws {
        #expect(
            try Self.part("xl/_rels/workbook.xml.rels") == Self.declaration
                + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
        )
    }

    @Test func stylesHoldEachDistinctFontFillBorderAndFormatOnce() throws {
        #expect(
            try Self.part("xl/styles.xml") == Self.declaration
                + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font><font><b/><sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>"#
        )
    }

    @Test func sharedStringsAreEscapedKeepTheirSpacesAndCountUses() throws {
        #expect(
            try Self.part("xl/sharedStrings.xml") == Self.declaration
                + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="6"><si><t>取組項目</t></si><si><t>目標</t></si><si><t>進捗</t></si><si><t>ＲＰＡ導入 &amp; &lt;改善&gt;</t></si><si><t>順調</t></si><si><t xml:space="preserve"> 前後に空白 </t></si></sst>"#
        )
    }

    @Test func aSheetWritesPanesWidthsCellsOfEveryTypeFilterMergeAndValidation() throws {
        #expect(
            try Self.part("xl/worksheets/sheet1.xml") == Self.declaration
                + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr filterMode="0"/><sheetViews><sheetView workbookViewId="0" tabSelected="1"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="18.75"/><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" s="1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="2"><v>0.5</v></c><c r="C2" t="s"><v>4</v></c></row><row r="3"><c r="A3" s="3" t="s"><v>5</v></c><c r="B3"><v>12000</v></c><c r="C3" t="b"><v>1</v></c><c r="D3"><f>B3+1</f><v>12001</v></c></row><row r="4"><c r="A4" s="4"><v>44287</v></c></row></sheetData><autoFilter ref="A1:C4"/><mergeCells count="1"><mergeCell ref="A3:A4"/></mergeCells><dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2:C4"><formula1>"順調,遅れ"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#
        )
    }

    @Test func aPlainSecondSheetIsNotSelected() throws {
        #expect(
            try Self.part("xl/worksheets/sheet2.xml") == Self.declaration
                + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="18.75"/><sheetData><row r="1"><c r="A1" t="s"><v>4</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#
        )
    }

    @Test func corePropertiesRecordTheCreatorAndTheGivenTime() throws {
        #expect(
            try Self.part("docProps/core.xml") == Self.declaration
                + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>PlanSheet</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-04-30T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2021-04-30T09:00:00Z</dcterms:modified></cp:coreProperties>"#
        )
    }

    @Test func appPropertiesNamePlanSheet() throws {
        #expect(
            try Self.part("docProps/app.xml") == Self.declaration
                + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>PlanSheet</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop></Properties>"#
        )
    }

    @Test func theWorkbookHasExactlyTheseParts() throws {
        let archive = try ZipArchive(data: Self.workbook.get(), fileName: "parts.xlsx")
        #expect(
            archive.entries.map(\.name) == [
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/core.xml", "docProps/app.xml",
                "_rels/.rels", "[Content_Types].xml",
            ])
    }
}
