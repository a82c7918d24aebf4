import Foundation
import Testing
import XLSX

/// The library example of the README, run as written: what it promises must stay true.
@Suite struct ReadmeExampleTests {
    @Test func writesAWorkbookAndStreamsItBackAsTheReadmeShows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("取組一覧.xlsx")

        try WorkbookWriter.write(to: outURL) { book in
            try book.addSheet(named: "取組一覧") { sheet in
                sheet.freezePanes(rows: 1, columns: 0)
                try sheet.append(["取組項目", "目標", "実績"], style: .header)
                try sheet.append([.string("ＲＰＡ導入"), .number(50), .number(51)])
            }
        }

        let book = try Workbook(contentsOf: outURL)
        var rows: [[CellValue]] = []
        for sheet in book.sheets where sheet.state == .visible {
            try book.forEachRow(in: sheet) { row in
                rows.append([row[0], row[1], row[2]])
            }
        }
        #expect(rows == [["取組項目", "目標", "実績"], [.string("ＲＰＡ導入"), .number(50), .number(51)]])
    }
}
