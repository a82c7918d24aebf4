import Foundation
import Testing
import TestSupport
import XLSX

/// The library example of the README, which is also the first tutorial and the first article of the
/// XLSX documentation (Sources/XLSX/XLSX.docc: Tutorials/ReadAndWriteAWorkbook.tutorial with its code
/// files in Resources/, and GettingStarted.md): compiled and run here as written, and every document
/// checked to show exactly this code, so none can rot.
@Suite struct ReadmeExampleTests {
    /// The example, between the markers character for character as the documents show it after
    /// their `import XLSX` line (indented by the eight spaces of this function's body). swift-format
    /// leaves it alone: its aligned comments are the documents' layout.
    // swift-format-ignore
    static func readmeExample(url: URL, outURL: URL) throws {
        // README example begins
        let book = try Workbook(contentsOf: url)                 // reads the package and shared strings only
        for sheet in book.sheets where sheet.state == .visible {
            try book.forEachRow(in: sheet) { row in               // streams: one row in memory
                print(row.number, row[0])                          // CellValue: .number, .string, .date, ...
            }
        }

        try WorkbookWriter.write(to: outURL) { book in           // temp file, renamed into place at the end
            try book.addSheet(named: "取組一覧") { sheet in
                sheet.freezePanes(rows: 1, columns: 0)
                try sheet.append(["取組項目", "目標", "実績"], style: .header)
                try sheet.append([.string("ＲＰＡ導入"), .number(50), .number(51)])
            }
        }
        // README example ends
    }

    /// The example's code as this file holds it, without the markers and the body's indentation.
    static func exampleSource() throws -> String {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// README example begins") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// README example ends") })
        return lines[(begin + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : $0 }
            .joined(separator: "\n")
    }

    /// The first ```swift block of a Markdown file that starts with `import XLSX`, without that line
    /// and the blank line after it.
    static func documentedExample(in file: URL) throws -> String {
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(
            lines.indices.first { lines[$0] == "```swift" && lines[$0 + 1] == "import XLSX" },
            "\(file.lastPathComponent) has no ```swift block starting with import XLSX")
        let close = try #require(lines[start...].firstIndex(of: "```"))
        var body = Array(lines[(start + 2)..<close])
        if body.first == "" { body.removeFirst() }
        return body.joined(separator: "\n")
    }

    @Test func theReadmeShowsExactlyTheTestedExample() throws {
        #expect(
            try Self.documentedExample(in: RepositoryFixtures.root.appendingPathComponent("README.md"))
                == Self.exampleSource())
    }

    @Test func theGettingStartedArticleShowsExactlyTheTestedExample() throws {
        let article = RepositoryFixtures.root.appendingPathComponent("Sources/XLSX/XLSX.docc/GettingStarted.md")
        #expect(try Self.documentedExample(in: article) == Self.exampleSource())
    }

    /// The code files of the DocC tutorial (Sources/XLSX/XLSX.docc/Resources), step by step.
    static func tutorialStep(_ number: Int) throws -> [String] {
        let file = RepositoryFixtures.root.appendingPathComponent("Sources/XLSX/XLSX.docc/Resources/readme-example-0\(number).swift")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test func theTutorialsLastStepIsExactlyTheTestedExample() throws {
        let last = try Self.tutorialStep(5)
        #expect(Array(last.prefix(2)) == ["import XLSX", ""])
        #expect(last.dropFirst(2).joined(separator: "\n") == (try Self.exampleSource()))
    }

    @Test func everyTutorialStepBuildsTowardTheTestedExample() throws {
        let last = try Self.tutorialStep(5)
        for number in 1...4 {
            // Each step's lines stand, in order, in the last step: a step only adds lines.
            var rest = last[...]
            for line in try Self.tutorialStep(number) {
                guard let found = rest.firstIndex(of: line) else {
                    Issue.record("step \(number): \"\(line)\" is not in the tested example, or out of order")
                    break
                }
                rest = rest[(found + 1)...]
            }
        }
    }

    @Test func theExampleReadsAWorkbookThenWritesOneThatReadsBackAsItSays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("取組一覧.xlsx")

        try Self.readmeExample(url: RepositoryFixtures.workbook("cell-types.xlsx"), outURL: outURL)

        let written = try Workbook(contentsOf: outURL)
        var rows: [[CellValue]] = []
        for sheet in written.sheets where sheet.state == .visible {
            try written.forEachRow(in: sheet) { row in
                rows.append([row[0], row[1], row[2]])
            }
        }
        #expect(written.sheets.map(\.name) == ["取組一覧"])
        #expect(rows == [["取組項目", "目標", "実績"], [.string("ＲＰＡ導入"), .number(50), .number(51)]])
    }
}
