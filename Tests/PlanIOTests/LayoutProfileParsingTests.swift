import Foundation
import TestSupport
import Testing
import LayoutProfileYAML
@testable import PlanIO

/// Layout profiles: YAML a clerk writes by hand, read with every key checked; a mistake names the
/// profile, the line and the key in Japanese and English.
@Suite struct LayoutProfileParsingTests {
    static let full = """
        # 企画財政部の調査票
        skip sheets:
          - 集計
          - "*（旧）"
        all sheets:
          department: 企画財政部
          status:
            ◎: onTrack
            △: delayed
        sheets:
          - name: 調査票*
            header rows: 3-4
            unit: 件
            status:
              "1": onTrack
              3: 遅れ
            columns:
              - column: b
                header: 欄B
                role: title
              - header: 欄E
                role: target
                year: R3
                unit: "%"
              - column: H
                role: Next Steps
              - column: I
                role: ignore
        """

    @Test func readsEveryKeyOfAFullProfile() throws {
        let profile = try LayoutProfile(yaml: Self.full, file: "kikaku.yaml")
        #expect(profile.skipSheets.map(\.text) == ["集計", "*（旧）"])
        #expect(profile.skipSheets.map(\.line) == [3, 4])
        #expect(profile.allSheets.department == "企画財政部")
        #expect(profile.allSheets.status == ["◎": .onTrack, "△": .delayed])
        let sheet = try #require(profile.sheets.first)
        #expect(sheet.name?.text == "調査票*")
        #expect(sheet.headerRows == 3...4)
        #expect(sheet.unit == "件")
        #expect(sheet.status == ["1": .onTrack, "3": .delayed])
        #expect(sheet.columns.map(\.column) == [1, nil, 7, 8])
        #expect(sheet.columns.map(\.header) == ["欄B", "欄E", nil, nil])
        #expect(sheet.columns.map(\.role) == [.title, .target, .nextSteps, .ignore])
        #expect(sheet.columns.map(\.fiscalYear) == [nil, 2021, nil, nil])
        #expect(sheet.columns.map(\.unit) == [nil, "%", nil, nil])
        #expect(sheet.columns.map(\.line) == [18, 21, 25, 27])
    }

    @Test func givesASheetItsOwnRulesOverTheRulesForAllSheets() throws {
        let profile = try LayoutProfile(yaml: Self.full, file: "kikaku.yaml")
        let rules = profile.rules(forSheet: "調査票（令和3年度）")
        #expect(rules.department == "企画財政部")
        #expect(rules.status == ["◎": .onTrack, "△": .delayed, "1": .onTrack, "3": .delayed])
        #expect(rules.headerRows == 3...4)
        let other = profile.rules(forSheet: "Sheet1")
        #expect(other.headerRows == nil)
        #expect(other.department == "企画財政部")
        #expect(profile.skipRule(forSheet: "集計")?.line == 3)
        #expect(profile.skipRule(forSheet: "取組（旧）")?.line == 4)
        #expect(profile.skipRule(forSheet: "取組") == nil)
    }

    @Test func matchesSheetPatternsWithStarsAndQuestionMarks() {
        #expect(SheetPattern("*部", line: 1).matches("企画財政部"))
        #expect(!SheetPattern("*部", line: 1).matches("企画財政部（旧）"))
        #expect(SheetPattern("取組?", line: 1).matches("取組１"))
        #expect(SheetPattern("取組１", line: 1).matches("取組1"))
        #expect(SheetPattern("*a*b*c*", line: 1).matches("xxaxxbxxcxx"))
        #expect(!SheetPattern("*a*b*c*", line: 1).matches(String(repeating: "ab", count: 5000)))
    }

    @Test(arguments: [
        (
            "sheets:\n  - name: 取組\n    colums: []\n", 3, "sheets[1].colums",
            "「colums」というキーはありません", "unknown key \"colums\"; the keys here are: name, skip, header rows"
        ),
        (
            "sheets:\n  - name: 取組\n    columns:\n      - column: B\n        role: titel\n", 5, "sheets[1].columns[1].role",
            "「titel」は役割として読めません", "\"titel\" is not a role; use one of: number, section, title"
        ),
        (
            "sheets:\n  - name: 取組\n    header rows: 4-x\n", 3, "sheets[1].header rows",
            "行番号として読めません", "not a row number or range; write 4, 4-5 or [4, 5]"
        ),
        (
            "sheets:\n  - name: 取組\n    header rows: 2-6\n", 3, "sheets[1].header rows",
            "見出しは3行までです", "a header spans at most 3 rows"
        ),
        (
            "all sheets:\n  status:\n    ◎: 順調\n    ●: maybe\n", 4, "all sheets.status.●",
            "「maybe」は進捗として読めません", "\"maybe\" is not a status; write onTrack or delayed"
        ),
        (
            "sheets:\n  - header rows: 4\n", 2, "sheets[1]",
            "name（シート名またはパターン）がありません", "no name: give the sheet's name"
        ),
        (
            "sheets:\n  - name: 取組\n    columns:\n      - column: 3\n        role: title\n", 4, "sheets[1].columns[1].column",
            "「3」は列の記号", "\"3\" is not a column letter"
        ),
        (
            "sheets:\n  - name: 取組\n    columns:\n      - column: B\n        role: status\n        year: R3\n", 4, "sheets[1].columns[1]",
            "year は target と result の列だけ", "year is for target and result columns only"
        ),
        ("all sheets:\n  department:\n", 2, "all sheets.department", "値がありません", "no value given"),
        ("sheets:\n  - name: 取組\n  - name: [a\n", 4, "", "YAML として読めません", "not valid YAML"),
        ("sheets:\n  name: 取組\n", 2, "sheets", "「- 」で始まる項目の並びが必要です", "expected a list of items"),
        ("all sheets:\n  unit: 件\n  unit: 人\n", 2, "", "キー「unit」が2回あります", "the key \"unit\" is given twice"),
    ])
    func namesTheLineTheKeyAndTheProblem(_ yaml: String, _ line: Int, _ key: String, _ ja: String, _ en: String) {
        do {
            _ = try LayoutProfile(yaml: yaml, file: "p.yaml")
            Issue.record("accepted: \(yaml)")
        } catch let error as LayoutProfileError {
            #expect(error.file == "p.yaml")
            #expect(error.line == line, "\(error)")
            #expect(error.key == key, "\(error)")
            #expect(error.messageJa.contains(ja), "\(error)")
            #expect(error.messageEn.contains(en), "\(error)")
            #expect(error.description.hasPrefix("p.yaml:\(line):"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func refusesAnEmptyProfileAndAFileThatIsNotUTF8() throws {
        #expect(throws: LayoutProfileError.self) { try LayoutProfile(yaml: "# only a comment\n", file: "p.yaml") }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("profile-\(UUID().uuidString).yaml")
        try Data([0x82, 0xa0, 0xff]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try LayoutProfile(contentsOf: url, name: "sjis.yaml")
            Issue.record("accepted a file that is not UTF-8")
        } catch let error as LayoutProfileError {
            #expect(error.description == "sjis.yaml: プロファイルが UTF-8 ではありません（UTF-8 で保存してください） / the profile is not UTF-8 text; save it as UTF-8")
        }
    }

    @Test func refusesAliasesThatExpandWithoutEndAndNestingWithoutEnd() {
        var bomb = ["all sheets:", "  department: &a0 企画財政部"]
        bomb.append("  unit: &a1 [" + Array(repeating: "*a0", count: 10).joined(separator: ", ") + "]")
        for level in 2...9 {
            bomb.append("x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        #expect(throws: LayoutProfileError.self) { try LayoutProfile(yaml: bomb.joined(separator: "\n"), file: "bomb.yaml") }
        let deep = "sheets:\n  - name: " + String(repeating: "[", count: 5000)
        #expect(throws: LayoutProfileError.self) { try LayoutProfile(yaml: deep, file: "deep.yaml") }
    }

    @Test func readsAProfileSavedByNotepadWithAByteOrderMarkAndWindowsLineEnds() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("profile-\(UUID().uuidString).yaml")
        try (Data([0xEF, 0xBB, 0xBF]) + Data("sheets:\r\n  - name: 取組\r\n    header rows: 2\r\n".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let profile = try LayoutProfile(contentsOf: url)
        #expect(profile.sheets.first?.name?.text == "取組")
        #expect(profile.sheets.first?.headerRows == 2...2)
    }

    @Test func writesScalarsPlainUnlessYAMLWouldReadThemOtherwise() throws {
        #expect(ProfileYAMLText.scalar("取組項目") == "取組項目")
        #expect(ProfileYAMLText.scalar("%") == "\"%\"")
        #expect(ProfileYAMLText.scalar("null") == "\"null\"")
        #expect(ProfileYAMLText.scalar("目標: R3") == "\"目標: R3\"")
        #expect(ProfileYAMLText.scalar("目標\n実績") == "\"目標\\n実績\"")
        for text in ["%", "null", "目標: R3", "目標\n実績", "- 1", "\"引用\"", "a\\b", "#1", "*（旧）"] {
            let profile = try LayoutProfile(yaml: "all sheets:\n  department: \(ProfileYAMLText.scalar(text))\n", file: "p.yaml")
            #expect(profile.allSheets.department == text)
        }
    }

    @Test func readsTheFullExampleProfileOfTheReadme() throws {
        let readme = try String(contentsOf: RepositoryFixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Layout profiles").dropFirst().first)
        let yaml = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let profile = try LayoutProfile(yaml: yaml, file: "README.md")
        #expect(profile.skipSheets.map(\.text) == ["集計", "*（旧）"])
        #expect(profile.allSheets.status == ["◎": .onTrack, "○": .onTrack, "△": .delayed, "A": .onTrack])
        let sheet = try #require(profile.sheets.first)
        #expect(sheet.headerRows == 3...4)
        #expect(sheet.columns.map(\.role) == [.number, .title, .indicator, .target, .result, .ignore])
        #expect(sheet.columns.map(\.fiscalYear) == [nil, nil, nil, 2021, 2021, nil])
    }
}
