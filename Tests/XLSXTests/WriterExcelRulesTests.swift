import Foundation
import Testing
@testable import XLSX

@Suite struct WriterExcelRulesTests {
    private func write(_ body: (WorkbookWriter) throws -> Void) throws {
        _ = try WorkbookWriter.data(body)
    }

    @Test func refusesSheetNamesExcelCannotUse() {
        for name in ["", String(repeating: "長", count: 32), "a:b", "a\\b", "a/b", "a?b", "a*b", "a[b", "a]b", "'quoted", "quoted'", "History"] {
            #expect(throws: XLSXWriteError.self, "\(name)") { try write { try $0.addSheet(named: name) { _ in } } }
        }
        #expect(throws: Never.self) { try write { try $0.addSheet(named: String(repeating: "長", count: 31)) { _ in } } }
        #expect(throws: Never.self) { try write { try $0.addSheet(named: "令和2年度 取組(案)") { _ in } } }
    }

    @Test func refusesASecondSheetWhoseNameDiffersOnlyInCase() {
        #expect(throws: XLSXWriteError.duplicateSheetName("SHEET")) {
            try write { book in
                try book.addSheet(named: "Sheet") { _ in }
                try book.addSheet(named: "SHEET") { _ in }
            }
        }
    }

    @Test func refusesTextLongerThan32767CharactersNamingTheCell() {
        #expect(throws: XLSXWriteError.cellTextTooLong(sheet: "S", cell: "B1", length: 32_768)) {
            try write { book in
                try book.addSheet(named: "S") { try $0.append(["ok", .string(String(repeating: "x", count: 32_768))]) }
            }
        }
        // Excel counts UTF-16 units: 16,384 emoji are 32,768 units.
        #expect(throws: XLSXWriteError.cellTextTooLong(sheet: "S", cell: "A1", length: 32_768)) {
            try write { book in
                try book.addSheet(named: "S") { try $0.append([.string(String(repeating: "😀", count: 16_384))]) }
            }
        }
    }

    @Test func refusesRowsAndColumnsBeyondExcelsGrid() {
        #expect(throws: XLSXWriteError.tooManyColumns(sheet: "S", row: 1, count: 16_385)) {
            try write { book in
                try book.addSheet(named: "S") { try $0.append(Array(repeating: CellValue.number(1), count: 16_385)) }
            }
        }
        #expect(throws: XLSXWriteError.tooManyRows(sheet: "S")) {
            try write { book in
                try book.addSheet(named: "S") { sheet in
                    try sheet.skipRows(1_048_575)
                    try sheet.append(["last row"])
                    try sheet.append(["one too many"])
                }
            }
        }
    }

    @Test func refusesOverlappingAndSingleCellMerges() throws {
        #expect(throws: XLSXWriteError.overlappingMerge(sheet: "S", range: "B2:C5", existing: "A2:B4")) {
            try write { book in
                try book.addSheet(named: "S") { sheet in
                    try sheet.merge(CellRange("A2:B4")!)
                    try sheet.merge(CellRange("B2:C5")!)
                }
            }
        }
        #expect(throws: XLSXWriteError.singleCellMerge(sheet: "S", range: "C3")) {
            try write { book in try book.addSheet(named: "S") { try $0.merge(CellRange("C3")!) } }
        }
    }

    @Test func refusesValidationListsExcelCannotStore() {
        #expect(throws: XLSXWriteError.self) {
            try write { book in try book.addSheet(named: "S") { try $0.addListValidation(["a,b"], range: CellRange("A1:A9")!) } }
        }
        #expect(throws: XLSXWriteError.self) {
            try write { book in
                try book.addSheet(named: "S") { try $0.addListValidation(Array(repeating: "長い選択肢の名前", count: 40), range: CellRange("A1")!) }
            }
        }
    }

    @Test func reportsAPaneSettingMadeAfterRowsLeftTheBuffer() {
        #expect(throws: XLSXWriteError.settingAfterRows(sheet: "S", setting: "freezePanes")) {
            try write { book in
                try book.addSheet(named: "S") { sheet in
                    for i in 0..<30_000 { try sheet.append([.number(Double(i)), "text that fills the buffer"]) }
                    sheet.freezePanes(rows: 1)
                    try sheet.append(["after"])
                }
            }
        }
    }

    @Test func neverReplacesAnExistingFileUnlessAskedAndLeavesNothingOnFailure() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("out.xlsx")
        try Data("keep me".utf8).write(to: url)
        #expect(throws: XLSXWriteError.outputExists(path: url.path)) {
            try WorkbookWriter.write(to: url) { try $0.addSheet(named: "S") { _ in } }
        }
        #expect(try Data(contentsOf: url) == Data("keep me".utf8))

        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try WorkbookWriter.write(to: url, options: .init(replaceExisting: true)) { book in
                try book.addSheet(named: "S") { try $0.append(["half"]) }
                throw Interrupted()
            }
        }
        #expect(try Data(contentsOf: url) == Data("keep me".utf8))
        // Failing mid-sheet, with blocks still being compressed in the background.
        #expect(throws: Interrupted.self) {
            try WorkbookWriter.write(to: url, options: .init(replaceExisting: true)) { book in
                try book.addSheet(named: "S") { sheet in
                    for i in 0..<50_000 { try sheet.append([.number(Double(i)), "row"]) }
                    throw Interrupted()
                }
            }
        }
        #expect(try Data(contentsOf: url) == Data("keep me".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.xlsx"])

        try WorkbookWriter.write(to: url, options: .init(replaceExisting: true)) { try $0.addSheet(named: "S") { try $0.append(["new"]) } }
        #expect(try WriterTestSupport.openpyxlCells(url)["S"] == [["s:new"]])
    }

    @Test func writesNonFiniteNumbersAsTheNumErrorInsteadOfInvalidXML() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("nan.xlsx")
        try WorkbookWriter.write(to: url) { try $0.addSheet(named: "S") { try $0.append([.number(.nan), .number(.infinity), 1]) } }
        #expect(try WriterTestSupport.openpyxlCells(url)["S"] == [["e:#NUM!", "e:#NUM!", "n:1.0"]])
    }
}
