import Foundation
import Testing

/// What `import` and `inspect` say when files cannot be read or give nothing: each file named with a
/// reason a clerk can act on, and exit codes that tell a script.
@Suite struct ImportResultsTests {
    /// A workbook whose header PlanSheet cannot read (no initiative or figure wording).
    private static func unreadableTemplate(_ path: String) throws {
        try ImportCommandFiles.python(
            """
            import sys, openpyxl
            book = openpyxl.Workbook(); sheet = book.active; sheet.title = "様式"
            sheet.append(["ＩＤ", "テーマ", "数値１", "数値２"])
            sheet.append(["1", "窓口の改善", 10, 8])
            book.save(sys.argv[1])
            """, [path])
    }

    @Test func aRunThatImportsNothingExitsTwoAndNamesTheFile() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("theme.xlsx").path
        try Self.unreadableTemplate(path)
        let run = try runPlansheet(["import", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("theme.xlsx: error: 取組を1件も読み込めませんでした"))
        #expect(run.stderr.contains("the first row with text reads \"ＩＤ | テーマ | 数値１ | 数値２\""))
        #expect(run.stderr.contains("run plansheet inspect theme.xlsx"))
    }

    @Test func namesEveryFileOfAFolderThatIsNotReadAndCountsSpreadsheetsInTheExitCode() throws {
        let folder = try ImportCommandFiles.scratch()
        try FileManager.default.copyItem(
            atPath: ImportCommandFiles.samples("revised", "table") + "/somu.xlsx",
            toPath: folder.appendingPathComponent("somu.xlsx").path)
        for name in ["list.csv", "~$somu.xlsx", "memo.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let run = try runPlansheet(["import", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("list.csv: error: CSV は提出ファイルとして読みません"))
        #expect(run.stderr.contains("~$somu.xlsx: warning: Excel の一時ファイル（~$）なので読みません"))
        #expect(run.stderr.contains("memo.txt: warning: 表計算ファイルではないので読みません"))
        #expect(!run.stdout.isEmpty)
    }

    @Test func inspectShowsEachColumnWithItsRoleOrWhyItHasNone() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("npo.xlsx").path
        try ImportCommandFiles.python(
            """
            import sys, openpyxl
            book = openpyxl.Workbook(); sheet = book.active; sheet.title = "取組状況"
            sheet.append(["事業名", "指標名", "Ｒ２年度目標", "備考"])
            sheet.append(["ＮＰＯとの連携による施策の推進", "助成数", "10件", "メモ"])
            book.save(sys.argv[1])
            """, [path])
        let run = try runPlansheet(["inspect", path])
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix(
                """
                npo.xlsx › 取組状況: table
                  header rows: 1
                  A 「事業名」 → title (1.0): known wording 「事業名」
                  B 「指標名」 → indicator (1.0): known wording 「指標名」
                  C 「Ｒ２年度目標」 → target 2020 (1.0): known wording 「目標」
                  D 「備考」 → not used: no role word found
                  read: 1 initiative(s), 1 indicator(s)
                """))
        let json = try runPlansheet(["inspect", path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let sheets = try #require(report["sheets"] as? [[String: Any]])
        #expect((sheets.first?["columns"] as? [[String: Any]])?.compactMap { $0["role"] as? String } == ["title", "indicator", "target 2020"])
    }

    @Test func inspectExitsOneForAFileThatGivesNoInitiative() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("theme.xlsx").path
        try Self.unreadableTemplate(path)
        let run = try runPlansheet(["inspect", path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("theme.xlsx › 様式: skipped (先頭20行に見出し行（取組項目と目標・実績）がありません"))
    }
}
