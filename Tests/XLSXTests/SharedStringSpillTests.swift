import Foundation
import Testing
@testable import XLSX

/// A shared-string table past its memory budget spills to unlinked temporary files and reads
/// back exactly what the in-memory table holds, in any order; the files never show in the
/// folder and their descriptors close with the table on every way out.
@Suite struct SharedStringSpillTests {
    /// A fresh folder for one test's spill files.
    static func spillFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// How many of this process's open descriptors are files in `folder` (Linux: /proc/self/fd).
    static func descriptors(into folder: String) -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return entries.filter { entry in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(entry)") else { return false }
            return target.hasPrefix(folder + "/")
        }.count
    }

    /// Empty strings, ASCII, Japanese, and a few longer than a read window (64 KiB).
    static let texts: [String] = (0..<3000).map { index in
        if index % 7 == 0 { return "" }
        if index % 997 == 5 { return String(repeating: "長い文字列\(index)", count: 6000) }
        return index % 2 == 0 ? "行財政改革の推進（第\(index)号）" : "CODE-\(index)-\(index * 7919 % 4093)"
    }

    static func arena(_ texts: [String], budget: Int, folder: String?) throws -> SharedStringArena {
        var arena = SharedStringArena(residentBudget: budget, spillDirectory: folder)
        for text in texts {
            #expect(try Array(text.utf8).withUnsafeBufferPointer { try arena.append($0) })
        }
        try arena.finishAppending()
        return arena
    }

    static func bytes(of arena: SharedStringArena, at index: Int) throws -> [UInt8] {
        try arena.bytes.withUnsafeBufferPointer { Array(try arena.text(at: index, resident: $0)) }
    }

    @Test func stringsPastTheBudgetReadBackExactlyAsInMemoryInAnyOrder() throws {
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inMemory = try Self.arena(Self.texts, budget: .max, folder: nil)
        let spilled = try Self.arena(Self.texts, budget: 4096, folder: folder)
        #expect(!inMemory.hasSpilled)
        #expect(spilled.hasSpilled)
        // Strings 0 to 4 fit the budget; string 5 is 114 KB, so it and every later one spill.
        #expect(spilled.residentCount == 5)
        #expect(spilled.count == Self.texts.count)
        let count = Self.texts.count
        let inOrder = Array(0..<count)
        let scattered = (0..<count).map { $0 * 7919 % count }
        for order in [inOrder, scattered, inOrder.reversed()] {
            for index in order {
                let expected = Array(Self.texts[index].utf8)
                #expect(try Self.bytes(of: spilled, at: index) == expected, "string \(index)")
                #expect(try Self.bytes(of: inMemory, at: index) == expected, "string \(index)")
            }
        }
        #expect(try spilled.strings == Self.texts)
    }

    @Test func aTableOfEmptyStringsSpillsWholeAndReadsBackEmpty() throws {
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let texts = ["", "", "a", "", "漢字", ""]
        let spilled = try Self.arena(texts, budget: 0, folder: folder)
        #expect(spilled.residentCount == 0)
        #expect(try spilled.strings == texts)
        #expect(try spilled.string(at: 0) == "")
        #expect(try spilled.string(at: 5) == "")
    }

    @Test func aRangeAcrossAWindowEdgeIsReadWholeAndStaleWindowsAreNeverServed() throws {
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try SpillFile(directory: folder, prefix: "edge", windowSize: 16, jumpSize: 4, windowCount: 2, writeBufferSize: 16)
        let content = (0..<200).map { UInt8($0) }
        // Pieces of 7 bytes cross the write buffer's end; one of 40 is written past the buffer.
        var offset = 0
        for size in [7, 7, 40] + Array(repeating: 7, count: 20) + [6] {
            try content[offset..<(offset + size)].withUnsafeBufferPointer { try file.append($0) }
            offset += size
        }
        #expect(offset == 200 && file.count == 200)
        try file.finishWriting()
        func read(_ start: Int, _ count: Int) throws -> [UInt8] { Array(try file.bytes(at: start, count: count)) }
        #expect(try read(10, 20) == Array(content[10..<30]))
        #expect(try read(0, 200) == content)
        #expect(try read(199, 1) == [199])
        #expect(try read(100, 16) == Array(content[100..<116]))
        #expect(try read(3, 1) == [3])
        #expect(try read(200, 0) == [])
        #expect(throws: SpillFile.Failure.self) { try file.bytes(at: 150, count: 60) }
        #expect(throws: SpillFile.Failure.self) { try file.bytes(at: -1, count: 2) }
        #expect(try read(5, 3) == [5, 6, 7])
        // Jumps read 4-byte blocks; a range longer than a block is still read whole.
        #expect(try read(150, 2) == [150, 151])
        #expect(try read(60, 11) == Array(content[60..<71]))
        #expect(try read(152, 1) == [152])
        // Written once: the write buffer is gone once reading starts.
        #expect(throws: SpillFile.Failure.self) { try [UInt8(1)].withUnsafeBufferPointer { try file.append($0) } }
    }

    @Test func theTemporaryFilesNeverShowAndCloseWithTheTable() throws {
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let spilled = try Self.arena(Self.texts, budget: 0, folder: folder)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
            #expect(Self.descriptors(into: folder) == 2)
            #expect(try spilled.string(at: 1) == Self.texts[1])
        }
        #expect(Self.descriptors(into: folder) == 0)
    }

    /// A workbook with these shared strings and one sheet of `rows` (cell XML).
    static func book(strings: [String], rows: String, name: String = "spill.xlsx") throws -> Workbook {
        let items = strings.map {
            "<t xml:space=\"preserve\">\($0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</t>"
        }
        return try Workbook(
            data: ReaderFixtures.workbook(ReaderFixtures.sheet(rows), sharedStrings: ReaderFixtures.sharedStrings(items)), name: name)
    }

    @Test func aTableThatFailsToParseLeavesNoFileOpen() throws {
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = ReaderFixtures.sharedStrings(Self.texts.map { "<t>\($0)</t>" }).replacingOccurrences(of: "</sst>", with: "<si><t>x</sst>")
        for choice in [SheetParserChoice.scanner, .libxml2] {
            let book = try Workbook(data: ReaderFixtures.workbook(ReaderFixtures.sheet(""), sharedStrings: broken), name: "broken.xlsx")
            book.sheetParserChoice = choice
            book.sharedStringBudget = 0
            book.spillDirectory = folder
            #expect(throws: XLSXError.self) { try book.sharedStrings() }
            #expect(Self.descriptors(into: folder) == 0, "\(choice)")
        }
    }

    @Test func aSheetLeftEarlyByItsCallerClosesTheFilesWithTheWorkbook() throws {
        struct Stop: Error {}
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rows = (1...50).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"s\"><v>\($0)</v></c></row>" }.joined()
        do {
            let book = try Self.book(strings: Self.texts, rows: rows)
            book.sharedStringBudget = 0
            book.spillDirectory = folder
            var seen = 0
            #expect(throws: Stop.self) {
                try book.forEachRow(in: book.sheets[0]) { _ in
                    seen += 1
                    if seen == 3 { throw Stop() }
                }
            }
            #expect(Self.descriptors(into: folder) == 2)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        }
        #expect(Self.descriptors(into: folder) == 0)
    }

    /// What one reading of a sheet gives: its CSV and JSON Lines exports, its rows and its grid.
    struct Reading: Equatable {
        var csv: [UInt8] = []
        var jsonLines: [UInt8] = []
        var rows: [Row] = []
        var grid: SheetGrid
    }

    /// The sheet read with the table kept in `budget` bytes.
    static func reading(of book: () throws -> Workbook, budget: Int, folder: String, choice: SheetParserChoice) throws -> Reading {
        let workbook = try book()
        workbook.sharedStringBudget = budget
        workbook.spillDirectory = folder
        workbook.sheetParserChoice = choice
        let sheet = workbook.sheets[0]
        var reading = Reading(grid: try workbook.grid(of: sheet))
        var csv = CSVRowEncoder(), jsonl = JSONLinesRowEncoder()
        try SheetExporter.export(sheet, of: workbook, encoder: &csv) { reading.csv.append(contentsOf: $0) }
        try SheetExporter.export(sheet, of: workbook, encoder: &jsonl) { reading.jsonLines.append(contentsOf: $0) }
        try workbook.forEachRow(in: sheet) { reading.rows.append($0) }
        return reading
    }

    @Test func aWorkbookPastTheBudgetReadsTheSameAsInMemoryWithBothParsers() throws {
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let count = Self.texts.count
        // Columns: new strings in first-use order, a few repeated ones, backwards, scattered, inline text.
        let rows = (0..<1000).map { row in
            let refs = [row * 3, row % 13, count - 1 - row, row * 7919 % count]
            let cells = refs.enumerated().map { "<c r=\"\(["A", "B", "C", "D"][$0.offset])\(row + 1)\" t=\"s\"><v>\($0.element)</v></c>" }
            return "<row r=\"\(row + 1)\">" + cells.joined() + "<c r=\"E\(row + 1)\" t=\"inlineStr\"><is><t>inline \(row)</t></is></c></row>"
        }.joined()
        let make = { try Self.book(strings: Self.texts, rows: rows) }
        for choice in [SheetParserChoice.scanner, .libxml2] {
            let reference = try Self.reading(of: make, budget: .max, folder: folder, choice: choice)
            #expect(reference.rows.count == 1000)
            #expect(reference.rows[1][2] == .string(Self.texts[2998]))
            for budget in [0, 1, 5000] {
                let spilled = try Self.reading(of: make, budget: budget, folder: folder, choice: choice)
                #expect(spilled == reference, "budget \(budget), \(choice)")
            }
        }
    }

    @Test func everyRepositoryWorkbookExportsTheSameBytesWithEveryStringSpilled() throws {
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var compared = 0
        for file in RawRowExportTests.workbooks {
            guard let reference = try? Workbook(contentsOf: file), !(try reference.sharedStrings()).isEmpty else { continue }
            let spilled = try Workbook(contentsOf: file)
            spilled.sharedStringBudget = 0
            spilled.spillDirectory = folder
            for sheet in reference.sheets where sheet.kind == .worksheet {
                var first = CSVRowEncoder(), second = CSVRowEncoder()
                var expected: [UInt8] = [], actual: [UInt8] = []
                guard (try? SheetExporter.export(sheet, of: reference, encoder: &first) { expected.append(contentsOf: $0) }) != nil else { continue }
                try SheetExporter.export(sheet, of: spilled, encoder: &second) { actual.append(contentsOf: $0) }
                #expect(actual == expected, "\(file.lastPathComponent) \(sheet.name)")
                compared += 1
            }
        }
        #expect(compared >= 10)
    }

    @Test func aTableThatCannotBeSpilledIsRefusedNamingTheWorkbookTheTableAndTheFolder() throws {
        let book = try Self.book(strings: ["a", "b"], rows: "", name: "大きな表.xlsx")
        book.sharedStringBudget = 0
        book.spillDirectory = "/nonexistent-plansheet-folder"
        let expected = XLSXError.temporaryFileFailed(
            file: "大きな表.xlsx", part: "xl/sharedStrings.xml", directory: "/nonexistent-plansheet-folder",
            reason: "cannot create a temporary file: No such file or directory")
        #expect(throws: expected) { try book.sharedStrings() }
        #expect(
            expected.description
                == "大きな表.xlsx: part xl/sharedStrings.xml is too large to hold in memory and cannot be kept in a temporary file in "
                + "/nonexistent-plansheet-folder: cannot create a temporary file: No such file or directory "
                + "(set TMPDIR to a writable folder with free space)")
    }
}
