import Foundation
import Testing
import XLSX

/// `plansheet template`: the blank table-layout submission with a status drop-down and an example row.
@Suite struct TemplateCommandTests {
    @Test func writesTheTableLayoutWithAnExampleRowTheImporterSkips() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("template.xlsx").path
        let result = try runPlansheet(["template", "-o", path, "--from", "R3", "--years", "2", "--department", "総務部"])
        #expect(result.status == 0, "\(result.stderr)")
        let book = try Workbook(contentsOf: URL(fileURLWithPath: path))
        #expect(book.sheets.map(\.name) == ["取組状況"])
        let grid = try book.grid(of: book.sheets[0])
        #expect(grid.rows[1].first == .string("所管：総務部"))
        #expect(
            grid.rows[3] == [
                "番号", "方向性", "取組項目", "所管課", "指標名", "単位", "令和3年度目標", "令和3年度実績",
                "令和4年度目標", "令和4年度実績", "進捗", "遅れの要因", "今後の取組予定",
            ])
        #expect(grid.rows[4].first == .string("記入例"))
        // A blank template holds nothing but the example row, which the importer skips and says so;
        // a run that imports no initiative at all is an error (exit 2) with nothing written.
        let imported = try runPlansheet(["import", path])
        #expect(imported.status == 2)
        #expect(imported.stdout.isEmpty)
        #expect(imported.stderr.contains("row 5: 記入例 / example row"))
        #expect(imported.stderr.contains("no initiative could be imported"))
    }

    @Test func importsATemplateADepartmentFilledIn() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("somu.xlsx").path
        #expect(try runPlansheet(["template", "-o", path, "--department", "総務部"]).status == 0)
        try ImportCommandFiles.python(
            """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1]); sheet = book["取組状況"]
            sheet.append(["1-3", "県庁のＩＣＴ化・働き方改革", "会議・打合せのペーパーレス化の推進", None, "コピー使用量", "%",
                          None, None, "50％以上削減", None, "60％以上削減", None, "順調", None, "数値目標を設定。"])
            book.save(sys.argv[1])
            """, [path])
        let result = try runPlansheet(["import", path, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let initiative = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(initiative["department"] as? String == "総務部")
        let indicator = try #require((initiative["indicators"] as? [[String: Any]])?.first)
        #expect(indicator["direction"] as? String == "decrease")
        let targets = try #require(indicator["targets"] as? [[String: Any]])
        #expect(targets.map { $0["fiscalYear"] as? Int } == [2021, 2022])
        #expect(targets.map { $0["value"] as? Double } == [50, 60])
    }

    @Test func offersTheStatusDropDownAndSetsColumnWidths() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("template.xlsx").path
        #expect(try runPlansheet(["template", "-o", path]).status == 0)
        let check = folder.appendingPathComponent("check.txt").path
        try ImportCommandFiles.python(
            """
            import sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1])["取組状況"]
            rules = [(str(v.sqref), v.formula1) for v in sheet.data_validations.dataValidation]
            open(sys.argv[2], "w").write(repr((rules, sheet.column_dimensions["C"].width, sheet.freeze_panes)))
            """, [path, check])
        #expect(try String(contentsOfFile: check, encoding: .utf8) == "([('M5:M205', '\"順調,遅れ\"')], 34.0, 'D5')")
    }

    @Test func refusesToReplaceAnExistingFileWithoutForce() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("template.xlsx").path
        #expect(try runPlansheet(["template", "-o", path]).status == 0)
        #expect(try runPlansheet(["template", "-o", path]).status == 2)
        #expect(try runPlansheet(["template", "-o", path, "--force"]).status == 0)
    }

    @Test func writesTheTemplateToStandardOutputWhenItIsPiped() throws {
        let folder = try ImportCommandFiles.scratch()
        let piped = try runPlansheet(["template"])
        #expect(piped.status == 0)
        #expect(piped.stdoutData.prefix(2) == Data("PK".utf8))
        let path = folder.appendingPathComponent("piped.xlsx")
        try piped.stdoutData.write(to: path)
        let csv = try runPlansheet(["convert", path.path, "--to", "csv"])
        #expect(csv.stdout.hasPrefix("■ 行動計画の取組状況（令和2年度）"))
    }
}
