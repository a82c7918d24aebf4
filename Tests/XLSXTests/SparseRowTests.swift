import Foundation
import Testing
import XLSX

/// Rows cost what their cells cost: a value in column XFD is one stored value, and lookups,
/// equality and edits read the same whether a row is stored densely or sparsely.
@Suite struct SparseRowTests {
    @Test func aRowWithOneValueInColumnXFDStoresOneValueAndReadsLikeTheFullRow() {
        let row = SparseRow<CellValue>(entries: [(0, "取組"), (16_383, "x")])
        #expect(row.count == 16_384)
        #expect(row.entryCount == 2)
        #expect(row[0] == "取組")
        #expect(row[16_383] == "x")
        #expect(row[5] == .empty)
        #expect(row[16_384] == .empty)
        #expect(row[-1] == .empty)
        #expect(row.entries.map(\.column) == [0, 16_383])
    }

    @Test func denseAndSparseRowsWithTheSameValuesAreEqualAndHashAlike() {
        var values = [CellValue](repeating: .empty, count: 40)
        values[3] = 7
        values[39] = "end"
        let fromArray = SparseRow(values)
        let fromEntries = SparseRow<CellValue>(entries: [(39, "end"), (3, 7)])
        #expect(fromArray == fromEntries)
        #expect(Set([fromArray, fromEntries]).count == 1)
        #expect(Array(fromArray) == values)
        #expect(SparseRow<CellValue>([1, 2, .empty, .empty]) == [1, 2])
    }

    @Test func entriesGivenOutOfOrderAreSortedAndTheLaterOfTwoForOneColumnWins() {
        let row = SparseRow<CellValue>(entries: [(900, "b"), (2, "a"), (900, "c"), (5, .empty)])
        #expect(row.entries.map(\.column) == [2, 900])
        #expect(row[900] == "c")
        #expect(row.entryCount == 2)
    }

    @Test func settingValuesGrowsShrinksAndSwitchesStorageWithoutChangingWhatIsRead() {
        var row: SparseRow<CellValue> = [1, 2, 3]
        row[10_000] = "far"
        #expect(row.count == 10_001)
        #expect(row.entryCount == 4)
        #expect(row[1] == 2)
        row[10_000] = .empty
        #expect(row.count == 3)
        #expect(row == [1, 2, 3])
        row[1] = .empty
        #expect(row == [1, .empty, 3])
        row[2] = .empty
        row[0] = .empty
        #expect(row.isEmpty)
        #expect(row.entryCount == 0)
    }

    @Test func mappingValuesDropsTheOnesThatBecomeBlank() {
        let row = SparseRow<CellValue>(entries: [(1, "  "), (8_000, " a ")])
        let texts = row.mapValues { value -> String in
            guard case .string(let text) = value else { return "" }
            return text.trimmingCharacters(in: .whitespaces)
        }
        #expect(texts.entries.map(\.column) == [8_000])
        #expect(texts[8_000] == "a")
        #expect(texts.entryCount == 1)
    }

    @Test func aSheetWithOneCellInColumnXFDOfEveryRowReadsIntoAGridOfTwoValuesARow() throws {
        let rows = (1...2_000).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c><c r="XFD\#($0)"><v>1</v></c></row>"# }
        let book = try Workbook(data: ReaderFixtures.workbook(ReaderFixtures.sheet(rows.joined())), name: "xfd.xlsx")
        let grid = try book.grid(of: book.sheets[0])
        #expect(grid.rows.count == 2_000)
        #expect(grid.rows.allSatisfy { $0.entryCount == 2 && $0.count == 16_384 })
        #expect(grid.occupiedColumns == [0, 16_383])
        #expect(grid[CellReference(row: 2_000, column: 16_383)] == 1)
    }
}
