import Foundation
import Testing

/// Each safety limit is enforced with a clear error, and each can be changed on the
/// command line (`plansheet convert --max-…`). The hostile input for each is built here.
@Suite struct LimitOptionsTests {
    private func workbookFile(_ zip: HostileZip) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("limits.xlsx").path
        try Data(zip.build()).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Converts with `options` and expects exit 2 with `phrase` in the message, or exit 0 without options.
    private func expectLimit(
        _ zip: HostileZip, options: [String], phrase: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let path = try workbookFile(zip)
        let limited = try runPlansheet(["convert", path, "--to", "csv"] + options)
        #expect(limited.status == 2, sourceLocation: sourceLocation)
        #expect(limited.stderr.contains("\(path): "), "\(limited.stderr)", sourceLocation: sourceLocation)
        #expect(limited.stderr.contains("安全のための上限を超えました"), "\(limited.stderr)", sourceLocation: sourceLocation)
        #expect(limited.stderr.contains(phrase), "\(phrase) missing from: \(limited.stderr)", sourceLocation: sourceLocation)
        let unlimited = try runPlansheet(["convert", path, "--to", "csv"])
        #expect(unlimited.status == 0, "\(unlimited.stderr)", sourceLocation: sourceLocation)
    }

    private let oneCell = #"<row r="1"><c r="A1"><v>1</v></c></row>"#

    @Test func maxEntrySizeRefusesALargerPartBeforeInflating() throws {
        // A hundred distinct rows (one row written a hundred times is refused as ambiguous).
        let zip = HostileZip.workbook(sheetData: (1...100).map { #"<row r="\#($0)"><c r="A\#($0)"><v>1</v></c></row>"# }.joined())
        try expectLimit(zip, options: ["--max-entry-size", "1K"], phrase: "more than the 1024 allowed per entry")
    }

    @Test func maxTotalSizeRefusesAWorkbookThatInflatesToMore() throws {
        try expectLimit(
            HostileZip.workbook(sheetData: oneCell), options: ["--max-total-size", "1000"],
            phrase: "the workbook inflates to more than the 1000 bytes allowed")
    }

    @Test func maxRatioRefusesAPartCompressedBeyondIt() throws {
        // 19 MB of empty rows padded with spaces compress about 35:1: under the default 500, over 20.
        // (The ratio is checked for parts over 16 MiB only.)
        let rows = (2...200_000).map { "<row r=\"\($0)\"/>" + String(repeating: " ", count: 80) }.joined()
        try expectLimit(
            HostileZip.workbook(sheetData: oneCell + rows), options: ["--max-ratio", "20"],
            phrase: "compression ratio above 20:1")
    }

    @Test func maxSharedStringsRefusesMoreStrings() throws {
        let zip = HostileZip.workbook(
            sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
            sharedStrings: "<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si>")
        try expectLimit(zip, options: ["--max-shared-strings", "2"], phrase: "more than 2 shared strings")
    }

    @Test func maxStringLengthRefusesALongerCellText() throws {
        let zip = HostileZip.workbook(sheetData: #"<row r="1"><c r="B1" t="inlineStr"><is><t>約二万枚程度の削減</t></is></c></row>"#)
        try expectLimit(zip, options: ["--max-string-length", "10"], phrase: "cell B1 holds more than 10 bytes of text")
    }

    @Test func maxStringLengthRefusesALongerSharedString() throws {
        let zip = HostileZip.workbook(
            sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
            sharedStrings: "<si><t>コピー使用量60％以上削減</t></si>")
        try expectLimit(zip, options: ["--max-string-length", "10"], phrase: "shared string 0 is longer than 10 bytes")
    }

    @Test func maxCellsPerRowRefusesACellBeyondIt() throws {
        let zip = HostileZip.workbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row>"#)
        try expectLimit(zip, options: ["--max-cells-per-row", "3"], phrase: "row 1 has a cell in column 4, beyond 3")
    }

    @Test func maxRowsRefusesARowBeyondIt() throws {
        let zip = HostileZip.workbook(sheetData: #"<row r="6"><c r="A6"><v>1</v></c></row>"#)
        try expectLimit(zip, options: ["--max-rows", "5"], phrase: "row number 6 is outside 1…5")
    }

    @Test func maxSheetsRefusesAWorkbookListingMore() throws {
        let zip = HostileZip.workbook(sheetData: oneCell, extraSheets: 2)
        try expectLimit(zip, options: ["--max-sheets", "2"], phrase: "more than 2 sheets")
    }

    @Test func maxDepthRefusesDeeperNesting() throws {
        let nested = String(repeating: "<x>", count: 10) + String(repeating: "</x>", count: 10)
        let zip = HostileZip.workbook(sheetData: oneCell + nested)
        try expectLimit(zip, options: ["--max-depth", "8"], phrase: "elements nested deeper than 8 levels (line 1)")
    }

    @Test func sizesTakeUnitsAndLimitsMustBePositive() throws {
        let path = try workbookFile(HostileZip.workbook(sheetData: oneCell))
        let megabytes = try runPlansheet(["convert", path, "--to", "csv", "--max-entry-size", "64M", "--max-total-size", "1GiB"])
        #expect(megabytes.status == 0, "\(megabytes.stderr)")
        #expect(megabytes.stdout == "1\r\n")
        let zero = try runPlansheet(["convert", path, "--to", "csv", "--max-rows", "0"])
        #expect(zero.status != 0)
        #expect(zero.stderr.contains("--max-rows must be at least 1"))
        let nonsense = try runPlansheet(["convert", path, "--to", "csv", "--max-entry-size", "lots"])
        #expect(nonsense.status != 0)
        #expect(nonsense.stderr.contains("--max-entry-size"))
    }
}
