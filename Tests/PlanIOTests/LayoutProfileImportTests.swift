import Foundation
import PlanModel
import Testing
import XLSX
import LayoutProfileYAML
@testable import PlanIO

/// A layout profile overrides detection only where it says something: header rows, column roles,
/// the status vocabulary, units, the department, sheets to skip; a rule that matches nothing is said.
@Suite struct LayoutProfileImportTests {
    /// A template automatic recognition cannot read: headers in codes (欄A…欄I), statuses as 1/2/3
    /// explained by a line above the table that is no legend PlanSheet knows.
    static let codedTemplate = SubmissionSheet(
        name: "調査票",
        rows: [
            ["令和3年度 行政改革 取組調査票"],
            ["評価の欄は 1＝順調、2＝概ね順調、3＝遅れ で記入"],
            ["欄A", "欄B", "欄C", "欄D", "欄E", "欄F", "欄G", "欄H", "欄I"],
            ["1", "電子申請の推進", "オンライン申請件数", "件", 1000, 800, 1200, "3", "周知が不足したため"],
            [.empty, .empty, "来庁者数", "人", 500, 450, 400, .empty, .empty],
            ["2", "ＮＰＯとの連携", "助成数", "件", 10, 11, 12, "1", .empty],
        ])
    static let cover = SubmissionSheet(name: "表紙", rows: [["部局名", "総務部"]])

    func read(_ sheets: [SubmissionSheet], profile yaml: String? = nil) throws -> SubmissionImporter.Result {
        var options = ImportOptions()
        options.profile = try yaml.map { try LayoutProfile(yaml: $0, file: "p.yaml") }
        return SubmissionImporter(options: options).read(sheets: sheets, file: "somu.xlsx")
    }

    /// Sets the role (and the lines after it) of the column with this header in a written profile,
    /// as a clerk does in an editor.
    func settingRole(_ profile: String, header: String, to role: String, extra: [String] = []) -> String {
        var lines = profile.components(separatedBy: "\n")
        guard let at = lines.firstIndex(of: "        header: \(header)"), lines[at + 1].hasPrefix("        role:") else {
            Issue.record("no column \(header) in the written profile")
            return profile
        }
        lines[at + 1] = "        role: \(role)"
        lines.insert(contentsOf: extra.map { "        \($0)" }, at: at + 2)
        return lines.joined(separator: "\n")
    }

    @Test func writeProfileThenCorrectItByHandImportsEveryFactOfAnUnreadableTemplate() throws {
        let sheets = [Self.cover, Self.codedTemplate]
        let unread = try read(sheets)
        #expect(unread.initiatives.isEmpty)
        #expect(unread.issues.map(\.kind) == [.noInitiatives])

        var profile = LayoutProfileWriter.text(for: PlanImporter().combine([unread]))
        #expect(profile.contains("  - name: 調査票\n    # CHECK: not read: "))
        #expect(profile.contains("    skip: true\n    header rows: 3    # CHECK"))
        #expect(profile.contains("      - column: B\n        header: 欄B\n        role: ignore    # CHECK: not decided"))
        #expect(profile.contains("# Sheets PlanSheet does not read anyway: 表紙 (cover sheet)."))
        // The profile as written changes nothing: the sheet is still not read, now by the profile's word.
        #expect(try read(sheets, profile: profile).initiatives.isEmpty)

        profile = profile.replacingOccurrences(of: "    skip: true\n", with: "")
        profile = profile.replacingOccurrences(
            of: "      # ◎: onTrack\n      # △: delayed",
            with: "      1: onTrack\n      2: onTrack\n      3: delayed")
        for (header, role, extra) in [
            ("欄A", "number", []), ("欄B", "title", []), ("欄C", "indicator", []), ("欄D", "unit", []),
            ("欄E", "target", ["year: R3"]), ("欄F", "result", ["year: R3"]),
            ("欄G", "target", ["year: 令和4年度"]), ("欄H", "status", []), ("欄I", "cause", []),
        ] {
            profile = settingRole(profile, header: header, to: role, extra: extra)
        }
        let result = try read(sheets, profile: profile)
        #expect(result.issues.isEmpty, "\(result.issues)")
        let initiatives = result.initiatives.map(\.initiative)
        #expect(initiatives.map(\.id) == ["1", "2"])
        #expect(initiatives.map(\.title) == ["電子申請の推進", "ＮＰＯとの連携"])
        #expect(initiatives.map(\.status) == [.delayed, .onTrack])
        #expect(initiatives.map(\.delayReason) == ["周知が不足したため", nil])
        #expect(initiatives.map(\.department) == ["総務部", "総務部"])
        let indicators = initiatives.flatMap(\.indicators)
        #expect(indicators.map(\.name) == ["オンライン申請件数", "来庁者数", "助成数"])
        #expect(indicators.map(\.unit) == ["件", "人", "件"])
        #expect(indicators.map { $0.targets.map(\.fiscalYear) } == [[2021, 2022], [2021, 2022], [2021, 2022]])
        #expect(indicators.map { $0.targets.map(\.value) } == [[1000, 1200], [500, 400], [10, 12]])
        #expect(indicators.map { $0.actuals.map(\.fiscalYear) } == [[2021], [2021], [2021]])
        #expect(indicators.map { $0.actuals.map(\.value) } == [[800], [450], [11]])

        let inspection = try #require(result.inspections.first)
        #expect(inspection.headerSource == "profile")
        #expect(inspection.columns.map(\.source) == Array(repeating: "profile", count: 9))
        #expect(
            inspection.columns.map(\.role) == [
                "number", "title", "indicator", "unit", "target 2021", "actual 2021",
                "target 2022", "status", "delayReason",
            ])
        #expect(inspection.legend == ["1": "onTrack", "2": "onTrack", "3": "delayed"])
        #expect(inspection.text.contains("  E 「欄E」 → target 2021 (1.0) [profile line "))
    }

    static let detectable = SubmissionSheet(
        name: "取組",
        rows: [
            ["事業名", "アウトカム指標", "計画値（令和５年度）", "2023年度実績", "評価区分", "課題・対応", "担当部署"],
            ["窓口のオンライン化", "オンライン申請件数", "1,000件", "800件", "済", "周知を強化する", "総務課"],
            ["窓口のオンライン化", "来庁者数", "500人以下", "450人", "済", "周知を強化する", "総務課"],
        ])

    @Test func aProfileWrittenFromADetectedSheetImportsAsDetectionDid() throws {
        let detected = try read([Self.detectable])
        let profile = LayoutProfileWriter.text(for: PlanImporter().combine([detected]))
        #expect(profile.contains("      - column: C\n        header: 計画値（令和５年度）\n        role: target    # "))
        #expect(profile.contains("        year: 2023\n"))
        #expect(profile.contains("    # department: 総務課    # found"))
        let again = try read([Self.detectable], profile: profile)
        #expect(again.initiatives.map(\.initiative) == detected.initiatives.map(\.initiative))
    }

    @Test func overridesOnlyWhatItSaysAndLeavesTheRestDetected() throws {
        let unread = try read([Self.detectable])
        #expect(unread.initiatives.first?.initiative.status == nil)
        #expect(unread.issues.map(\.kind) == [.unknownStatus])
        let result = try read([Self.detectable], profile: "all sheets:\n  status:\n    済: onTrack\n")
        #expect(result.issues.isEmpty)
        let initiative = try #require(result.initiatives.first?.initiative)
        #expect(initiative.status == .onTrack)
        #expect(initiative.indicators.map(\.name) == ["オンライン申請件数", "来庁者数"])
        #expect(initiative.department == "総務課")
        let inspection = try #require(result.inspections.first)
        #expect(inspection.headerSource == "detected")
        #expect(inspection.columns.map(\.source) == Array(repeating: "header", count: 7))
    }

    @Test func aColumnRuleByLetterTakesTheRoleFromTheDetectedColumn() throws {
        let profile = """
            sheets:
              - name: 取組
                department: 企画財政部
                unit: 件
                columns:
                  - column: F
                    role: ignore
                  - column: G
                    role: next steps
            """
        let result = try read([Self.detectable], profile: profile)
        let initiative = try #require(result.initiatives.first?.initiative)
        #expect(initiative.nextSteps == "総務課")
        // The department column (G) is now next steps: the profile's department applies.
        #expect(initiative.department == "企画財政部")
        let columns = try #require(result.inspections.first?.columns)
        #expect(columns[5].role == nil)
        #expect(columns[5].reason == "ignored by the profile (line 6)")
        #expect(columns[6].role == "nextSteps")
        #expect(columns[6].evidence == ["profile line 8"])
    }

    @Test func findsTheHeaderRowByTheProfilesHeaderTextsWhenItGivesNoHeaderRows() throws {
        let sheet = SubmissionSheet(
            name: "案件一覧",
            rows: [
                ["案件一覧（総務課）"],
                ["案件", "成果指標", "Ｒ３年度目標", "Ｒ３年度実績"],
                ["電子申請の推進", "オンライン申請件数", 1000, 800],
            ])
        #expect(try read([sheet]).initiatives.isEmpty)
        let result = try read([sheet], profile: "all sheets:\n  columns:\n    - header: 案件\n      role: title\n")
        let initiative = try #require(result.initiatives.first?.initiative)
        #expect(initiative.title == "電子申請の推進")
        #expect(initiative.indicators.first?.targets.first?.fiscalYear == 2021)
        #expect(initiative.indicators.first?.actuals.first?.value == 800)
        #expect(result.inspections.first?.headerRows == [2])
        #expect(result.inspections.first?.columns.map(\.source) == ["profile", "header", "header", "header"])
    }

    @Test func reportsEveryRuleThatMatchesNothing() throws {
        let profile = """
            skip sheets:
              - 集計
            sheets:
              - name: 取組
                columns:
                  - header: 欄Z
                    role: title
                  - column: C
                    header: 目標
                    role: target
              - name: 別紙*
            """
        let result = try read([Self.detectable], profile: profile)
        let unmatched = result.issues.filter { $0.kind == .unmatchedProfileRule }
        #expect(
            unmatched.map(\.description) == [
                "somu.xlsx › 取組 › A1: warning: プロファイル p.yaml 6行目の列の指定（「欄Z」）に当たる列が見出し（1行目）にありません"
                    + " / the profile rule at p.yaml:6 (「欄Z」) matches no column of the header in rows 1",
                "somu.xlsx › 取組 › C1: warning: プロファイル p.yaml 8行目の列の指定（column C 「目標」）に当たる列が見出し（1行目）にありません"
                    + " / the profile rule at p.yaml:8 (column C 「目標」) matches no column of the header in rows 1; that column's header is 「計画値（令和５年度）」",
                "somu.xlsx: warning: プロファイル p.yaml 2行目（skip sheets）の「集計」に当たるシートがありません（シート: 取組）"
                    + " / the profile rule at p.yaml:2 (skip sheets) 「集計」 matches no sheet; the sheets are 取組",
                "somu.xlsx: warning: プロファイル p.yaml 11行目（sheets）の「別紙*」に当たるシートがありません（シート: 取組）"
                    + " / the profile rule at p.yaml:11 (sheets) 「別紙*」 matches no sheet; the sheets are 取組",
            ])
        // The rule that named a moved column changed nothing: C is still the detected target.
        #expect(result.initiatives.first?.initiative.indicators.first?.targets.first?.value == 1000)
    }

    @Test func skipsTheSheetsTheProfileNamesAndReadsANotesNamedSheetItNamesOutright() throws {
        let renamed = SubmissionSheet(name: "記入例", rows: Self.detectable.rows)
        let skipped = try read([Self.detectable], profile: "skip sheets:\n  - 取*\n")
        #expect(skipped.initiatives.isEmpty)
        #expect(skipped.skippedSheets.map(\.description) == ["somu.xlsx › 取組: プロファイル p.yaml（2行目）で読まないシート / skipped by the profile (p.yaml:2)"])
        #expect(try read([renamed]).initiatives.isEmpty)
        #expect(try read([renamed], profile: "sheets:\n  - name: 記入例\n").initiatives.count == 1)
    }

    @Test func saysWhenTheProfilesHeaderRowsAreOutsideTheSheetOrNameNoTitle() throws {
        let below = try read([Self.detectable], profile: "sheets:\n  - name: 取組\n    header rows: 9\n")
        #expect(below.skippedSheets.first?.reasonEn == "the header rows of the profile (p.yaml:2) end at row 9, below the sheet's last row 3")
        let noTitle = try read([Self.detectable], profile: "sheets:\n  - name: 取組\n    header rows: 2\n")
        #expect(
            noTitle.skippedSheets.first?.reasonEn
                == "the profile's header rows 2–2 (p.yaml:2) have no title column; give one column role: title")
    }

    @Test func saysWhichFigureColumnHasNoFiscalYearInsteadOfGuessingOne() throws {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "目標", "実績"],
                ["窓口のオンライン化", "オンライン申請件数", 1000, 800],
            ])
        let result = try read([sheet])
        #expect(
            result.issues.map(\.description) == [
                "somu.xlsx › 取組 › C1: warning: 列「目標」の年度を決められません。値は年度なしで取り込みました（プロファイルの year で指定できます）"
                    + " / could not decide the fiscal year of the column \"目標\"; its figures were imported without a year (a profile's year: gives it)",
                "somu.xlsx › 取組 › D1: warning: 列「実績」の年度を決められません。値は年度なしで取り込みました（プロファイルの year で指定できます）"
                    + " / could not decide the fiscal year of the column \"実績\"; its figures were imported without a year (a profile's year: gives it)",
            ])
        #expect(result.inspections.first?.columns[2].evidence == ["header words: known wording 「目標」", "no fiscal year found"])
        let profiled = try read(
            [sheet],
            profile: "all sheets:\n  columns:\n    - header: 目標\n      role: target\n      year: R3\n    - header: 実績\n      role: result\n      year: R3\n")
        #expect(profiled.issues.isEmpty)
        #expect(profiled.initiatives.first?.initiative.indicators.first?.actuals.first?.fiscalYear == 2021)
    }
}
