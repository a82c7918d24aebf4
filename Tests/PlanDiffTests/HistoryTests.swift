import Testing
import PlanModel
@testable import PlanDiff

/// The cross-year view: targets and results per fiscal year, achievement, trend, revisions.
@Suite struct HistoryTests {
    func entry(_ history: History, _ indicator: String) throws -> IndicatorHistory {
        try #require(history.indicators.first { $0.indicator == indicator })
    }

    @Test func followsTheAIOCRTargetThroughBothVersionsWithItsRevisions() throws {
        let history = History([SeedPlans.firstAdopted, SeedPlans.revised])
        #expect(history.versions == ["当初", "R3改定"])
        let ocr = try entry(history, "ＡＩ-ＯＣＲ 利用枚数")
        #expect(ocr.years.map(\.fiscalYear) == [2020, 2021, 2022])
        #expect(ocr.years.map(\.target) == [12000, 67000, 70000])
        #expect(ocr.years.map(\.actual) == [62000, nil, nil])
        #expect(ocr.years[0].achievement == 5.167)
        // The revision is both written in R3改定 and seen between the versions: reported once.
        #expect(
            ocr.revisions == [
                TargetRevision(fiscalYear: 2021, from: 20000, to: 67000, version: "R3改定", recordedInText: true),
                TargetRevision(fiscalYear: 2022, from: 30000, to: 70000, version: "R3改定", recordedInText: true),
            ])
        #expect(try entry(history, "コピー使用量").years.map(\.target) == [50, 60])
    }

    @Test func oneVersionAloneShowsTheRevisionsItsTextRecords() throws {
        let voice = try entry(History([SeedPlans.revised]), "音声テキスト化システム 利用会議数")
        #expect(voice.revisions.map { [$0.fiscalYear ?? 0, Int($0.from), Int($0.to)] } == [[2021, 250, 500], [2022, 300, 550]])
        #expect(voice.years[0].achievement == 2.45)
    }

    @Test func revisionSeenOnlyBetweenVersionsIsMarkedSo() throws {
        var later = SeedPlans.revised
        later.version = "R4改定"
        later.initiatives[0].indicators[1].targets[2] = Target(fiscalYear: 2022, value: 80000, text: "Ｒ４年度：８万枚")
        let ocr = try entry(History([SeedPlans.firstAdopted, SeedPlans.revised, later]), "ＡＩ-ＯＣＲ 利用枚数")
        #expect(ocr.revisions.last == TargetRevision(fiscalYear: 2022, from: 70000, to: 80000, version: "R4改定", recordedInText: false))
        #expect(ocr.years.last?.target == 80000)
    }

    @Test func reductionRatesCompareDirectly() throws {
        // コピー使用量60％以上削減 against 61.2％減 a year later.
        var plan = SeedPlans.revised
        plan.initiatives[2].indicators[2].actuals = [Actual(fiscalYear: 2022, value: 61.2, text: "61.2％減")]
        #expect(try entry(History([plan]), "コピー使用量").years.map(\.achievement) == [nil, 1.02])
    }

    @Test func trendFollowsTheIndicatorsDirection() throws {
        func plan(_ direction: Direction, _ unit: String, _ values: [Double]) -> Plan {
            Plan(initiatives: [
                Initiative(
                    title: "時間外勤務の縮減",
                    indicators: [
                        Indicator(
                            name: "時間外勤務時間", unit: unit, direction: direction,
                            actuals: values.enumerated().map { Actual(fiscalYear: 2019 + $0, value: $1, text: "") })
                    ])
            ])
        }
        var level = plan(.decrease, "時間", [150, 120])
        level.initiatives[0].indicators[0].targets = [Target(fiscalYear: 2020, value: 100, comparator: .atMost, text: "100時間以下")]
        #expect(try entry(History([level]), "時間外勤務時間").trend == .improving)
        #expect(try entry(History([plan(.decrease, "％", [50, 60])]), "時間外勤務時間").trend == .improving)
        #expect(try entry(History([plan(.increase, "時間", [150, 120])]), "時間外勤務時間").trend == .worsening)
        #expect(try entry(History([plan(.increase, "時間", [150, 150])]), "時間外勤務時間").trend == .flat)
        #expect(try entry(History([plan(.increase, "時間", [150])]), "時間外勤務時間").trend == nil)
        // A level brought down from 150 towards 100, reaching 120: 30 of the 50 hours.
        #expect(try entry(History([level]), "時間外勤務時間").years.map(\.achievement) == [nil, 0.6])
    }

    @Test func historyJSONAndCSVCarryEveryYear() throws {
        let history = History([SeedPlans.firstAdopted, SeedPlans.revised])
        let json = history.jsonText()
        #expect(json.hasPrefix("{\n  \"schema\": \"plansheet.history/1\",\n  \"versions\": [\"当初\",\"R3改定\"],"))
        #expect(json.contains(#"{"fiscalYear":2021,"from":20000,"to":67000,"version":"R3改定","recordedInText":true}"#))
        let csv = history.csvText().components(separatedBy: "\r\n")
        #expect(csv.contains("ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進,企画財政部,ＡＩ-ＯＣＲ 利用枚数,枚,increase,2021,67000,Ｒ３年度：２万→6.7万枚,,,,,\"R3 20,000枚→67,000枚 (R3改定, 記載)\""))
    }
}
