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
        #expect(grid.rows[3] == ["番号", "方向性", "取組項目", "所管課", "指標名", "単位", "令和3年度目標", "令和3年度実績",
                                 "令和4年度目標", "令和4年度実績", "進捗", "遅れの要因", "今後の取組予定"])
        #expect(grid.rows[4].first == .string("記入例"))
        let imported = try runPlansheet(["import", path])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("\"initiatives\": []"))
    }

    @Test func offersTheStatusDropDownAndSetsColumnWidths() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("template.xlsx").path
        #expect(try runPlansheet(["template", "-o", path]).status == 0)
        let check = folder.appendingPathComponent("check.txt").path
        try ImportCommandFiles.python("""
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
}
