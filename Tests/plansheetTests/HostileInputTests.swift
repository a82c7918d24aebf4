import Foundation
import Testing
import TestSupport

/// Department files are untrusted: every hostile input below must end in exit code 2
/// and one message that names the file and the problem (in Japanese and English),
/// within 200 MB of memory and without hanging (a run still going after the timeout is
/// killed and fails the test).
@Suite struct HostileInputTests {
    static let memoryCeiling = 200 << 20

    /// A fresh folder for one test's files.
    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `bytes` as `name` and converts it to CSV on standard output.
    private func convert(_ bytes: [UInt8], named name: String, options: [String] = []) throws -> (run: MeasuredRun, path: String) {
        let path = try scratchFolder().appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let run = try runPlansheetMeasured(["convert", path, "--to", "csv"] + options)
        return (run, path)
    }

    /// Checks the run failed cleanly: exit 2, nothing on standard output, one line naming
    /// the file with every expected phrase, bounded memory, no timeout.
    private func expectRefusal(
        _ result: (run: MeasuredRun, path: String), saying phrases: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let run = result.run
        #expect(!run.timedOut, "killed at the timeout", sourceLocation: sourceLocation)
        #expect(run.status == 2, "exit \(run.status): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("plansheet: \(result.path): "), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)", sourceLocation: sourceLocation)
        for phrase in phrases {
            #expect(run.stderr.contains(phrase), "\(phrase) missing from: \(run.stderr)", sourceLocation: sourceLocation)
        }
        #expect(run.peakMemory < Self.memoryCeiling, "peak \(run.peakMemory >> 20) MB", sourceLocation: sourceLocation)
    }

    private func workbookBytes(_ zip: HostileZip) -> [UInt8] { zip.bytes }

    @Test func refusesATruncatedWorkbook() throws {
        let whole = HostileZip.workbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></c></row>"#).bytes
        let result = try convert(Array(whole.prefix(whole.count / 2)), named: "truncated.xlsx")
        expectRefusal(result, saying: ["途中で切れています", "truncated"])
    }

    @Test func refusesAPartWhoseCRCDoesNotMatch() throws {
        var zip = HostileZip.workbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></c></row>"#)
        let sheet = try #require(zip.index(of: "xl/worksheets/sheet1.xml"))
        zip.entries[sheet].crcXor = 0xDEAD_BEEF
        expectRefusal(
            try convert(zip.bytes, named: "crc.xlsx"),
            saying: ["壊れています", "xl/worksheets/sheet1.xml", "CRC-32"])
    }

    @Test func refusesAZipBombByItsCompressionRatioBeforeInflating() throws {
        // 100 MiB of spaces deflate about 1000:1; no real sheet passes 121:1.
        let bomb = "<worksheet><sheetData>" + String(repeating: " ", count: 100 << 20) + "</sheetData></worksheet>"
        let zip = HostileZip.workbook(sheetXML: bomb)
        expectRefusal(
            try convert(zip.bytes, named: "bomb.xlsx"),
            saying: ["上限", "xl/worksheets/sheet1.xml", "compression ratio above 500:1"])
    }

    @Test func streamsAnInflatingBombInBoundedMemoryWhenTheRatioLimitIsRaised() throws {
        let bomb =
            "<worksheet><sheetData>" + String(repeating: " ", count: 64 << 20)
            + #"<row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>"#
        let result = try convert(HostileZip.workbook(sheetXML: bomb).bytes, named: "bomb.xlsx", options: ["--max-ratio", "5000"])
        #expect(result.run.status == 0, "\(result.run.stderr)")
        #expect(String(decoding: result.run.stdout, as: UTF8.self) == "\r\n,7\r\n")
        #expect(result.run.peakMemory < Self.memoryCeiling, "peak \(result.run.peakMemory >> 20) MB")
    }

    @Test func stopsAZipBombThatLiesAboutItsSizeAtTheDeclaredSize() throws {
        var zip = HostileZip.workbook(sheetXML: "<worksheet><sheetData>" + String(repeating: " ", count: 64 << 20) + "</sheetData></worksheet>")
        let sheet = try #require(zip.index(of: "xl/worksheets/sheet1.xml"))
        zip.entries[sheet].declaredSize = 4096
        expectRefusal(
            try convert(zip.bytes, named: "liar.xlsx"),
            saying: ["壊れています", "xl/worksheets/sheet1.xml", "inflates past its declared size of 4096 bytes"])
    }

    @Test func neverExpandsABillionLaughsEntityTable() throws {
        var entities = #"<!ENTITY lol0 "lollollollollollollollollollol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let strings = #"<?xml version="1.0"?><!DOCTYPE sst ["# + entities + #"]><sst><si><t>&lol9;</t></si></sst>"#
        var zip = HostileZip.workbook(sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: "")
        let part = try #require(zip.index(of: "xl/sharedStrings.xml"))
        zip.entries[part].contents = Array(strings.utf8)
        expectRefusal(
            try convert(zip.bytes, named: "laughs.xlsx"),
            saying: ["XML として正しくありません", "xl/sharedStrings.xml", "DTD"])
    }

    @Test func neverReadsALocalFileThroughAnExternalEntity() throws {
        let sheet =
            #"<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>"#
            + #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>"#
        let result = try convert(HostileZip.workbook(sheetXML: sheet).bytes, named: "xxe.xlsx")
        expectRefusal(result, saying: ["xl/worksheets/sheet1.xml", "DTD"])
        let passwd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        let firstLine = try #require(passwd.split(separator: "\n").first.map(String.init))
        #expect(!String(decoding: result.run.stdout, as: UTF8.self).contains(firstLine))
        #expect(!result.run.stderr.contains(firstLine))
    }

    /// The start of an OLE2 compound file whose directory names `streams` (UTF-16LE, NUL-terminated).
    static func ole2File(streams: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        for stream in streams {
            var entry = (stream + "\0").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            entry += [UInt8](repeating: 0, count: 128 - entry.count)
            bytes += entry
        }
        return bytes
    }

    @Test func saysAPasswordProtectedWorkbookIsPasswordProtected() throws {
        let result = try convert(Self.ole2File(streams: ["Root Entry", "EncryptionInfo", "EncryptedPackage"]), named: "申請書.xlsx")
        expectRefusal(result, saying: ["パスワードで保護されたファイルです", "the file is password-protected"])
    }

    @Test func saysWhichStructureOfABrokenXlsIsCorrupt() throws {
        // .xls files are read now (Docs/LEGACY.md); one whose compound-file header is broken says so.
        let result = try convert(Self.ole2File(streams: ["Root Entry", "Workbook", "\u{5}SummaryInformation"]), named: "old.xlsx")
        expectRefusal(result, saying: ["壊れています（compound file header）", "not a valid compound file"])
    }

    @Test func refusesEncryptedEntries() throws {
        var zip = HostileZip.workbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></c></row>"#)
        let sheet = try #require(zip.index(of: "xl/worksheets/sheet1.xml"))
        zip.entries[sheet].encrypted = true
        expectRefusal(
            try convert(zip.bytes, named: "zipcrypto.xlsx"),
            saying: ["暗号化", "xl/worksheets/sheet1.xml", "is encrypted"])
    }

    @Test func refusesInvalidUTF8() throws {
        var zip = HostileZip.workbook(sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: "")
        let part = try #require(zip.index(of: "xl/sharedStrings.xml"))
        zip.entries[part].contents =
            Array(#"<?xml version="1.0" encoding="UTF-8"?><sst><si><t>"#.utf8)
            + [0xE6, 0x97, 0xFF, 0xC0, 0x80] + Array("</t></si></sst>".utf8)
        expectRefusal(
            try convert(zip.bytes, named: "utf8.xlsx"),
            saying: ["XML として正しくありません", "xl/sharedStrings.xml", "UTF-8"])
    }

    @Test func namesTheCellOfASharedStringIndexOutOfRange() throws {
        let zip = HostileZip.workbook(
            sheetData: #"<row r="7"><c r="F7" t="s"><v>5</v></c></row>"#,
            sharedStrings: "<si><t>目標</t></si>")
        expectRefusal(
            try convert(zip.bytes, named: "index.xlsx"),
            saying: ["セル F7 を読めません", "cell F7", "shared string index 5 is out of range (the workbook has 1)"])
    }

    @Test func namesAMissingSheetPart() throws {
        var zip = HostileZip.workbook(sheetData: "")
        zip.entries.removeAll { $0.name == "xl/worksheets/sheet1.xml" }
        expectRefusal(
            try convert(zip.bytes, named: "missing.xlsx"),
            saying: ["必要な部品 xl/worksheets/sheet1.xml がありません", "is missing"])
    }

    @Test func ignoresAHugeDimensionAndAllocatesNothingForIt() throws {
        let sheet = #"<worksheet><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#
        let result = try convert(HostileZip.workbook(sheetXML: sheet).bytes, named: "dimension.xlsx")
        #expect(result.run.status == 0, "\(result.run.stderr)")
        #expect(String(decoding: result.run.stdout, as: UTF8.self) == "1\r\n")
        #expect(result.run.peakMemory < Self.memoryCeiling)
    }

    /// Found by the `parts` fuzzer: a date-formatted 1e308 crashed the export (Double to Int overflow).
    @Test func convertsDateAndTimeCellsBeyondExcelsLastDateAsNumbers() throws {
        let zip = HostileZip.workbook(
            sheetData: #"<row r="1"><c r="A1" s="1"><v>1e308</v></c><c r="B1" s="2"><v>1e300</v></c>"#
                + #"<c r="C1" s="1"><v>2958465.5</v></c><c r="D1" s="2"><v>-1e20</v></c></row>"#,
            styles: #"<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="46"/></cellXfs>"#)
        let result = try convert(zip.bytes, named: "dates.xlsx")
        #expect(result.run.status == 0, "\(result.run.stderr)")
        #expect(String(decoding: result.run.stdout, as: UTF8.self) == "1e+308,1e+300,9999-12-31T12:00:00,-1e+20\r\n")
    }

    @Test func refusesARowBeyondExcelsLastRow() throws {
        let zip = HostileZip.workbook(sheetData: #"<row r="1048577"><c r="A1048577"><v>1</v></c></row>"#)
        expectRefusal(
            try convert(zip.bytes, named: "rows.xlsx"),
            saying: ["上限", "row number 1048577 is outside 1…1048576"])
    }

    @Test func refusesACellBeyondExcelsLastColumn() throws {
        let zip = HostileZip.workbook(sheetData: #"<row r="1"><c r="XFE1"><v>1</v></c></row>"#)
        expectRefusal(
            try convert(zip.bytes, named: "columns.xlsx"),
            saying: ["上限", "row 1 has a cell in column 16385, beyond 16384"])
    }

    @Test func stopsTwoHundredThousandDeepNestingAtTheDepthLimit() throws {
        let depth = 200_000
        let sheet = "<worksheet>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</worksheet>"
        expectRefusal(
            try convert(HostileZip.workbook(sheetXML: sheet).bytes, named: "deep.xlsx"),
            saying: ["上限", "xl/worksheets/sheet1.xml", "elements nested deeper than 128 levels"])
    }

    /// Converts a CSV (or, with `fileExtension`, JSON Lines) file to a workbook in the scratch folder.
    private func convertCSV(_ bytes: [UInt8], fileExtension: String = "csv", options: [String] = []) throws -> (run: MeasuredRun, path: String) {
        let folder = try scratchFolder()
        let path = folder.appendingPathComponent("提出.\(fileExtension)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let run = try runPlansheetMeasured(["convert", path, "--to", "xlsx", "-o", folder.appendingPathComponent("out.xlsx").path] + options)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.xlsx").path))
        return (run, path)
    }

    /// CLI errors for CSV name the file by its path, then the line.
    private func expectCSVRefusal(
        _ result: (run: MeasuredRun, path: String), saying phrases: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!result.run.timedOut, sourceLocation: sourceLocation)
        #expect(result.run.status == 2, "exit \(result.run.status): \(result.run.stderr)", sourceLocation: sourceLocation)
        #expect(result.run.stderr.hasPrefix("plansheet: \(result.path) "), "\(result.run.stderr)", sourceLocation: sourceLocation)
        for phrase in phrases {
            #expect(result.run.stderr.contains(phrase), "\(phrase) missing from: \(result.run.stderr)", sourceLocation: sourceLocation)
        }
        #expect(result.run.peakMemory < Self.memoryCeiling, "peak \(result.run.peakMemory >> 20) MB", sourceLocation: sourceLocation)
    }

    @Test func stopsAnUnclosedCSVQuoteThatSwallowsTheFileAtTheStringLimit() throws {
        let csv = Array("取組,目標\r\nRPA,\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 40 << 20)
        expectCSVRefusal(try convertCSV(csv), saying: ["2 行目: 安全のための上限を超えました", "a field longer than 33554432 bytes"])
    }

    @Test func stopsACSVRecordOfMillionsOfFieldsAtTheCellsPerRowLimit() throws {
        let csv = [UInt8](repeating: UInt8(ascii: ","), count: 2_000_000) + [10]
        expectCSVRefusal(try convertCSV(csv), saying: ["1 行目", "more than 16384 fields in one record"])
    }

    @Test func stopsAJSONLinesFileWithoutLineBreaksAtTheStringLimit() throws {
        // Once quadratic (each 1 MiB chunk rescanned the whole carried line): 60 MB took minutes.
        let jsonl = Array("[\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 40 << 20)
        expectCSVRefusal(
            try convertCSV(jsonl, fileExtension: "jsonl"),
            saying: ["1 行目: 安全のための上限を超えました", "a line longer than 33554432 bytes"])
    }

    @Test func bulkConversionGoesOnPastEveryHostileFileInBoundedMemory() throws {
        let root = try scratchFolder()
        let input = root.appendingPathComponent("提出"), output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("総務課"), withIntermediateDirectories: true)
        func save(_ bytes: [UInt8], _ name: String) throws { try Data(bytes).write(to: input.appendingPathComponent(name)) }
        try save(HostileZip.workbook(sheetData: #"<row r="1"><c r="A1" t="inlineStr"><is><t>取組</t></is></c><c r="B1"><v>50</v></c></row>"#).bytes, "a.xlsx")
        try save(Array("取組,目標\r\nRPA,50\r\n".utf8), "総務課/b.csv")
        let bomb = "<worksheet><sheetData>" + String(repeating: " ", count: 100 << 20) + "</sheetData></worksheet>"
        try save(HostileZip.workbook(sheetXML: bomb).bytes, "bomb.xlsx")
        try save(Self.ole2File(streams: ["Root Entry", "EncryptionInfo", "EncryptedPackage"]), "総務課/password.xlsx")
        let deep = "<worksheet>" + String(repeating: "<a>", count: 200_000) + String(repeating: "</a>", count: 200_000) + "</worksheet>"
        try save(HostileZip.workbook(sheetXML: deep).bytes, "deep.xlsx")
        try save(Array("a,\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 40 << 20), "総務課/quote.csv")

        let run = try runPlansheetMeasured(["convert", input.path, "--to", "xlsx", "-o", output.path])
        #expect(!run.timedOut)
        #expect(run.status == 1, "some inputs failed: \(run.stderr)")
        #expect(
            try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".xlsx") }.sorted()
                == ["a.xlsx", "総務課/b.xlsx"])
        for (file, phrase) in [
            ("bomb.xlsx", "compression ratio above 500:1"), ("総務課/password.xlsx", "password-protected"),
            ("deep.xlsx", "nested deeper than 128 levels"), ("総務課/quote.csv", "a field longer than 33554432 bytes"),
        ] {
            let line = run.stderr.split(separator: "\n").first { $0.contains(file) }
            #expect(line?.contains(phrase) == true, "\(file): \(run.stderr)")
        }
        #expect(run.stderr.contains("converted 2 files, 4 failed"))
        #expect(run.peakMemory < Self.memoryCeiling, "peak \(run.peakMemory >> 20) MB")
    }

    /// The shared corpus's `malformed/` folder.
    private func malformedCorpus() throws -> URL { try CorpusFixtures.file("malformed") }

    /// What each file of the malformed corpus (MALFORMED.tsv) must be reported as.
    static let malformedExpectations: [String: [String]] = [
        "poi__xlsx-corrupted.xlsx": ["_rels/.rels", "XML として正しくありません", "malformed XML"],
        "exceljs__invalid-xml.xlsx": ["xl/worksheets/sheet1.xml", "malformed XML"],
        "poi__poc-xmlbomb.xlsx": ["xl/sharedStrings.xml", "DTD"],
        "poi__poc-shared-strings.xlsx": ["xl/worksheets/sheet1.xml", "row number 0"],
        "poi__clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx": ["_rels/.rels", "CRC-32"],
        "poi__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx": ["途中で切れています", "truncated"],
        "calamine__issue252.xlsx": ["壊れています", "xl/_rels/workbook.xml.rels"],
        "exceljs__missing-bits.xlsx": ["必要な部品", "no workbook in the package"],
        "tealeg__badfile_noWorkbookRels.xlsx": ["xl/_rels/workbook.xml.rels", "is missing"],
        "tealeg__badfile_noWorksheets.xlsx": ["xl/worksheets/sheet1.xml", "is missing"],
        "python-calamine__empty_file.xlsx": ["XLSX ファイルではありません", "not an XLSX file"],
        "excelize__encryptAES.xlsx": ["パスワードで保護されたファイルです", "password-protected"],
    ]

    @Test(.needsSharedCorpus) func reportsEveryFileOfTheMalformedCorpusByNameAndProblem() throws {
        let folder = try malformedCorpus()
        let listed = try String(contentsOf: folder.appendingPathComponent("MALFORMED.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) }
        #expect(Set(listed) == Set(Self.malformedExpectations.keys))
        for name in listed {
            let path = folder.appendingPathComponent(name).path
            let run = try runPlansheetMeasured(["convert", path, "--to", "csv"])
            expectRefusal((run, path), saying: Self.malformedExpectations[name] ?? [])
        }
    }
}
