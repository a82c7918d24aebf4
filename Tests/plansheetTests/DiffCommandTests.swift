import Foundation
import Testing

/// `plansheet diff` as a script uses it: formats, the diff JSON contract, exit codes 0/1/2.
@Suite struct DiffCommandTests: DiffFixtureSuite {
    let folder: URL

    init() throws {
        folder = try DiffCommandFixtures.folder()
    }

    @Test func exitsZeroForTheSamePlan() throws {
        let result = try runPlansheet(["diff", old, old])
        #expect(result.status == 0)
        #expect(result.stdout.contains("変更なし"))
    }

    @Test func exitsOneWhenThePlansDifferAndPrintsAPlainTableWhenPiped() throws {
        let result = try runPlansheet(["diff", old, new])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("\u{1B}["))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "当初 → R3改定: 3 件の変更 (指標追加 1, 目標追加 1, 目標変更 1)")
        // Targets as the departments wrote them; the indicator heads its rows.
        #expect(lines.contains("  ＡＩ-ＯＣＲ 利用枚数"))
        #expect(lines.contains("    目標変更  R3  Ｒ３年度：２万枚 → Ｒ３年度：２万→6.7万枚  +47,000  ×3.35  引上げ・新版に記載"))
        // Columns are sized per initiative: the other initiative's long indicator name moves nothing here.
        #expect(lines.contains("  目標追加  コピー使用量  R4   → Ｒ４年度：コピー使用量60％以上削減"))
    }

    @Test func exitsTwoOnAMissingOrBrokenInput() throws {
        let missing = try runPlansheet(["diff", old, folder.appendingPathComponent("none.json").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.json"))
        let broken = folder.appendingPathComponent("broken.json")
        try Data(#"{"schema": "plansheet.plan/1", "initiatives": [{"id": "1"}]}"#.utf8).write(to: broken)
        let result = try runPlansheet(["diff", old, broken.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stderr.contains("title"))
        #expect(try runPlansheet(["diff", old, new, "--threshold", "1.5"]).status == 2)
    }

    @Test func jsonFollowsTheDiffContract() throws {
        let result = try runPlansheet(["diff", old, new, "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["schema"] as? String == "plansheet.diff/1")
        #expect((object["old"] as? [String: Any])?["version"] as? String == "当初")
        #expect((object["new"] as? [String: Any])?["version"] as? String == "R3改定")
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["kind"] as? String } == ["targetChanged", "indicatorAdded", "targetAdded"])
        let raised = changes[0]
        #expect(raised["initiative"] as? String == "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進")
        #expect(raised["indicator"] as? String == "ＡＩ-ＯＣＲ 利用枚数")
        #expect(raised["fiscalYear"] as? Int == 2021)
        #expect(raised["old"] as? Int == 20000)
        #expect(raised["new"] as? Int == 67000)
        #expect(raised["delta"] as? Int == 47000)
        #expect(raised["ratio"] as? Double == 3.35)
        #expect(raised["direction"] as? String == "raised")
        #expect(raised["recordedIn"] as? String == "new")
        let added = changes[2]
        #expect(added["old"] is NSNull)
        #expect(added["new"] as? Int == 60)
        #expect(added["fiscalYear"] as? Int == 2022)
        // Keys in the contract's order, non-ASCII unescaped.
        #expect(result.stdout.contains(#"{"kind":"targetChanged","initiative":"ＲＰＡ・ＡＩ-ＯＣＲ・"#))
    }

    @Test func csvHasOneRowPerChangeUnderTheContractsKeys() throws {
        let result = try runPlansheet(["diff", old, new, "--format", "csv"])
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 4)
        #expect(rows[0].hasPrefix("kind,initiative,department,indicator,fiscalYear,old,new,delta,ratio,direction"))
        #expect(rows[1].hasPrefix("targetChanged,ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進,企画財政部,ＡＩ-ＯＣＲ 利用枚数,2021,20000,67000,47000,3.35,raised,枚,new,"))
    }

    @Test func markdownAndHTMLTablesNameEveryChange() throws {
        let markdown = try runPlansheet(["diff", old, new, "--format", "md"]).stdout
        #expect(markdown.contains("| 目標変更 | ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進 | ＡＩ-ＯＣＲ 利用枚数 | R3 | Ｒ３年度：２万枚 | Ｒ３年度：２万→6.7万枚 |  | +47,000 | ×3.35 | 引上げ・新版に記載 |"))
        let html = try runPlansheet(["diff", old, new, "--format", "html"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http"))
        #expect(html.contains(#"<tr class="up" data-kind="targetChanged"><td>目標変更</td>"#))
    }

    @Test func writesToAFileOnlyWithForceWhenItExists() throws {
        let out = folder.appendingPathComponent("changes.json").path
        #expect(try runPlansheet(["diff", old, new, "--format", "json", "-o", out]).status == 1)
        #expect(FileManager.default.fileExists(atPath: out))
        let again = try runPlansheet(["diff", old, new, "--format", "json", "-o", out])
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        #expect(try runPlansheet(["diff", old, new, "--format", "json", "-o", out, "--force"]).status == 1)
        #expect(try runPlansheet(["diff", old, new, "-o", new, "--force"]).status == 2)
    }

    @Test func readsFoldersOfSubmissionWorkbooks() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/submissions")
        let result = try runPlansheet([
            "diff", samples.appendingPathComponent("first-adopted/free-text").path,
            samples.appendingPathComponent("revised/table").path, "--format", "csv",
        ])
        #expect(result.status == 1)
        let kinds = result.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.prefix { $0 != "," } }
        #expect(kinds == ["targetChanged", "targetChanged", "targetChanged", "targetChanged", "indicatorAdded", "targetAdded", "targetAdded"])
        let same = try runPlansheet([
            "diff", samples.appendingPathComponent("revised/free-text").path,
            samples.appendingPathComponent("revised/table").path,
        ])
        #expect(same.status == 0)
    }

    @Test func helpShowsRealExamples() throws {
        let help = try runPlansheet(["diff", "--help"]).stdout
        #expect(help.contains("plansheet diff"))
        #expect(help.contains("--format json"))
        #expect(help.contains("Exit codes"))
    }
}

/// `plansheet history` over the two fixture versions.
@Suite struct HistoryCommandTests: DiffFixtureSuite {
    let folder: URL

    init() throws {
        folder = try DiffCommandFixtures.folder()
    }

    @Test func textShowsTargetsResultsAchievementAndRevisions() throws {
        let result = try runPlansheet(["history", old, new])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "推移: 当初 → R3改定 (3 指標)")
        #expect(lines.contains("  R2    Ｒ２年度：12,000枚／年  約62,000枚／年  516.7%"))
        #expect(lines.contains("  R3    Ｒ３年度：２万→6.7万枚  -                    -"))
        #expect(lines.contains("  改定 R3 20,000枚→67,000枚 (R3改定, 記載)"))
    }

    @Test func jsonAndCSVFormats() throws {
        let json = try runPlansheet(["history", old, new, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(object["schema"] as? String == "plansheet.history/1")
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let ocr = try #require(indicators.first { $0["indicator"] as? String == "ＡＩ-ＯＣＲ 利用枚数" })
        let years = try #require(ocr["years"] as? [[String: Any]])
        #expect(years.map { $0["target"] as? Int } == [12000, 67000, 30000])
        #expect(years.first?["achievement"] as? Double == 5.167)
        let csv = try runPlansheet(["history", old, new, "--format", "csv"]).stdout
        #expect(csv.hasPrefix("initiative,department,indicator,unit,direction,fiscalYear,target,targetText,actual,actualText,achievement,trend,revisions\r\n"))
    }

    @Test func exitsTwoWithoutInputOrOnABrokenOne() throws {
        #expect(try runPlansheet(["history"]).status == 2)
        let result = try runPlansheet(["history", folder.appendingPathComponent("missing.json").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("missing.json"))
    }
}

/// The diff and history workbooks, read back by openpyxl and converted by LibreOffice.
@Suite struct DiffWorkbookTests: DiffFixtureSuite {
    let folder: URL

    init() throws {
        folder = try DiffCommandFixtures.folder()
    }

    /// The cells of every sheet (and the fill colour of each row's first cell) as openpyxl reads them.
    func openpyxlSheets(_ path: String) throws -> [String: [[String]]] {
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            out = {}
            for sheet in book:
                rows = []
                for row in sheet.iter_rows():
                    fill = row[0].fill.fgColor.rgb if row[0].fill and row[0].fill.fill_type == "solid" else ""
                    rows.append([fill] + ["" if c.value is None else str(c.value) for c in row])
                out[sheet.title] = rows
            print(json.dumps(out, ensure_ascii=False))
            """
        let data = try runTool("/usr/bin/env", ["python3", "-c", script, path])
        return try JSONDecoder().decode([String: [[String]]].self, from: data)
    }

    @Test func diffWorkbookHasSummaryTargetChangesAndInitiativeSheets() throws {
        let out = folder.appendingPathComponent("変更点.xlsx").path
        #expect(try runPlansheet(["diff", old, new, "--format", "xlsx", "-o", out]).status == 1)
        let sheets = try openpyxlSheets(out)
        #expect(Set(sheets.keys) == ["概要", "目標の変更", "取組の追加・削除", "全変更"])
        let summary = try #require(sheets["概要"])
        #expect(summary.contains(["", "目標変更", "targetChanged", "1"]))
        #expect(summary.contains(["", "目標追加", "targetAdded", "1"]))
        #expect(summary.contains(["", "取組追加", "initiativeAdded", "0"]))
        #expect(summary.last == ["", "合計", "total", "3"])
        let targets = try #require(sheets["目標の変更"])
        #expect(targets.count == 3)
        // Raised and added rows are filled green.
        #expect(
            Array(targets[1].prefix(12)) == [
                "FFC6EFCE", "目標変更", "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進",
                "企画財政部", "ＡＩ-ＯＣＲ 利用枚数", "R3", "20000", "67000", "枚", "47000", "3.35", "引上げ",
            ])
        #expect(Array(targets[2].prefix(8)) == ["FFC6EFCE", "目標追加", "会議・打合せのペーパーレス化の推進", "総務部", "コピー使用量", "R4", "", "60"])
    }

    @Test func loweredTargetsAndRemovedInitiativesAreFilledRed() throws {
        let out = folder.appendingPathComponent("backwards.xlsx").path
        #expect(try runPlansheet(["diff", new, old, "--format", "xlsx", "-o", out]).status == 1)
        let targets = try #require(try openpyxlSheets(out)["目標の変更"])
        #expect(targets.dropFirst().map { $0[0] } == ["FFFFC7CE", "FFFFC7CE"])
        #expect(targets[1][11] == "引下げ")
    }

    @Test func libreOfficeReadsTheDiffWorkbook() throws {
        let out = folder.appendingPathComponent("diff.xlsx").path
        #expect(try runPlansheet(["diff", old, new, "--format", "xlsx", "-o", out]).status == 1)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        // Filter option token 12 = -1: every sheet to its own CSV, named file-sheet.csv.
        _ = try runTool(
            "/usr/bin/env",
            [
                "soffice", "--headless", "-env:UserInstallation=file://\(profile.path)",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", folder.path, out,
            ])
        let csv = try String(contentsOf: folder.appendingPathComponent("diff-目標の変更.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "種別,取組,所管,指標,年度,変更前,変更後,単位,増減,倍率,方向,記載,変更前の記載,変更後の記載")
        #expect(lines.dropFirst().first == "目標変更,ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進,企画財政部,ＡＩ-ＯＣＲ 利用枚数,R3,20000,67000,枚,47000,3.35,引上げ,新版,Ｒ３年度：２万枚,Ｒ３年度：２万→6.7万枚")
        let summary = try String(contentsOf: folder.appendingPathComponent("diff-概要.csv"), encoding: .utf8)
        #expect(summary.contains("目標変更,targetChanged,1\n"))
    }

    @Test func historyWorkbookHasYearsWithAchievementAndRevisions() throws {
        let out = folder.appendingPathComponent("推移.xlsx").path
        #expect(try runPlansheet(["history", old, new, "--format", "xlsx", "-o", out]).status == 0)
        let sheets = try openpyxlSheets(out)
        let years = try #require(sheets["推移"])
        #expect(
            years.contains([
                "", "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進", "企画財政部", "ＡＩ-ＯＣＲ 利用枚数", "枚", "増加",
                "R2", "12000", "Ｒ２年度：12,000枚／年", "62000", "約62,000枚／年", "5.167", "",
            ]))
        #expect(
            sheets["目標の改定"]?.dropFirst().first == [
                "", "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進", "ＡＩ-ＯＣＲ 利用枚数",
                "R3", "20000", "67000", "R3改定", "記載あり",
            ])
    }
}
