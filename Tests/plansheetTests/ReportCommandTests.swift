import Foundation
import Testing
import XLSX

/// `plansheet report` run the way a user runs it.
@Suite struct ReportCommandTests {
    /// Two initiatives from the seed, one on track and one delayed, with R2 results and an R3 target.
    static let planJSON = """
        {"schema": "plansheet.plan/1", "title": "行財政改革行動計画", "version": "R3改定", "initiatives": [
          {"id": "1-1", "section": "県庁のＩＣＴ化・働き方改革", "title": "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進",
           "status": "onTrack", "nextSteps": "更なる業務効率化を推進するため、行動計画の目標値を再設定。",
           "indicators": [{"name": "ＡＩ-ＯＣＲ 利用枚数", "unit": "枚", "period": "perYear", "direction": "increase",
             "targets": [{"fiscalYear": 2020, "value": 12000, "comparator": "atLeast", "text": "Ｒ２年度：12,000枚／年"},
                         {"fiscalYear": 2021, "value": 67000, "comparator": "atLeast", "revisedFrom": 20000, "text": "Ｒ３年度：２万→6.7万枚"}],
             "actuals": [{"fiscalYear": 2020, "value": 62000, "approximate": true, "text": "約62,000枚／年"},
                         {"fiscalYear": 2019, "value": 3000, "text": "3,000枚／年"}]}]},
          {"id": "1-4", "section": "県庁のＩＣＴ化・働き方改革", "title": "市町村との協働によるＩＣＴ施策の実施", "status": "delayed",
           "delayReason": "費用面での調整が難航したため。", "nextSteps": "共同クラウドの利用を促進していく。",
           "indicators": [{"name": "共同クラウドの参加団体の拡大", "unit": "団体",
             "targets": [{"fiscalYear": 2020, "value": 20, "comparator": "atLeast", "text": "Ｒ２年度：20団体"}],
             "actuals": [{"fiscalYear": 2020, "value": 15, "text": "15団体"}]}]}
        ]}
        """

    /// A scratch folder holding `plan.json`.
    private func scratchWithPlan() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.planJSON.utf8).write(to: folder.appendingPathComponent("plan.json"))
        return folder
    }

    @Test func reportWritesSelfContainedHTMLToStandardOutput() throws {
        let folder = try scratchWithPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet(["report", folder.appendingPathComponent("plan.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("<title>令和２年度における行財政改革の取組について</title>"))
        #expect(result.stdout.contains("行動計画の全２取組のうち、１の取組は順調に取り組んでおり、１の取組に遅れが生じている。"))
        #expect(!result.stdout.contains("http://") && !result.stdout.contains("https://") && !result.stdout.contains("<script"))
    }

    @Test func reportFormatFollowsTheOutputExtension() throws {
        let folder = try scratchWithPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report.md")
        let result = try runPlansheet(["report", "plan.json", "-o", out.path], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.hasPrefix("# 令和２年度における行財政改革の取組について\n"))
        #expect(markdown.contains("| 取組項目 | 目標（抄） | Ｒ２年度実績 | 【遅れが生じている要因】 | 今後の取組等 |"))
        #expect(markdown.contains("| ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進 | ＡＩ-ＯＣＲ 利用枚数 | Ｒ３年度 | 20,000枚 | 67,000枚 | Ｒ３年度：２万→6.7万枚 |"))
    }

    @Test func reportWritesAWorkbookWhenTheOutputIsXLSX() throws {
        let folder = try scratchWithPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet(["report", "plan.json", "-o", "report.xlsx"], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let book = try Workbook(contentsOf: folder.appendingPathComponent("report.xlsx"))
        #expect(book.sheets.map(\.name) == ["概要", "主な成果", "遅れが生じている取組", "目標値の見直し"])
        let delayed = try book.grid(of: try #require(book.sheet(named: "遅れが生じている取組"))).rows
        #expect(delayed.count == 2)
        #expect(delayed[1][7] == .string("費用面での調整が難航したため。"))
    }

    @Test func reportYearOptionAcceptsEraNamesAndPicksThatYearsResults() throws {
        let folder = try scratchWithPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet(["report", "plan.json", "--format", "md", "--year", "R元年度"], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# 令和元年度における行財政改革の取組について\n"))
        #expect(result.stdout.contains("Ｒ元年度実績"))
        #expect(result.stdout.contains("3,000枚／年"))
        #expect(!result.stdout.contains("約62,000枚／年"))
    }

    @Test func reportRefusesAnExistingOutputWithoutForce() throws {
        let folder = try scratchWithPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("keep".utf8).write(to: folder.appendingPathComponent("report.html"))
        let refused = try runPlansheet(["report", "plan.json", "-o", "report.html"], currentDirectory: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8) == "keep")
        let forced = try runPlansheet(["report", "plan.json", "-o", "report.html", "--force"], currentDirectory: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8).contains("<html lang=\"ja\">"))
    }

    @Test func reportNamesTheFileAndKeyOfABrokenPlan() throws {
        let folder = try scratchWithPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"initiatives": [{"id": "1"}]}"#.utf8).write(to: folder.appendingPathComponent("broken.json"))
        let result = try runPlansheet(["report", "broken.json"], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stderr.contains("initiatives[0]"))
        #expect(result.stderr.contains("title"))
        let badYear = try runPlansheet(["report", "plan.json", "--year", "来年"], currentDirectory: folder)
        #expect(badYear.status == 2)
        #expect(badYear.stderr.contains("--year 来年"))
    }

    /// The repository's root, where Samples/ lives.
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func reportOfTheSamplesAgainstThePreviousVersionListsRevisedAndNewTargets() throws {
        let result = try runPlansheet(
            [
                "report", "Samples/plans/revised.json", "--previous", "Samples/plans/first-adopted.json",
                "--format", "md",
            ], currentDirectory: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("行動計画の全１５取組のうち、９の取組は順調に取り組んでおり、６の取組に遅れが生じている。"))
        let revisions = try #require(result.stdout.components(separatedBy: "## ３ 目標値の見直し").last)
        #expect(revisions.contains("| ＡＩ-ＯＣＲ 利用枚数 | Ｒ３年度 | 20,000枚 | 67,000枚 | Ｒ３年度：２万→6.7万枚 |"))
        #expect(revisions.contains("| コピー使用量 | Ｒ４年度 | （新規設定） | 60% | Ｒ４年度：コピー使用量60％以上削減 |"))
        let alone = try runPlansheet(["report", "Samples/plans/revised.json", "--format", "md"], currentDirectory: Self.root)
        #expect(alone.status == 0)
        #expect(!alone.stdout.contains("（新規設定）"))
    }

    @Test func reportFromSubmissionFoldersSaysWhatTheReportFromPlanJSONSays() throws {
        let fromWorkbooks = try runPlansheet(
            [
                "report", "Samples/submissions/revised/free-text",
                "--previous", "Samples/submissions/first-adopted/free-text", "--format", "md",
            ],
            currentDirectory: Self.root)
        #expect(fromWorkbooks.status == 0, "\(fromWorkbooks.stderr)")
        let fromJSON = try runPlansheet(
            [
                "report", "Samples/plans/revised.json", "--previous", "Samples/plans/first-adopted.json",
                "--format", "md",
            ], currentDirectory: Self.root)
        // Only the plan's name differs: submissions do not carry it.
        #expect(fromWorkbooks.stdout == fromJSON.stdout.replacingOccurrences(of: "対象: 行財政改革行動計画 R3改定\n\n", with: ""))
        // The directions come in the plan's numbering, not in the order of the department files.
        let headings = fromWorkbooks.stdout.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(
            headings == [
                "### （１）県庁のＩＣＴ化・働き方改革", "### （２）多様な主体との連携・県民参画の推進",
                "### （３）経営感覚を持った行財政運営",
            ])
    }

    @Test func reportStopsOnAnUnreadableWorkbook() throws {
        let folder = try scratchWithPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("somu.xlsx"))
        let result = try runPlansheet(["report", "somu.xlsx"], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("somu.xlsx"))
        #expect(result.stdout.isEmpty)
    }

    @Test func reportHelpShowsRealExamples() throws {
        let result = try runPlansheet(["report", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("plansheet report Samples/plans/revised.json -o report.html"))
        #expect(result.stdout.contains("--previous"))
    }
}
