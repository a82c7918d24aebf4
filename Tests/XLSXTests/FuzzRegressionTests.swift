import Foundation
import Testing
@testable import XLSX

/// Every input the fuzzers (Scripts/fuzz.sh) found crashing is kept in
/// Tests/Fixtures/fuzz-regressions and replayed here through the same entry point
/// (``FuzzEntryPoints``) that found it: the test fails if any of them traps again.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-regressions")

    /// The saved inputs of one target (`TARGET-crash-…`).
    static func inputs(of target: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix(target + "-") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func replaysEverySavedCrashInputWithoutTrapping() throws {
        let replays: [String: (Data) -> Void] = [
            "zip": FuzzEntryPoints.zip, "workbook": FuzzEntryPoints.workbook,
            "parts": FuzzEntryPoints.parts, "csv": FuzzEntryPoints.csv,
        ]
        var replayed = 0
        for (target, replay) in replays {
            for input in try Self.inputs(of: target) {
                replay(try Data(contentsOf: input))
                replayed += 1
            }
        }
        #expect(replayed >= 1)
    }

    /// parts-crash-e585d036…: a date-formatted cell holding 1e308 trapped in
    /// `ExcelDate.components` (Double to Int overflow) when exported.
    @Test func keepsDateAndDurationCellsBeyondExcelsLastDateAsNumbers() throws {
        var rows: [Row] = []
        let sheet =
            #"<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>1e308</v></c><c r="B1" s="2"><v>-1e300</v></c>"#
            + #"<c r="C1" s="1"><v>2958465.5</v></c><c r="D1" s="2"><v>1.5</v></c></row></sheetData></worksheet>"#
        let parser = SheetParser(
            sharedStrings: [], styles: CellStyles(kinds: [.number, .date, .duration]), date1904: false,
            limits: .default, fileName: "t.xlsx", partName: "sheet1.xml"
        ) { rows.append($0) }
        try XMLPushParser.parse(bytes: Array(sheet.utf8), fileName: "t.xlsx", partName: "sheet1.xml", handler: parser)
        #expect(rows.first?.values == [.number(1e308), .number(-1e300), .date(ExcelDate(serial: 2958465.5)), .duration(1.5)])
        var csv: [UInt8] = []
        var encoder = CSVRowEncoder()
        for row in rows { encoder.appendRow(row, to: &csv) }
        #expect(String(decoding: csv, as: UTF8.self) == "1e+308,-1e+300,9999-12-31T12:00:00,PT36H0M0S\r\n")
    }

    /// parts-crash-97907cf5…: `encoding="UTF-8` followed by bytes that are no encoding name was
    /// read by the scanner while libxml2 refuses it; only XML 1.0's EncName passes the scanner.
    @Test func handsAnEncodingNameXMLDoesNotAllowBackToLibxml2() {
        #expect(SheetScanner.isWellFormedDeclaration(Array(#" version="1.0" encoding="UTF-8""#.utf8)))
        #expect(SheetScanner.isWellFormedDeclaration(Array(#" version="1.0" encoding='Shift_JIS' standalone="yes""#.utf8)))
        #expect(!SheetScanner.isWellFormedDeclaration(Array(#" version="1.0" encoding="UTF-8⌘⌘⌘" standalone="yes""#.utf8)))
        #expect(!SheetScanner.isWellFormedDeclaration(Array(#" version="1.0" encoding="UTF 8""#.utf8)))
        #expect(!SheetScanner.isWellFormedDeclaration(Array(#" version="1.0" encoding="8bit""#.utf8)))
    }

    @Test func neverTrapsOnDatesAndDurationsBuiltFromAnySerial() {
        for serial in [Double.nan, .infinity, -.infinity, 1e308, -1e308, 9.3e18] {
            _ = ExcelDate(serial: serial).isoString
            _ = CellValueText.duration(days: serial)
        }
        #expect(ExcelDate(serial: 1e308).components.year == ExcelDate(serial: 1e9).components.year)
        #expect(CellValueText.duration(days: 1e308) == "1e+308")
    }
}

/// csv-crash-88065456…: a CSV field shaped like a timestamp with a fraction of more than
/// 18 digits overflowed `Int` while its digits were read, before their count was checked.
@Suite struct CSVTimestampFuzzRegressionTests {
    @Test func keepsATimestampWithAnOverlongFractionAsText() {
        let text = "2020-04-01 04:18:20.040261000000000000000000001"
        #expect(CSVValueInference.value(of: text) == .string(text))
    }

    @Test func stillReadsMicrosecondTimestampsAsDates() {
        #expect(
            CSVValueInference.value(of: "2020-04-01 04:18:20.5")
                == .date(ExcelDate(year: 2020, month: 4, day: 1, hour: 4, minute: 18, second: 20.5)))
    }
}
