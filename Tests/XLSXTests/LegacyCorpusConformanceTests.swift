import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Every cell of the real `.xls` and `.ods` files in `shared/corpus/legacy`, compared with
/// the expected values (python-calamine's, cross-checked with xlrd and odfpy), and the
/// malformed ones refused with a clear error. Skipped, with one line, when the corpus is absent.
@Suite(.needsSharedCorpus) struct LegacyCorpusConformanceTests {
    static func files(_ subfolder: String) -> [URL] {
        CorpusFixtures.files(in: "legacy/\(subfolder)", extensions: ["xls", "ods"])
    }

    /// Why a cell may differ from the expected value: decisions recorded in Docs/LEGACY.md.
    enum Decision: String {
        case eraYearIsADate = "format [$-411]e (Japanese era year) is a date, as Excel shows it (calamine gives the serial)"
        case zonedDateRead = "ODS date-time with a time zone read as the date-time it names"
        case before1900 = "ODS date before 1900-01-01, which an Excel serial cannot hold"
    }

    static func decision(ours: CellValue, expected: CorpusExpectedValue) -> Decision? {
        guard case .date(let date) = ours else { return nil }
        if case .number(let serial) = expected, serial == date.serial { return .eraYearIsADate }
        if case .string(let text) = expected, text.hasPrefix(date.isoString), text.count > date.isoString.count { return .zonedDateRead }
        if case .string(let text) = expected, text.hasPrefix("1899-") { return .before1900 }
        return nil
    }

    struct Tally {
        var decided: [Decision: Int] = [:]
        var cells = 0
        var equal = 0
        var perFile: [String: Int] = [:]
        var unexplained: [String] = []
        var unopened: [String] = []
    }

    @Test func readsEveryLegacyCorpusCellAsExpected() throws {
        let files = Self.files("real")
        #expect(files.count >= 80)
        var tally = Tally()
        for file in files {
            do { try compare(file, into: &tally) } catch { tally.unopened.append("\(file.lastPathComponent): \(error)") }
        }
        let percent = Double(tally.equal) / Double(max(tally.cells, 1)) * 100
        print(
            "Legacy corpus conformance: \(String(format: "%.3f", percent)) % of \(tally.cells) cells equal "
                + "in \(files.count - tally.unopened.count) of \(files.count) files (\(tally.decided.values.reduce(0, +)) by a recorded decision, \(tally.perFile.values.reduce(0, +)) unexplained)"
        )
        for (decision, count) in tally.decided { print("  \(count) cells: \(decision.rawValue)") }
        for (file, count) in tally.perFile.sorted(by: { $0.key < $1.key }) { print("    \(count) differ in \(file)") }
        for line in tally.unexplained { print("  differs: \(line)") }
        for line in tally.unopened { print("  not opened: \(line)") }
        #expect(tally.unopened.isEmpty)
        #expect(percent >= 99.9)
        #expect(tally.unexplained.isEmpty)
    }

    private func compare(_ file: URL, into tally: inout Tally) throws {
        let expectedFolder = try CorpusFixtures.file("legacy/expected").appendingPathComponent(file.lastPathComponent)
        try CorpusSheetComparison.compare(file, expectedFolder: expectedFolder, requireValues: false) { cell in
            tally.cells += 1
            if cell.matches {
                tally.equal += 1
            } else if let decision = Self.decision(ours: cell.ours, expected: cell.expected) {
                tally.decided[decision, default: 0] += 1
            } else {
                tally.perFile[cell.file, default: 0] += 1
                // A few examples per file, so one large file does not hide the others.
                if tally.perFile[cell.file, default: 0] <= 3 { tally.unexplained.append(cell.difference) }
            }
        }
    }

    @Test func refusesEveryMalformedLegacyFileWithAClearError() throws {
        let files = Self.files("malformed")
        #expect(files.count >= 15)
        for file in files {
            do {
                let book = try Workbook(contentsOf: file)
                for sheet in book.sheets { _ = try book.grid(of: sheet) }
                print("  opened: \(file.lastPathComponent) (\(book.sheets.count) sheets)")
                // Only the .xls saved under an .ods name is readable: it is told by content.
                #expect(file.lastPathComponent == "roo__type_excel.ods", "\(file.lastPathComponent) should be refused")
            } catch let error as XLSXError {
                print("  refused: \(error)")
                #expect(error.description.hasPrefix(file.path), "the message names the file")
            }
        }
    }
}
