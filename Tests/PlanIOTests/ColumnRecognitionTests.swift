import Testing
@testable import PlanIO

/// Headers are recognised by their usual wordings, NFKC-normalised with white space ignored,
/// and a fiscal year in a header says which year the column holds.
@Suite struct ColumnRecognitionTests {
    @Test(arguments: [
        ("番号", ColumnRole.number), ("No.", .number), ("取組番号", .number), ("Ｎｏ．", .number),
        ("方向性", .section), ("柱", .section),
        ("取組項目", .title), ("取組名", .title), ("取 組", .title),
        ("所管", .department), ("所管課", .department), ("担当課", .department), ("部局", .department),
        ("指標", .indicator), ("指標名", .indicator), ("単位", .unit),
        ("目標", .target(fiscalYear: nil)), ("目標（抄）", .target(fiscalYear: nil)), ("目標値", .target(fiscalYear: nil)),
        ("実績", .actual(fiscalYear: nil)), ("年度末実績", .actual(fiscalYear: nil)),
        ("進捗", .status), ("状況", .status), ("達成状況", .status), ("評価", .status),
        ("遅れの要因", .delayReason), ("要因", .delayReason),
        ("今後の取組等", .nextSteps), ("今後の取組予定", .nextSteps), ("今後の方向性", .nextSteps),
    ])
    func recognisesUsualHeaderWordings(_ header: String, _ role: ColumnRole) {
        #expect(ColumnRole.recognise(header) == role)
    }

    @Test(arguments: [
        ("Ｒ２年度 目標", ColumnRole.target(fiscalYear: 2020)), ("令和3年度目標", .target(fiscalYear: 2021)),
        ("2021年度 実績", .actual(fiscalYear: 2021)), ("Ｒ２年度実績", .actual(fiscalYear: 2020)),
        ("Ｒ２年度末実績", .actual(fiscalYear: 2020)), ("令和元年度実績", .actual(fiscalYear: 2019)),
        ("Ｈ３０年度 目標", .target(fiscalYear: 2018)), ("FY2022 目標", .target(fiscalYear: 2022)),
        ("目標（Ｒ４年度）", .target(fiscalYear: 2022)),
    ])
    func readsTheFiscalYearOfAColumnFromItsHeader(_ header: String, _ role: ColumnRole) {
        #expect(ColumnRole.recognise(header) == role)
    }

    @Test func leavesUnknownHeadersUnrecognised() {
        #expect(ColumnRole.recognise("備考") == nil)
        #expect(ColumnRole.recognise("Ｒ２年度") == nil)
        #expect(ColumnRole.recognise("") == nil)
    }

    @Test func findsAHeaderRowOnlyWithATitleAndATargetOrResultColumn() throws {
        let header = try #require(HeaderRow.recognise(["番号", "取組項目", "目標（抄）", "Ｒ２年度実績", "今後の取組等", "備考"], row: 5))
        #expect(header.titleColumn == 1)
        #expect(header.targetColumns.map(\.column) == [2])
        #expect(header.actualColumns.map(\.fiscalYear) == [2020])
        #expect(header.unknownColumns.map(\.column) == [5])
        #expect(!header.isTableLayout)
        #expect(HeaderRow.recognise(["部局名", "企画財政部"], row: 0) == nil)
        #expect(HeaderRow.recognise(["取組項目", "今後の取組等"], row: 0) == nil)
    }
}
