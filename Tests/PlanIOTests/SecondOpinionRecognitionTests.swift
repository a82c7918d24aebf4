import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// The rules that the layouts of a second, independent generator (Tests/LayoutGenerator/second_opinion.py)
/// showed missing, each on a small sheet: what is imported, what `inspect` says, and what is left out.
@Suite struct SecondOpinionRecognitionTests {
    private func read(_ sheets: [SubmissionSheet]) -> SubmissionImporter.Result {
        SubmissionImporter().read(sheets: sheets, file: "dept.xlsx")
    }

    private func column(_ letter: String, of result: SubmissionImporter.Result) throws -> SheetInspection.Column {
        try #require(result.inspections.first?.columns.first { $0.column == letter })
    }

    @Test func targetsAndResultsInAlternatingRowsNamedByAKindColumn() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "区分", "Ｒ２年度", "Ｒ３年度"],
                ["ＲＰＡの推進", "導入業務数", "目標", "50業務", "60業務"],
                ["ＲＰＡの推進", "導入業務数", "実績", "51業務", "－"],
                ["", "利用枚数", "目標値", "12,000枚", "67,000枚"],
                ["", "", "実績値", "約62,000枚", ""],
            ], mergedRanges: ["A2:A5"].compactMap { CellRange($0) })
        let result = read([sheet])
        let indicators = try #require(result.initiatives.first?.initiative.indicators)
        #expect(result.initiatives.count == 1)
        #expect(indicators.map(\.name) == ["導入業務数", "利用枚数"])
        #expect(indicators.map { $0.targets.map(\.fiscalYear) } == [[2020, 2021], [2020, 2021]])
        #expect(indicators.map { $0.targets.map(\.value) } == [[50, 60], [12000, 67000]])
        #expect(indicators.map { $0.actuals.map(\.fiscalYear) } == [[2020], [2020]])
        #expect(indicators.map { $0.actuals.map(\.value) } == [[51], [62000]])
        let kind = try column("C", of: result)
        #expect(kind.role == "rowKind")
        #expect(kind.reason == "「区分」 beside fiscal years that name no kind: each row says 目標 or 実績; 4 of 4 cells read 目標 or 実績")
        #expect(try column("D", of: result).role == "target 2020")
    }

    @Test func aKindColumnWhoseCellsSayNoKindLeavesTheBareYearsUndecided() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "区分", "Ｒ２年度", "Ｒ３年度"],
                ["ＲＰＡの推進", "導入業務数", "継続", "50業務", "60業務"],
                ["ペーパーレス化", "会議数", "新規", "10会議", "20会議"],
            ])
        let result = read([sheet])
        #expect(result.initiatives.flatMap { $0.initiative.indicators.flatMap(\.targets) }.isEmpty)
        #expect(try column("D", of: result).role == nil)
        #expect(
            try column("D", of: result).reason
                == "could not decide: the fiscal year names no kind and 0 of 2 cells read 目標 or 実績 in column C")
        #expect(result.issues.contains { $0.kind == .unknownColumn && $0.location.cell == "D1" })
    }

    @Test func aKindCellThatSaysNeitherTargetNorResultLeavesItsFiguresOutWithAWarning() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "区分", "Ｒ２年度", "Ｒ３年度"],
                ["ＲＰＡの推進", "導入業務数", "目標", "50業務", "60業務"],
                ["", "導入業務数", "実績", "51業務", ""],
                ["", "利用枚数", "目標", "12,000枚", "67,000枚"],
                ["", "利用枚数", "実績", "62,000枚", ""],
                ["", "会議数", "見込", "10会議", "20会議"],
                ["", "研修回数", "実績", "3回", ""],
            ])
        let result = read([sheet])
        let indicators = try #require(result.initiatives.first?.initiative.indicators)
        #expect(indicators.map(\.name) == ["導入業務数", "利用枚数", "会議数", "研修回数"])
        // 見込 is neither kind: its figures are not taken as targets or results.
        #expect(indicators[2].targets.isEmpty && indicators[2].actuals.isEmpty)
        let warning = try #require(result.issues.first { $0.kind == .unknownRowKind })
        #expect(warning.location.cell == "C6")
        #expect(warning.messageJa == "区分 C6 「見込」が目標でも実績でもないため、D6, E6 の数値を取り込みませんでした")
        #expect(warning.messageEn == "row kind C6 says 「見込」, neither 目標 nor 実績: the figures in D6, E6 were not imported")
        // A 実績 row of an indicator with no 目標 row above it gives results, never targets.
        #expect(indicators[3].targets.isEmpty)
        #expect(indicators[3].actuals.map(\.value) == [3])
        #expect(indicators[3].actuals.map(\.fiscalYear) == [2020])
    }

    @Test func statusMarksUnderStatusWordsGiveTheStatus() throws {
        let sheet = SubmissionSheet(
            name: "総務部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "進捗状況", "進捗状況", "進捗状況"],
                ["", "", "", "順調", "概ね順調", "遅れ"],
                ["ペーパーレス化", "会議数", "10会議", "", "○", ""],
                ["施設の向上", "達成率", "90%", "", "", "●"],
                ["窓口の改善", "件数", "5件", "○", "", "✓"],
            ])
        let result = read([sheet])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed, nil])
        #expect(result.initiatives.map(\.cells.status) == ["E3", "F4", "D5"])
        #expect(try column("D", of: result).role == "statusMark onTrack")
        #expect(try column("F", of: result).role == "statusMark delayed")
        let conflict = try #require(result.issues.first { $0.kind == .unknownStatus })
        #expect(conflict.messageEn == "status marks in D5, F5 say both on track and delayed; left empty")
    }

    @Test func aFinalTargetTakesItsYearFromTheTargetYearColumn() throws {
        let sheet = SubmissionSheet(
            name: "会計局",
            rows: [
                ["取組名", "指標", "目標値", "目標年度", "実績（R2）"],
                ["財務相談の促進", "応答可能質問数", "1,100問", "令和４年度", "900問"],
            ])
        let result = read([sheet])
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2022])
        #expect(indicator.targets.map(\.value) == [1100])
        #expect(indicator.actuals.map(\.fiscalYear) == [2020])
        #expect(try column("D", of: result).role == "targetYear")
    }

    @Test func yearLinesWithoutNendoInOneTargetCell() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "目標値（年度別）", "実績（R2）"],
                ["ＡＩ-ＯＣＲの推進", "利用枚数", "Ｒ２：12,000枚\nＲ３：67,000枚\nR4:70,000枚", "62,000枚"],
            ])
        let indicator = try #require(read([sheet]).initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2020, 2021, 2022])
        #expect(indicator.targets.map(\.value) == [12000, 67000, 70000])
    }

    @Test func aDashInAYearCellIsNoTargetAndNoResult() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "Ｒ３年度目標", "Ｒ４年度目標", "Ｒ２年度実績"],
                ["ＲＰＡの推進", "導入業務数", "50業務", "－", "―", "-"],
            ])
        let indicator = try #require(read([sheet]).initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2020])
        #expect(indicator.actuals.isEmpty)
    }

    @Test func aUnitInBracketsAfterTheIndicatorNameIsItsUnit() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "Ｒ２年度実績"],
                ["ＲＰＡの推進", "導入業務数（業務）", .number(50), .number(51)],
                ["会議の効率化", "利用会議数\n（単位：会議）", .number(200), .number(490)],
                ["施設の向上", "管理目標達成率（県・指定管理者協議により設定）", .number(90), .empty],
            ])
        let indicators = read([sheet]).initiatives.flatMap(\.initiative.indicators)
        #expect(indicators.map(\.unit) == ["業務", "会議", nil])
        #expect(indicators.map(\.name) == ["導入業務数（業務）", "利用会議数\n（単位：会議）", "管理目標達成率（県・指定管理者協議により設定）"])
    }

    @Test func notesExampleRowsAndMarkedHeadingsAreSkippedWithTheirReason() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "評価"],
                ["【方向性１】県庁のＩＣＴ化・働き方改革"],
                ["（記入例）○○システムの導入", "導入業務数", "10業務", "順調"],
                ["ＲＰＡの推進", "導入業務数", "50業務", "順調"],
                ["Ⅱ　多様な主体との連携・県民参画の推進"],
                ["ＮＰＯとの連携", "助成数", "10件", "順調"],
                ["＜経営感覚を持った行財政運営＞"],
                ["２　遅れが生じている取組"],
                ["共同クラウドの拡大", "参加団体数", "20団体", "遅れ"],
                ["（注）評価欄は記入要領により記入してください。"],
            ])
        let result = read([sheet])
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進", "ＮＰＯとの連携", "共同クラウドの拡大"])
        #expect(
            result.initiatives.map(\.initiative.section) == ["県庁のＩＣＴ化・働き方改革", "多様な主体との連携・県民参画の推進", nil])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .onTrack, .delayed])
        #expect(
            result.skippedRows.map { "\($0.place) \($0.reason)" }
                == ["2 heading", "3 example", "5 heading", "7 heading", "8 heading", "10 note"])
    }

    @Test func aHeadingRightUnderTheHeaderIsNoHeaderRow() throws {
        let sheet = SubmissionSheet(
            name: "危機管理防災部",
            rows: [
                ["取組事項", "成果指標（ＫＰＩ）", "目標値（R2）", "実績値（R2）", "評価"],
                ["【方向性1】遅れが生じている取組"],
                ["災害対策アプリの機能充実", "ダウンロード数", "28,400／累計", "23,183／累計", "遅れ"],
            ])
        let result = read([sheet])
        #expect(result.inspections.first?.headerRows == [1])
        #expect(result.initiatives.map(\.initiative.title) == ["災害対策アプリの機能充実"])
        #expect(result.skippedRows.map(\.reason) == [.heading])
    }

    @Test func aRowNumberingTheColumnsIsSkippedNotAnInitiative() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["No", "取組名", "指標", "Ｒ２年度目標", "評価"],
                ["①", "②", "③", "④", "⑤"],
                ["(1)", "ＲＰＡの推進", "導入業務数", "50業務", "順調"],
                ["", "", "利用枚数", "12,000", "70"],
            ])
        let result = read([sheet])
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進"])
        #expect(result.initiatives.first?.initiative.indicators.map(\.name) == ["導入業務数", "利用枚数"])
        #expect(result.skippedRows.map { "\($0.place) \($0.reason): \($0.text)" } == ["2 columnNumbers: ① ② ③"])
    }

    @Test func aFootnoteReferenceAfterAFigureIsNoPartOfItsUnit() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "Ｒ２年度実績"],
                ["連携事業の推進", "新たな連携事業", "100事業※", "109事業（※１）"],
                ["ＡＩ-ＯＣＲの推進", "利用枚数", "12,000枚注1", "約62,000枚"],
            ])
        let indicators = read([sheet]).initiatives.flatMap(\.initiative.indicators)
        #expect(indicators.map(\.unit) == ["事業", "枚"])
        #expect(indicators.map { $0.targets.map(\.value) } == [[100], [12000]])
        #expect(indicators.map { $0.targets.map(\.text) } == [["100事業※"], ["12,000枚注1"]])
        #expect(indicators.map { $0.actuals.map(\.value) } == [[109], [62000]])
    }

    @Test func theDepartmentInTwoCellsAboveTheTable() throws {
        let sheet = SubmissionSheet(
            name: "様式１",
            rows: [
                ["令和２年度 行財政改革行動計画 取組状況調書"],
                [.empty, "部局名", "総務部"],
                [],
                ["取組名", "指標", "Ｒ２年度目標", "評価"],
                ["ペーパーレス化", "会議数", "10会議", "順調"],
            ])
        #expect(read([sheet]).initiatives.map(\.initiative.department) == ["総務部"])
    }

    @Test func aNumberedLegendInAFootnoteReadsTheStatuses() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "自己評価"],
                ["ＲＰＡの推進", "導入業務数", "50業務", "1"],
                ["共同クラウドの拡大", "参加団体数", "20団体", .number(3)],
                [],
                ["※評価欄　1：順調　2：概ね順調　3：遅れ"],
            ])
        let result = read([sheet])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed])
        #expect(!result.issues.contains { $0.kind == .unknownStatus })
    }

    @Test func aLineNamingBothStatusesIsALegendNotABlockTitle() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["評価　1 順調　2 概ね順調　3 遅れ"],
                ["取組名", "指標", "Ｒ２年度目標"],
                ["ＲＰＡの推進", "導入業務数", "50業務"],
            ])
        let result = read([sheet])
        #expect(result.initiatives.map(\.initiative.status) == [nil])
        #expect(result.skippedRows.map(\.reason) == [.legend])
    }

    @Test func theLegendOfTheInstructionsSheetReadsTheDataSheetsStatuses() throws {
        let guide = SubmissionSheet(
            name: "記入上の注意",
            rows: [["記入要領"], ["４　評価欄は次の区分により記入してください。"], ["　　Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れ　Ｄ：遅れ"]])
        let data = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "評価"],
                ["ＲＰＡの推進", "導入業務数", "50業務", "Ｂ"],
                ["共同クラウドの拡大", "参加団体数", "20団体", "Ｄ"],
            ])
        let result = read([guide, data])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed])
        #expect(
            result.skippedSheets.first?.reasonEn == "notes sheet (its legend of A B C D is read for the workbook's statuses)")
    }

    @Test func aRateColumnIsNoStatusAndAStatusWithARemarkReads() throws {
        let sheet = SubmissionSheet(
            name: "企画財政部",
            rows: [
                ["取組名", "指標", "Ｒ２年度目標", "Ｒ２年度実績", "進捗率", "自己評価"],
                ["ＲＰＡの推進", "導入業務数", "50業務", "51業務", "102.0%", "順調（目標を上回る）"],
                ["共同クラウドの拡大", "参加団体数", "20団体", "15団体", "75.0%", "やや遅れ（一部未実施）"],
            ])
        let result = read([sheet])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed])
        #expect(try column("E", of: result).role == nil)
        #expect(try column("F", of: result).role == "status")
    }

    /// `10%削減` is a cut of at least 10 %: value 10, unit %, direction decrease, as DOMAIN.md reads
    /// `60％以上削減`; a result of `5%減` is half of it.
    @Test func tenPercentCutIsATargetReductionOfTenPercent() throws {
        let sheet = SubmissionSheet(
            name: "総務部",
            rows: [
                ["取組名", "指標", "Ｒ４年度目標", "Ｒ４年度実績"],
                ["ペーパーレス化", "コピー使用量", "10%削減", "5%減"],
            ])
        let indicator = try #require(read([sheet]).initiatives.first?.initiative.indicators.first)
        let target = try #require(indicator.targets.first)
        #expect(target.value == 10)
        #expect(target.comparator == .atLeast)
        #expect(indicator.unit == "%")
        #expect(indicator.direction == .decrease)
        #expect(indicator.achievementRate(in: 2022) == 0.5)
    }
}
