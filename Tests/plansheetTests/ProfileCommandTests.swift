import Foundation
import Testing

/// `--profile` and `inspect --write-profile` as a clerk uses them on a template PlanSheet cannot read:
/// write a starting profile, correct it in an editor, import every fact.
@Suite struct ProfileCommandTests {
    /// A department's own template (openpyxl): headers numbered 項目1…項目9, statuses as 1/2/3 explained
    /// in a line under the table, a withdrawn initiative in a hidden row.
    static let codedTemplate = """
        import sys, openpyxl
        book = openpyxl.Workbook(); cover = book.active; cover.title = "表紙"
        cover.append(["部局名", "企画財政部"])
        sheet = book.create_sheet("調査票")
        sheet.append(["行政改革 取組調査票"])
        sheet.append(["項目1", "項目2", "項目3", "項目4", "項目5", "項目6", "項目7", "項目8", "項目9"])
        sheet.append(["1", "電子申請の推進", "オンライン申請件数", "件", 1000, 800, 1200, 3, "周知が不足したため"])
        sheet.append([None, None, "来庁者数", "人", 500, 450, 400, None, None])
        sheet.append(["2", "ＮＰＯとの連携", "助成数", "件", 10, 11, 12, 1, None])
        sheet.append(["3", "廃止した取組", "件数", "件", 5, 1, 5, 3, None])
        sheet.row_dimensions[6].hidden = True
        sheet.append([])
        sheet.append(["項目8（評価）：1 順調　2 概ね順調　3 遅れ"])
        book.save(sys.argv[1])
        """

    /// The roles a clerk writes over the `role: ignore` lines the written profile leaves undecided.
    static let corrections: [(header: String, lines: [String])] = [
        ("項目1", ["role: number"]), ("項目2", ["role: title"]), ("項目3", ["role: indicator"]), ("項目4", ["role: unit"]),
        ("項目5", ["role: target", "year: R3"]), ("項目6", ["role: result", "year: R3"]), ("項目7", ["role: target", "year: R4"]),
        ("項目8", ["role: status"]), ("項目9", ["role: cause"]),
    ]

    /// The profile text as corrected by hand: the sheet no longer skipped, roles given, the vocabulary of 項目8.
    static func corrected(_ written: String) throws -> String {
        var lines = written.components(separatedBy: "\n").filter { $0 != "    skip: true" }
        for correction in corrections {
            let at = try #require(lines.firstIndex(of: "        header: \(correction.header)"))
            try #require(lines[at + 1].hasPrefix("        role: "))
            lines.replaceSubrange((at + 1)...(at + 1), with: correction.lines.map { "        \($0)" })
        }
        let status = try #require(lines.firstIndex(of: "      # ◎: onTrack"))
        lines.replaceSubrange(status...(status + 1), with: ["      1: onTrack", "      2: onTrack", "      3: delayed"])
        return lines.joined(separator: "\n")
    }

    /// Written by openpyxl, and re-saved by LibreOffice as real files reach the reform office.
    @Test(arguments: ["openpyxl", "libreoffice"])
    func writeProfileCorrectItAndImportEveryFactOfATemplateRecognitionCannotRead(_ writer: String) throws {
        let folder = try ImportCommandFiles.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("coded.xlsx").path
        let profile = folder.appendingPathComponent("coded.profile.yaml")
        if writer == "openpyxl" {
            try ImportCommandFiles.python(Self.codedTemplate, [workbook])
        } else {
            let source = folder.appendingPathComponent("openpyxl")
            try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
            try ImportCommandFiles.python(Self.codedTemplate, [source.appendingPathComponent("coded.xlsx").path])
            let office = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: office) }
            _ = try runTool(
                "/usr/bin/env",
                [
                    "soffice", "--headless", "-env:UserInstallation=file://\(office.path)",
                    "--convert-to", "xlsx", "--outdir", folder.path, source.appendingPathComponent("coded.xlsx").path,
                ])
        }

        let unread = try runPlansheet(["import", workbook])
        #expect(unread.status == 2)
        #expect(unread.stderr.contains("no initiative was imported from any file"))

        let written = try runPlansheet(["inspect", workbook, "--write-profile", profile.path])
        #expect(written.status == 1, "\(written.stderr)")
        let text = try String(contentsOf: profile, encoding: .utf8)
        #expect(text.contains("  - name: 調査票\n"))
        #expect(text.contains("    header rows: 2    # CHECK"))
        #expect(written.stdout.contains("header rows: 2 (guessed: no header recognised; give header rows in a profile)"))

        let again = try runPlansheet(["inspect", workbook, "--write-profile", profile.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists; add --force to replace it"))
        #expect(try String(contentsOf: profile, encoding: .utf8) == text)
        #expect(try runPlansheet(["inspect", workbook, "--write-profile", profile.path, "--force"]).status == 1)

        try Self.corrected(text).write(to: profile, atomically: true, encoding: .utf8)
        let imported = try runPlansheet(["import", workbook, "--profile", profile.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: imported.stdoutData) as? [String: Any])
        let initiatives = try #require(plan["initiatives"] as? [[String: Any]])
        #expect(initiatives.map { $0["title"] as? String } == ["電子申請の推進", "ＮＰＯとの連携"])
        #expect(initiatives.map { $0["status"] as? String } == ["delayed", "onTrack"])
        #expect(initiatives.map { $0["department"] as? String } == ["企画財政部", "企画財政部"])
        #expect(initiatives.map { $0["delayReason"] as? String } == ["周知が不足したため", nil])
        let indicators = initiatives.flatMap { $0["indicators"] as? [[String: Any]] ?? [] }
        #expect(indicators.map { $0["name"] as? String } == ["オンライン申請件数", "来庁者数", "助成数"])
        #expect(indicators.map { $0["unit"] as? String } == ["件", "人", "件"])
        func figures(_ key: String) -> [[String]] {
            indicators.map { ($0[key] as? [[String: Any]] ?? []).map { "\($0["fiscalYear"] ?? "-"):\($0["value"] ?? "-")" } }
        }
        #expect(figures("targets") == [["2021:1000", "2022:1200"], ["2021:500", "2022:400"], ["2021:10", "2022:12"]])
        #expect(figures("actuals") == [["2021:800"], ["2021:450"], ["2021:11"]])
        #expect(imported.stderr.contains("hidden row"))

        let inspected = try runPlansheet(["inspect", workbook, "--profile", profile.path])
        #expect(inspected.status == 0)
        #expect(inspected.stdout.contains("header rows: 2 (from the profile)"))
        #expect(inspected.stdout.contains("  H 「項目8」 → status (1.0) [profile line "))
        #expect(inspected.stdout.contains("status vocabulary: 1 = onTrack, 2 = onTrack, 3 = delayed"))
        #expect(inspected.stdout.contains("from the profile: header rows 2 (line "))
        #expect(inspected.stdout.contains("; status 「3」 = delayed (line "))
        let json = try runPlansheet(["inspect", workbook, "--profile", profile.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let sheet = try #require((report["sheets"] as? [[String: Any]])?.first)
        #expect(sheet["headerSource"] as? String == "profile")
        let columns = try #require(sheet["columns"] as? [[String: Any]])
        #expect(columns.map { $0["source"] as? String } == Array(repeating: "profile", count: 9))
        #expect(columns[4]["evidence"] as? [String] == ["profile line \(columns[4]["profileLine"] as? Int ?? 0)", "fiscal year 2021"])

        // validate reads as import does: the hidden row only with --include-hidden.
        let validated = try runPlansheet(["validate", workbook, "--profile", profile.path])
        #expect(!validated.stdout.contains("廃止した取組"))
        let withHidden = try runPlansheet(["validate", workbook, "--profile", profile.path, "--include-hidden"])
        #expect(withHidden.status == 1)
        #expect(withHidden.stdout.contains("coded.xlsx › 調査票 › I6: error: 進捗は「遅れ」ですが、遅れの要因がありません"))
    }

    @Test func aMistakeInTheProfileIsAUsageErrorNamingItsLineAndKey() throws {
        let folder = try ImportCommandFiles.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("bad.yaml")
        try "sheets:\n  - name: 調査票\n    columns:\n      - column: B\n        role: titel\n".write(to: profile, atomically: true, encoding: .utf8)
        for command in ["import", "validate", "inspect"] {
            let result = try runPlansheet([command, ImportCommandFiles.samples("revised", "table"), "--profile", profile.path])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("\(profile.path):5: sheets[1].columns[1].role: 「titel」は役割として読めません"), "\(command)")
            #expect(result.stderr.contains("\"titel\" is not a role; use one of: number, section, title"), "\(command)")
            #expect(result.stdout.isEmpty)
        }
        let missing = try runPlansheet(["import", ImportCommandFiles.samples("revised", "table"), "--profile", "/nonexistent/p.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/p.yaml: プロファイルを読めません"))
    }
}
