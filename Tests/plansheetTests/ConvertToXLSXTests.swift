import Foundation
import Testing
import TestSupport
import XLSX

/// `plansheet convert --to xlsx` run as a user runs it: CSV, JSON Lines and workbooks in,
/// read back by PlanSheet's reader, openpyxl and xmllint.
@Suite struct ConvertToXLSXTests {
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("to-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A CSV as `--to csv` writes it (UTF-8, CRLF, quotes only where needed, no trailing empty fields).
    private let canonicalCSV = [
        "取組項目,目標,期限,コード,備考",
        "ＲＰＡ導入,50,2020-04-01,007,\"AI-OCR, RPA\"",
        "\"複数\r\n行の取組\",0.125,2021-03-31T09:30:00,,\"He said \"\"yes\"\"\"",
        "①㈱髙﨑,-1234567.5,2020-02-29,ID-001,_x0041_",
        "",
        "最終行,1e-05",
    ].map { $0 + "\r\n" }.joined()

    @Test func csvToXLSXToCSVIsIdentical() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("取組一覧.csv"), xlsx = folder.appendingPathComponent("out.xlsx")
        try Data(canonicalCSV.utf8).write(to: csv)
        let toXLSX = try runPlansheet(["convert", csv.path, "--to", "xlsx", "-o", xlsx.path])
        #expect(toXLSX.status == 0, "\(toXLSX.stderr)")
        let back = try runPlansheet(["convert", xlsx.path, "--to", "csv"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == canonicalCSV)
        let book = try Workbook(contentsOf: xlsx)
        #expect(book.sheets.map(\.name) == ["取組一覧"])
        var second: [CellValue] = []
        try book.forEachRow(in: book.sheets[0]) { row in if row.number == 2 { second = row.values } }
        #expect(second == [.string("ＲＰＡ導入"), .number(50), .date(ExcelDate(year: 2020, month: 4, day: 1)), .string("007"), .string("AI-OCR, RPA")])
    }

    @Test func cp932CSVAsJapaneseExcelSavesItConvertsLikeItsUTF8Twin() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "取組,状況,件数\r\n①㈱髙﨑,順調,\"1,234\"\r\n"
        let python = try runTool(
            "/usr/bin/env", ["python3", "-c", "import sys; sys.stdout.buffer.write(sys.stdin.read().encode('cp932'))"],
            stdin: Data(text.utf8))
        let cp932 = folder.appendingPathComponent("sjis.csv"), utf8 = folder.appendingPathComponent("utf8.csv")
        try python.write(to: cp932)
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8)).write(to: utf8)
        for (input, extra) in [(cp932, [String]()), (cp932, ["--encoding", "cp932"]), (utf8, [])] {
            let out = folder.appendingPathComponent(UUID().uuidString + ".xlsx")
            let result = try runPlansheet(["convert", input.path, "--to", "xlsx", "-o", out.path] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try runPlansheet(["convert", out.path, "--to", "csv"]).stdout == "取組,状況,件数\r\n①㈱髙﨑,順調,1234\r\n")
        }
        let wrong = try runPlansheet(["convert", cp932.path, "--to", "xlsx", "-o", folder.appendingPathComponent("x.xlsx").path, "--encoding", "utf8"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("sjis.csv 1 行目"))
        #expect(wrong.stderr.contains("line 1: bytes that are not valid utf8"))
    }

    @Test func noInferKeepsEveryValueAsTheTextItWas() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("raw.csv"), xlsx = folder.appendingPathComponent("raw.xlsx")
        let text = "a,b,c,d\r\n\"1,234\",1.50,2020-04-01,007\r\n"
        try Data(text.utf8).write(to: csv)
        #expect(try runPlansheet(["convert", csv.path, "--to", "xlsx", "--no-infer", "-o", xlsx.path]).status == 0)
        #expect(try runPlansheet(["convert", xlsx.path, "--to", "csv"]).stdout == text)
        let typed = folder.appendingPathComponent("typed.xlsx")
        #expect(try runPlansheet(["convert", csv.path, "--to", "xlsx", "-o", typed.path]).status == 0)
        #expect(try runPlansheet(["convert", typed.path, "--to", "csv"]).stdout == "a,b,c,d\r\n1234,1.5,2020-04-01,007\r\n")
    }

    @Test func writesTheWorkbookToStandardOutputWhenItIsNotATerminal() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("piped.csv")
        try Data("取組,50\r\n".utf8).write(to: csv)
        let result = try runPlansheet(["convert", csv.path, "--to", "xlsx"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutData.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let book = try Workbook(data: result.stdoutData, name: "stdout.xlsx")
        var values: [CellValue] = []
        try book.forEachRow(in: book.sheets[0]) { values = $0.values }
        #expect(values == [.string("取組"), .number(50)])
    }

    @Test func jsonLinesToXLSXToJSONLinesIsIdentical() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jsonl = folder.appendingPathComponent("rows.jsonl"), xlsx = folder.appendingPathComponent("rows.xlsx")
        let text = "[\"取組\",\"目標\",\"期限\"]\n[\"ＲＰＡ導入\",50,\"2020-04-01\"]\n[]\n[\"完了\",true,null,0.1]\n"
        try Data(text.utf8).write(to: jsonl)
        let result = try runPlansheet(["convert", jsonl.path, "--to", "xlsx", "-o", xlsx.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try runPlansheet(["convert", xlsx.path, "--to", "jsonl"]).stdout == text)
    }

    @Test func refusesToOverwriteAndReportsExcelRuleViolationsWithTheCell() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("long.csv"), xlsx = folder.appendingPathComponent("long.xlsx")
        try Data(("short\r\n" + String(repeating: "長", count: 40_000) + "\r\n").utf8).write(to: csv)
        let result = try runPlansheet(["convert", csv.path, "--to", "xlsx", "-o", xlsx.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cell A2: text of 40000 characters; Excel allows at most 32,767 per cell"))
        #expect(!FileManager.default.fileExists(atPath: xlsx.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["long.csv"])
        try Data("x".utf8).write(to: xlsx)
        try Data("a\r\n".utf8).write(to: csv)
        #expect(try runPlansheet(["convert", csv.path, "--to", "xlsx", "-o", xlsx.path]).status == 2)
        #expect(try runPlansheet(["convert", csv.path, "--to", "xlsx", "-o", xlsx.path, "--force"]).status == 0)
    }

    @Test(.needsSharedCorpus) func everyRealWorkbookRewrittenToXLSXReadsBackWithTheSameValues() throws {
        let corpus = try CorpusFixtures.file("real")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".xlsm") }.sorted()
        #expect(files.count >= 60)
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        var compared = 0
        for file in files {
            let input = corpus.appendingPathComponent(file)
            let output = folder.appendingPathComponent(file + ".xlsx")
            let original = try Workbook(contentsOf: input)
            let result = try runPlansheet(["convert", input.path, "--to", "xlsx", "--all-sheets", "-o", output.path])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            guard result.status == 0 else { continue }
            let copy = try Workbook(contentsOf: output)
            let worksheets = original.sheets.filter { $0.kind == .worksheet }
            #expect(copy.sheets.map(\.name) == worksheets.map(\.name), "\(file)")
            for (sheet, copied) in zip(worksheets, copy.sheets) {
                #expect(try rows(of: sheet, in: original) == (try rows(of: copied, in: copy)), "\(file) sheet \(sheet.name)")
                compared += 1
            }
        }
        #expect(compared >= files.count)
    }

    @Test func renamesSheetsExcelWouldRefuseWhenRewritingAWorkbook() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source.xlsx"), patched = folder.appendingPathComponent("patched.xlsx")
        try WorkbookWriter.write(to: source) { book in
            try book.addSheet(named: "AAAA") { try $0.append(["first"]) }
            try book.addSheet(named: "BBBB") { try $0.append(["second"]) }
        }
        // Another producer's names: 40 characters, and two that are equal ignoring case.
        let script = """
            import sys, zipfile
            src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w")
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "xl/workbook.xml":
                    data = data.replace(b"AAAA", b"x" * 40).replace(b"BBBB", b"X" * 40)
                dst.writestr(item, data)
            dst.close()
            """
        _ = try runTool("/usr/bin/env", ["python3", "-c", script, source.path, patched.path])
        let clean = folder.appendingPathComponent("clean.xlsx")
        let result = try runPlansheet(["convert", patched.path, "--to", "xlsx", "-o", clean.path])
        #expect(result.status == 0, "\(result.stderr)")
        let book = try Workbook(contentsOf: clean)
        #expect(book.sheets.map(\.name) == [String(repeating: "x", count: 31), String(repeating: "X", count: 26) + " (2)"])
    }

    private func rows(of sheet: SheetInfo, in book: Workbook) throws -> [[CellValue]] {
        var rows: [[CellValue]] = []
        try book.forEachRow(in: sheet) { row in
            while rows.count < row.number - 1 { rows.append([]) }
            rows.append(row.values)
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    @Test func outputPartsAreWellFormedXMLThatOpenpyxlReads() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("取組一覧.csv"), xlsx = folder.appendingPathComponent("out.xlsx")
        try Data(canonicalCSV.utf8).write(to: csv)
        #expect(try runPlansheet(["convert", csv.path, "--to", "xlsx", "-o", xlsx.path]).status == 0)
        let script = """
            import sys, zipfile, subprocess, openpyxl
            z = zipfile.ZipFile(sys.argv[1])
            for name in z.namelist():
                p = subprocess.run(["xmllint", "--noout", "-"], input=z.read(name), capture_output=True)
                if p.returncode != 0: print("bad", name, p.stderr.decode()); sys.exit(1)
            ws = openpyxl.load_workbook(sys.argv[1]).active
            print(ws.title, ws.freeze_panes, ws["A1"].font.b, ws["B2"].value, ws["C2"].value.date(), ws["D2"].value)
            """
        let out = try runTool("/usr/bin/env", ["python3", "-c", script, xlsx.path])
        #expect(String(decoding: out, as: UTF8.self) == "取組一覧 A2 True 50 2020-04-01 007\n")
    }
}

struct ConvertToXLSXTestFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Runs a helper program, failing with the fix when it is missing or fails.
func runTool(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe(), errors = Pipe(), input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ConvertToXLSXTestFailure(
            message:
                "\(arguments.first ?? executable) failed (python3 with openpyxl and xmllint are needed; run Scripts/setup.sh): \(String(decoding: message, as: UTF8.self))"
        )
    }
    return data
}
