import Foundation
import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// `validate` finds each planted problem at its cell, and nothing in the clean Samples.
@Suite struct ValidationTests {
    /// A table-layout submission with one problem per row.
    static let broken = SubmissionSheet(
        name: "取組状況",
        rows: [
            ["■ 行動計画の取組状況"],
            ["番号", "取組項目", "所管課", "指標名", "単位", "Ｒ２年度目標", "Ｒ２年度実績", "Ｒ３年度目標", "進捗", "遅れの要因", "備考"],
            ["1", "順調なのに届かない取組", "総務部", "導入件数", "件", 50, 45, 60, "順調", .empty, .empty],
            ["2", "読めない目標の取組", "総務部", "研修回数", "回", "50件程度を目指す", 48, .empty, "遅れ", "講師の確保が遅れたため。", .empty],
            ["3", "実績のない取組", "総務部", "利用者数", "人", 100, .empty, 120, "遅れ", .empty, .empty],
            ["4", "指標のない取組", "総務部", .empty, .empty, .empty, .empty, .empty, "順調", .empty, .empty],
        ])

    static func issues(_ sheets: [SubmissionSheet], file: String = "broken.xlsx") -> [PlanIssue] {
        let submission = SubmissionImporter().read(sheets: sheets, file: file)
        return PlanValidator().validate(PlanImporter().combine([submission]))
    }

    @Test func reportsEachPlantedProblemAtItsCell() {
        let found = Set(Self.issues([Self.broken]).map { "\($0.kind.rawValue) \($0.location.sheet ?? "")!\($0.location.cell ?? "") \($0.severity.rawValue)" })
        #expect(
            found == [
                "unknownColumn 取組状況!K2 warning",
                "onTrackButBehind 取組状況!I3 error",
                "unparsableTarget 取組状況!F4 error",
                "missingResult 取組状況!G5 error",
                "delayWithoutReason 取組状況!J5 error",
                "noIndicator 取組状況!B6 error",
            ])
    }

    @Test func writesEveryMessageInJapaneseAndEnglish() {
        for issue in Self.issues([Self.broken]) {
            #expect(!issue.messageJa.isEmpty && !issue.messageEn.isEmpty)
            #expect(issue.location.file == "broken.xlsx")
        }
        let behind = Self.issues([Self.broken]).first { $0.kind == .onTrackButBehind }
        #expect(behind?.messageJa.contains("45") == true)
    }

    @Test func pointsAtTheResultCellInTheFreeTextLayout() {
        let sheet = SubmissionSheet(
            name: "行動計画",
            rows: [
                ["所管：総務部"],
                [.empty, "取組項目", "目標（抄）", "Ｒ２年度実績", "今後の取組等", "進捗"],
                [.empty, "遅れの要因がない取組", "○利用者数\nＲ２年度：100人", "80人", "引き続き推進する。", "遅れ"],
                [.empty, "実績のない取組", "○相談件数\nＲ２年度：20件", .empty, "引き続き推進する。", "順調"],
            ])
        let found = Set(Self.issues([sheet]).map { "\($0.kind.rawValue) \($0.location.cell ?? "")" })
        #expect(found == ["delayWithoutReason D3", "missingResult D4"])
    }

    @Test func findsNothingInTheCleanSamples() throws {
        for version in ["revised", "first-adopted"] {
            for layout in ["free-text", "table"] {
                let result = try PlanImporter().importFiles([SampleFiles.submissions(version: version, layout: layout)])
                #expect(PlanValidator().validate(result).isEmpty, "\(version)/\(layout)")
            }
        }
    }

    @Test func reportsDuplicateInitiativesAcrossFilesAndKeepsBoth() {
        let sheet = SubmissionSheet(
            name: "取組状況",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度実績", "進捗"],
                ["ＮＰＯとの連携による施策の推進", "助成数", 10, 55, "順調"],
            ])
        let importer = SubmissionImporter()
        let result = PlanImporter().combine([importer.read(sheets: [sheet], file: "a.xlsx"), importer.read(sheets: [sheet], file: "b.xlsx")])
        #expect(result.plan.initiatives.count == 2)
        #expect(result.plan.initiatives.map(\.department) == ["a", "b"])
        let duplicate = result.issues.filter { $0.kind == .duplicateInitiative }
        #expect(duplicate.map(\.location) == [SourceLocation(file: "b.xlsx", sheet: "取組状況", cell: "A2")])
    }
}
