import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// Fiscal years written down the rows (a 年度 column, one row per indicator and year), and a block
/// heading naming the department of the rows under it.
@Suite struct YearsDownTheRowsTests {
    private func read(_ sheet: SubmissionSheet) -> SubmissionImporter.Result {
        SubmissionImporter().read(sheets: [sheet], file: "dept.xlsx")
    }

    @Test func aYearColumnGivesEachRowItsYearUnderOneIndicator() throws {
        let result = read(
            SubmissionSheet(
                name: "取組状況",
                rows: [
                    ["【総務部】"],
                    ["取組名", "成果指標", "年度", "目標値", "実績値", "進捗"],
                    ["ＲＰＡの推進", "導入業務数", "R2", "50業務", "51業務", "順調"],
                    ["", "", "R3", "60業務", "", ""],
                    ["", "", "2022", "70業務", "", ""],
                    ["", "削減時間", "令和２年度", "1,000時間", "1,200時間", ""],
                    ["【企画部】"],
                    ["取組名", "成果指標", "年度", "目標値", "実績値", "進捗"],
                    ["電子申請の拡大", "電子申請件数", "R2", "12,000件", "約1万件", "遅れ"],
                    ["", "", "R3", "15,000件", "", ""],
                ]))
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進", "電子申請の拡大"])
        #expect(result.initiatives.map(\.initiative.department) == ["総務部", "企画部"])
        let rpa = result.initiatives[0].initiative.indicators
        #expect(rpa.map(\.name) == ["導入業務数", "削減時間"])
        #expect(rpa[0].targets.map(\.fiscalYear) == [2020, 2021, 2022])
        #expect(rpa[0].targets.map(\.value) == [50, 60, 70])
        #expect(rpa[0].actuals.map(\.fiscalYear) == [2020])
        #expect(rpa[1].targets.map(\.fiscalYear) == [2020])
        let online = try #require(result.initiatives.last?.initiative.indicators.first)
        #expect(online.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(online.actuals.map(\.value) == [10000])
        #expect(!result.issues.contains { $0.kind == .unknownColumn })
        let year = try #require(result.inspections.first?.columns.first { $0.column == "C" })
        #expect(year.role == "rowYear")
        #expect(result.skippedRows.map(\.reason) == [.heading, .repeatedHeader])
    }

    @Test func aYearCellThatNamesNoYearLeavesItsFiguresOutWithAWarning() throws {
        let result = read(
            SubmissionSheet(
                name: "取組状況",
                rows: [
                    ["取組名", "指標", "年度", "目標", "実績"],
                    ["ＲＰＡの推進", "導入業務数", "R2", "50業務", "51業務"],
                    ["", "", "R3", "60業務", ""],
                    ["", "", "R4", "70業務", ""],
                    ["", "", "R5", "80業務", ""],
                    ["", "", "最終", "100業務", ""],
                ]))
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2020, 2021, 2022, 2023])
        let warning = try #require(result.issues.first { $0.kind == .unknownRowYear })
        #expect(warning.location.cell == "C6")
        #expect(warning.messageEn == "fiscal year C6 says 「最終」, which is no fiscal year: the figures in D6 were not imported")
        #expect(warning.messageJa == "年度 C6 「最終」が年度として読めないため、D6 の数値を取り込みませんでした")
    }

    @Test func aYearColumnWhoseCellsAreNoYearsIsSaidNotGuessed() throws {
        let result = read(
            SubmissionSheet(
                name: "取組状況",
                rows: [
                    ["取組名", "指標", "年度", "目標", "実績"],
                    ["ＲＰＡの推進", "導入業務数", "前半", "50業務", "51業務"],
                    ["ペーパーレス化", "利用枚数", "後半", "20,000枚", ""],
                ]))
        #expect(result.initiatives.isEmpty)
        #expect(result.skippedSheets.first?.reasonEn == "column C 「年度」 should give each row its fiscal year, but 0 of 2 cells read as a fiscal year")
    }

    @Test func theYearColumnIsTheProfileRoleFiscalYearBothWays() {
        // inspect names the role rowYear; the profile written from it says `fiscal year`, read back the same.
        #expect(ProfileRole(.rowYear) == .fiscalYear)
        #expect(ProfileRole(words: ColumnRole.rowYear.description) == .fiscalYear)
        #expect(ProfileRole(words: "fiscal year")?.columnRole(fiscalYear: nil) == .rowYear)
    }

    @Test func aYearByYearSheetRepeatingTheTableIsNotImportedTwice() throws {
        let table = SubmissionSheet(
            name: "取組一覧",
            rows: [
                ["取組項目", "指標名", "R2目標", "R2実績", "R3目標"],
                ["ＲＰＡの推進", "導入業務数", "50業務", "51業務", "60業務"],
            ])
        let longForm = SubmissionSheet(
            name: "年度別",
            rows: [
                ["取組項目", "指標名", "年度", "目標", "実績"],
                ["ＲＰＡの推進", "導入業務数", "R2", "50業務", "51業務"],
                ["", "", "R3", "60業務", ""],
            ])
        let result = SubmissionImporter().read(sheets: [table, longForm], file: "dept.xlsx")
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進"])
        let skipped = try #require(result.skippedSheets.first { $0.sheet == "年度別" })
        #expect(skipped.reasonEn == "the initiatives of sheet 「取組一覧」 again, with years down the rows (not imported twice)")
        // A year-by-year sheet with an initiative of its own is a part of the plan, and is read.
        let more = SubmissionSheet(
            name: "年度別",
            rows: longForm.rows + [["電子申請の拡大", "電子申請件数", "R2", "12,000件", ""]])
        let both = SubmissionImporter().read(sheets: [table, more], file: "dept.xlsx")
        // Its repeated initiative is not dropped on a guess: it comes in again, and the plan import
        // reports it as a duplicate (duplicateInitiative) for the clerk to decide.
        #expect(both.initiatives.map(\.initiative.title) == ["ＲＰＡの推進", "ＲＰＡの推進", "電子申請の拡大"])
        #expect(both.skippedSheets.isEmpty)
    }
}
