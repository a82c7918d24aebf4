import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Every cell of every sheet of every real-world file in the shared corpus, compared
/// with the values python-calamine and openpyxl agree on (see Docs/CONFORMANCE.md for
/// where we follow Excel instead).
@Suite struct CorpusConformanceTests {
    /// Why a cell may differ from calamine's value: decisions recorded in Docs/CONFORMANCE.md.
    enum Decision: String, CaseIterable {
        case whitespaceKept = "leading/trailing whitespace kept (Excel shows it; calamine trims <t> without xml:space)"
        case negativeDateKept = "negative serial with a date format kept as a number (Excel shows ####, no date)"
        case zonedISODateRead = "t=\"d\" text with a time zone read as the date it names (calamine passes the text through)"
        case shortISODateRead = "t=\"d\" text without seconds read as the date-time it names, written with seconds (calamine passes the text through)"
        case day1904Kept = "serial below 1 in the 1904 date system is a time on 1904-01-01 (Excel shows that day; calamine a bare time of day)"
        case durationMicroseconds = "elapsed time kept to the microsecond the file stores (calamine rounds to the millisecond)"
    }

    struct Tally {
        var cells = 0
        var equal = 0
        var decided: [Decision: Int] = [:]
        var decidedPerFile: [String: Int] = [:]
        var unexplained: [String] = []
    }

    static func decision(ours: CellValue, expected: CorpusExpectedValue) -> Decision? {
        if case .string(let text) = ours, case .string(let wanted) = expected, text != wanted,
            text.filter({ !$0.isWhitespace }) == wanted.filter({ !$0.isWhitespace })
        {
            return .whitespaceKept
        }
        if case .number(let number) = ours, number < 0, case .string = expected { return .negativeDateKept }
        if case .date(let date) = ours, case .string(let wanted) = expected, wanted.hasSuffix("Z"),
            date.isoString.hasPrefix(String(wanted.dropLast()))
        {
            return .zonedISODateRead
        }
        if case .date(let date) = ours, case .string(let wanted) = expected, date.isoString == wanted + ":00" {
            return .shortISODateRead
        }
        if case .date(let date) = ours, case .string(let wanted) = expected, date.serial >= ExcelDate.offset1904,
            date.serial < ExcelDate.offset1904 + 1, date.isoString.hasPrefix("1904-01-01"),
            wanted.count == 8, date.isoString.hasSuffix(wanted) || (wanted == "00:00:00" && date.isoString == "1904-01-01")
        {
            return .day1904Kept
        }
        if case .duration(let days) = ours, case .string(let wanted) = expected,
            CellValueText.duration(days: (days * 86_400_000).rounded() / 86_400_000) == wanted
        {
            return .durationMicroseconds
        }
        return nil
    }

    /// The two corpora: the shared one (`real/`, `expected/`) and the second one in `extra/` (same layout).
    static let corpora: [(name: String, files: String, expected: String, least: Int)] = [
        ("real", "real", "expected", 68), ("extra", "extra/real", "extra/expected", 150),
    ]

    @Test(.needsSharedCorpus, arguments: corpora.map(\.name))
    func readsEveryCorpusCellAsExcelShowsIt(corpus: String) throws {
        let root = try #require(CorpusFixtures.root)
        let layout = try #require(Self.corpora.first { $0.name == corpus })
        let files = CorpusFixtures.files(in: layout.files)
        #expect(files.count >= layout.least, "the \(corpus) corpus lists fewer files than it should")
        var tally = Tally()
        for file in files { try compare(file, expected: root.appendingPathComponent(layout.expected), into: &tally) }
        let decided = tally.decided.values.reduce(0, +)
        let strict = Double(tally.equal) / Double(max(tally.cells, 1)) * 100
        // What Excel shows: calamine's values with the recorded decisions applied.
        let percent = Double(tally.equal + decided) / Double(max(tally.cells, 1)) * 100
        print(
            "Corpus conformance (\(corpus)): \(String(format: "%.3f", percent)) % of \(tally.cells) cells as Excel shows them "
                + "(\(String(format: "%.3f", strict)) % identical to python-calamine; \(decided) differ by a recorded decision, "
                + "\(tally.unexplained.count) unexplained)")
        for (decision, count) in tally.decided { print("  \(count) cells: \(decision.rawValue)") }
        for (file, count) in tally.decidedPerFile.sorted(by: { $0.key < $1.key }) { print("    \(count) in \(file)") }
        for line in tally.unexplained.prefix(60) { print("  unexplained: \(line)") }
        #expect(percent >= 99.9)
        #expect(tally.unexplained.isEmpty)
    }

    private func compare(_ file: URL, expected: URL, into tally: inout Tally) throws {
        try CorpusSheetComparison.compare(
            file, expectedFolder: expected.appendingPathComponent(file.lastPathComponent),
            requireValues: true
        ) { cell in
            tally.cells += 1
            if cell.matches {
                tally.equal += 1
            } else if let decision = Self.decision(ours: cell.ours, expected: cell.expected) {
                tally.decided[decision, default: 0] += 1
                tally.decidedPerFile["\(cell.file) (\(decision))", default: 0] += 1
            } else {
                tally.unexplained.append(cell.difference)
            }
        }
    }
}
