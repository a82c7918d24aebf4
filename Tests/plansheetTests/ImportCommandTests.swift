import Foundation
import Testing
import XLSX

/// Files and helpers shared by the import, validate and template command tests.
enum ImportCommandFiles {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Samples/submissions/<version>/<layout>`.
    static func samples(_ version: String, _ layout: String) -> String {
        root.appendingPathComponent("Samples/submissions/\(version)/\(layout)").path
    }

    /// A new empty temporary folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-io-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// JSON text parsed into Foundation objects, for comparing values rather than bytes.
    static func json(_ data: Data) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSObject)
    }

    /// Runs a Python program (openpyxl writes the workbooks PlanSheet did not write).
    static func python(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", program] + arguments
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with openpyxl is needed (Scripts/setup.sh)")
    }
}

/// `plansheet import`: submissions in, one plan out, in every format.
@Suite struct ImportCommandTests {
    @Test(arguments: [
        ("revised", "free-text", "R3改定"), ("revised", "table", "R3改定"),
        ("first-adopted", "free-text", "当初"), ("first-adopted", "table", "当初"),
    ])
    func importsTheSamplesToTheExpectedPlanJSON(_ version: String, _ layout: String, _ label: String) throws {
        let result = try runPlansheet([
            "import", ImportCommandFiles.samples(version, layout),
            "--title", "行財政改革行動計画", "--version", label,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try Data(contentsOf: ImportCommandFiles.root.appendingPathComponent("Samples/expected/\(version)-\(layout).json"))
        #expect(try ImportCommandFiles.json(result.stdoutData) == ImportCommandFiles.json(expected))
        #expect(result.stderr.contains("15 initiative(s) (9 順調, 6 遅れ)"))
    }

    @Test(arguments: ["import", "validate"])
    func refusesAFolderWithMoreFilesThanMaxFilesBeforeReadingAny(command: String) throws {
        let folder = ImportCommandFiles.samples("revised", "table")
        let refused = try runPlansheet([command, folder, "--max-files", "4"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("more than 4 submission files in the folder; raise the limit with --max-files"))
        #expect(refused.stdout.isEmpty)
        #expect(try runPlansheet([command, folder, "--max-files", "5"]).status == 0)
    }

    @Test func listsSkippedSheetsOnStandardError() throws {
        let result = try runPlansheet(["import", ImportCommandFiles.samples("revised", "table")])
        #expect(result.stderr.contains("skipped kikaku-zaisei.xlsx › 表紙: 表紙 / cover sheet"))
        #expect(result.stderr.contains("skipped kenmin-seikatsu.xlsx › 記入要領: 記入要領・注意書きのシート / notes sheet"))
        #expect(result.stderr.contains("skipped kaikei.xlsx › Sheet1: 空のシート / empty sheet"))
        #expect(!result.stdout.contains("skipped"))
    }

    @Test func writesAConsolidatedWorkbookThatImportsBack() throws {
        let folder = try ImportCommandFiles.scratch()
        let workbook = folder.appendingPathComponent("行動計画.xlsx").path
        let written = try runPlansheet(["import", ImportCommandFiles.samples("revised", "free-text"), "--format", "xlsx", "-o", workbook])
        #expect(written.status == 0, "\(written.stderr)")
        let book = try Workbook(contentsOf: URL(fileURLWithPath: workbook))
        #expect(book.sheets.map(\.name) == ["取組一覧", "年度別", "遅れ"])
        let direct = try runPlansheet(["import", ImportCommandFiles.samples("revised", "free-text")])
        let back = try runPlansheet(["import", workbook])
        #expect(back.status == 0)
        let a = try #require(try JSONSerialization.jsonObject(with: direct.stdoutData) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: back.stdoutData) as? [String: Any])
        let strip = { (plan: [String: Any]) -> [NSDictionary] in
            ((plan["initiatives"] as? [[String: Any]]) ?? []).map {
                var i = $0; i["source"] = nil; return i as NSDictionary
            }
        }
        #expect(strip(a).count == 15)
        #expect(strip(a) == strip(b))
    }

    @Test func refusesToReplaceAnOutputWithoutForce() throws {
        let folder = try ImportCommandFiles.scratch()
        let output = folder.appendingPathComponent("plan.json")
        try Data("keep".utf8).write(to: output)
        let refused = try runPlansheet(["import", ImportCommandFiles.samples("revised", "table"), "-o", output.path])
        #expect(refused.status == 2)
        #expect(try String(contentsOf: output, encoding: .utf8) == "keep")
        let forced = try runPlansheet(["import", ImportCommandFiles.samples("revised", "table"), "-o", output.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("{\n  \"schema\": \"plansheet.plan/1\""))
    }

    @Test func writesLongFormCSVInUTF8BOMAndCP932() throws {
        let folder = try ImportCommandFiles.scratch()
        var texts: [String: Data] = [:]
        for encoding in ["utf8", "utf8-bom", "cp932"] {
            let path = folder.appendingPathComponent("\(encoding).csv").path
            let result = try runPlansheet([
                "import", ImportCommandFiles.samples("revised", "table"), "--format", "csv",
                "--encoding", encoding, "-o", path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            texts[encoding] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let utf8 = try #require(texts["utf8"])
        #expect(texts["utf8-bom"] == Data([0xEF, 0xBB, 0xBF]) + utf8)
        let decoded = String(data: try #require(texts["cp932"]), encoding: .shiftJIS)
        #expect(decoded == String(decoding: utf8, as: UTF8.self))
        #expect(decoded?.contains("ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進") == true)
        // A header and 25 indicator-years: 1-1 has 7 (ＲＰＡ R2; ＡＩ-ＯＣＲ and 音声 R2–R4), 1-2 two, 1-3 four
        // (コピー使用量 R3 and R4), the other twelve initiatives one each.
        #expect(String(decoding: utf8, as: UTF8.self).split(separator: "\r\n").count == 26)
    }

    @Test func writesOneInitiativePerJSONLine() throws {
        let result = try runPlansheet(["import", ImportCommandFiles.samples("revised", "free-text"), "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 15)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["title"] is String)
            #expect(object["indicators"] is [Any])
        }
    }

    @Test func takesTheDepartmentFromTheOptionWhenTheFileNamesNone() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("dept-less.xlsx").path
        try ImportCommandFiles.python(
            """
            import sys, openpyxl
            book = openpyxl.Workbook(); sheet = book.active; sheet.title = "取組状況"
            sheet.append(["取組項目", "指標名", "単位", "Ｒ２年度目標", "Ｒ２年度実績", "進捗"])
            sheet.append(["ＮＰＯとの連携による施策の推進", "助成数", "件／年", 10, "55", "順調"])
            book.save(sys.argv[1])
            """, [path])
        let named = try runPlansheet(["import", path, "--department", "県民生活部"])
        let plain = try runPlansheet(["import", path])
        func department(_ data: Data) throws -> String? {
            let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return ((plan["initiatives"] as? [[String: Any]])?.first?["department"]) as? String
        }
        #expect(try department(named.stdoutData) == "県民生活部")
        #expect(try department(plain.stdoutData) == "dept-less")
    }

    @Test func importsTheReadableFilesAndExitsOneWhenAFileIsBroken() throws {
        let folder = try ImportCommandFiles.scratch()
        try FileManager.default.copyItem(
            atPath: ImportCommandFiles.samples("revised", "table") + "/kaikei.xlsx",
            toPath: folder.appendingPathComponent("kaikei.xlsx").path)
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("broken.xlsx"))
        let result = try runPlansheet(["import", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.xlsx: error: ファイルを読めません"))
        let plan = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let titles = (plan["initiatives"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        #expect(titles == ["適正かつ効率的な財務会計制度の構築"])
    }

    @Test func failsWithAMessageForAMissingInput() throws {
        let result = try runPlansheet(["import", "/nonexistent/submissions"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder"))
    }
}
