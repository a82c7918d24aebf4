import Foundation
import Testing

/// `plansheet diff` as a script uses it: formats, the diff JSON contract, exit codes 0/1/2.
@Suite struct DiffCommandTests {
    let folder: URL
    var old: String { folder.appendingPathComponent("old.json").path }
    var new: String { folder.appendingPathComponent("new.json").path }

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
        #expect(lines.contains("  目標変更  ＡＩ-ＯＣＲ 利用枚数  R3  20,000 → 67,000 枚  +47,000  ×3.35  引上げ・新版に記載"))
        #expect(lines.contains("  目標追加  コピー使用量          R4         → 60     %"))
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
        #expect(result.stdout.contains(#"{"kind": "targetChanged", "initiative": "ＲＰＡ・ＡＩ-ＯＣＲ・"#))
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
        #expect(markdown.contains("| 目標変更 | ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進 | ＡＩ-ＯＣＲ 利用枚数 | R3 | 20,000 | 67,000 | 枚 | +47,000 | ×3.35 | 引上げ・新版に記載 |"))
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

    @Test func helpShowsRealExamples() throws {
        let help = try runPlansheet(["diff", "--help"]).stdout
        #expect(help.contains("plansheet diff"))
        #expect(help.contains("--format json"))
        #expect(help.contains("Exit codes"))
    }
}

/// `plansheet history` over the two fixture versions.
@Suite struct HistoryCommandTests {
    let folder: URL
    var old: String { folder.appendingPathComponent("old.json").path }
    var new: String { folder.appendingPathComponent("new.json").path }

    init() throws {
        folder = try DiffCommandFixtures.folder()
    }

    @Test func textShowsTargetsResultsAchievementAndRevisions() throws {
        let result = try runPlansheet(["history", old, new])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "推移: 当初 → R3改定 (3 指標)")
        #expect(lines.contains("  R2    12,000  62,000  516.7%"))
        #expect(lines.contains("  R3    67,000       -       -"))
        #expect(lines.contains("  改定 R3 20,000→67,000 (R3改定, 記載)"))
    }

    @Test func jsonAndCSVFormats() throws {
        let json = try runPlansheet(["history", old, new, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(object["schema"] as? String == "plansheet.history/1")
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let ocr = try #require(indicators.first { $0["indicator"] as? String == "ＡＩ-ＯＣＲ 利用枚数" })
        let years = try #require(ocr["years"] as? [[String: Any]])
        #expect(years.map { $0["target"] as? Int } == [12000, 67000])
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
