import Foundation
import Testing
import PlanModel
@testable import PlanIO

/// The Samples' submissions saved by LibreOffice as `.xls` and `.ods`
/// (Scripts/make-legacy-corpus.sh, committed under Fixtures/legacy) import to the same
/// plan as the `.xlsx` originals: every initiative, indicator, target, text and cell source.
@Suite struct LegacySubmissionImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/legacy")

    /// The plan from the files of one format in a layout's folder.
    func importPlan(_ layout: String, format: String) throws -> Plan {
        let folder =
            format == "xlsx"
            ? SampleFiles.submissions(version: "first-adopted", layout: layout)
            : Self.fixtures.appendingPathComponent(layout)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".\(format)") }.sorted()
        #expect(names.count == 5, "\(layout): five \(format) submissions")
        let options = ImportOptions(title: "行財政改革行動計画", version: "当初")
        var plan = try PlanImporter(options: options).importFiles(names.map { folder.appendingPathComponent($0) }).plan
        // Sources name the file: compare them by base name, so `somu.xls` stands for `somu.xlsx`.
        for index in plan.initiatives.indices {
            if var source = plan.initiatives[index].source {
                source.file = URL(fileURLWithPath: source.file).deletingPathExtension().lastPathComponent
                plan.initiatives[index].source = source
            }
        }
        return plan
    }

    /// What an import of one file says, with the file's extension taken out of every source and note.
    func importNamingNoExtension(_ url: URL) throws -> (plan: Plan, notes: [String]) {
        let options = ImportOptions(title: "行財政改革行動計画", version: "当初")
        let result = try PlanImporter(options: options).importFiles([url])
        var plan = result.plan
        for index in plan.initiatives.indices {
            if var source = plan.initiatives[index].source {
                source.file = URL(fileURLWithPath: source.file).deletingPathExtension().lastPathComponent
                plan.initiatives[index].source = source
            }
        }
        let notes = result.skippedSheets.map(\.description) + result.skippedRows.map(\.description) + result.issues.map(\.description)
        let base = url.deletingPathExtension().lastPathComponent
        return (plan, notes.map { $0.replacingOccurrences(of: url.path, with: base).replacingOccurrences(of: url.lastPathComponent, with: base) })
    }

    @Test(arguments: ["xls", "ods"])
    func hiddenRowsColumnsAndSheetsOfLegacyFilesAreLeftOutAndNotedAsForXLSX(_ format: String) throws {
        let folder = Self.fixtures.appendingPathComponent("hidden")
        let original = try importNamingNoExtension(folder.appendingPathComponent("somu.xlsx"))
        let legacy = try importNamingNoExtension(folder.appendingPathComponent("somu.\(format)"))
        #expect(
            original.plan.initiatives.map(\.title) == [
                "会議・打合せのペーパーレス化の推進", "スマートステーションによる定型業務の集約化・効率化",
                "指定管理者施設のサービスレベルの向上",
            ])
        #expect(
            original.notes.filter { $0.contains("非表示") } == [
                "somu › 旧版: 非表示のシート / hidden sheet",
                "somu › 取組状況 › column N: 非表示の列 / hidden column: 内部メモ",
                "somu › 取組状況 › row 7: 非表示の行 / hidden row: 9-9",
            ])
        let difference = SampleFiles.firstDifference(legacy.plan, original.plan)
        #expect(difference == nil, ".\(format): \(difference ?? "")")
        #expect(legacy.notes == original.notes)
    }

    @Test(arguments: ["xls", "ods"])
    func percentsHiddenPartsAndLegendsOfAnUnseenLayoutImportAsFromTheXLSX(_ format: String) throws {
        let folder = Self.fixtures.appendingPathComponent("varied")
        let original = try importNamingNoExtension(folder.appendingPathComponent("varied.xlsx"))
        let legacy = try importNamingNoExtension(folder.appendingPathComponent("varied.\(format)"))
        let rate = original.plan.initiatives.last?.indicators.first
        #expect(rate?.unit == "%")
        #expect(rate?.actuals.map(\.value) == [40.5])
        let difference = SampleFiles.firstDifference(legacy.plan, original.plan)
        #expect(difference == nil, ".\(format): \(difference ?? "")")
        #expect(legacy.notes == original.notes)
    }

    @Test(arguments: ["table", "free-text"], ["xls", "ods"])
    func legacySubmissionsImportToTheSamePlanAsTheXLSXOriginals(_ layout: String, _ format: String) throws {
        let original = try importPlan(layout, format: "xlsx")
        let legacy = try importPlan(layout, format: format)
        #expect(original.initiatives.count == 15)
        let difference = SampleFiles.firstDifference(legacy, original)
        #expect(difference == nil, "\(layout) .\(format): \(difference ?? "")")
    }
}
