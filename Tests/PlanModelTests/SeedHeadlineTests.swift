import Testing
@testable import PlanModel

/// The seed report's headline, computed from the 15 initiatives' data: nine listed as
/// achievements are on track, six are delayed, and the figures agree with both.
@Suite struct SeedHeadlineTests {
    static let initiatives: [Initiative] = seedInitiatives.map { seed in
        let reading = IndicatorReader.read(
            targetText: seed.target, resultText: seed.result,
            resultYear: FiscalYear(seedResultYear))
        // A result cell that explains a delay (【遅れが生じている要因】) is a delayed initiative.
        return Initiative(
            section: seed.section, title: seed.title,
            status: reading.delayReason == nil ? .onTrack : .delayed,
            delayReason: reading.delayReason, nextSteps: seed.nextSteps, indicators: reading.indicators)
    }

    @Test func nineInitiativesAreOnTrackAndSixDelayed() {
        let onTrack = Self.initiatives.filter { $0.status == .onTrack }.map(\.title)
        let delayed = Self.initiatives.filter { $0.status == .delayed }.map(\.title)
        #expect(
            onTrack == [
                "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進",
                "ＡＩ等新技術の活用による業務効率化の推進",
                "会議・打合せのペーパーレス化の推進",
                "埼玉コラボレーションラウンジを活用した連携事業の推進",
                "ＮＰＯとの連携による施策の推進",
                "Ｗｅｂシステムを活用した情報収集の推進",
                "データに基づいた施策立案（ＥＢＰＭ）の定着",
                "スマートステーションによる定型業務の集約化・効率化",
                "適正かつ効率的な財務会計制度の構築",
            ])
        #expect(
            delayed == [
                "市町村との協働によるＩＣＴ施策の実施",
                "指定管理者施設のサービスレベルの向上",
                "「どこでも知事室」の実施",
                "ＳＮＳ及びスマートフォンアプリ「まいたま」を活用した広報の充実",
                "災害対策アプリ「まいたま防災」の機能充実",
                "指定出資法人の経営改善の推進",
            ])
    }

    @Test func statusFromDataAgreesWithTheReportHeadingEachIsListedUnder() {
        for (seed, initiative) in zip(seedInitiatives, Self.initiatives) {
            let listedAsDelayed = Status(text: seed.reportHeading) == .delayed
            #expect((initiative.status == .delayed) == listedAsDelayed, "\(seed.key)")
        }
    }

    @Test func delayedCountMatchesTheReportsSentence() throws {
        // 行動計画の全６２取組のうち、５６の取組は順調に取り組んでおり、６の取組に遅れが生じている。
        let total = try #require(JapaneseNumber.parse("６２"))
        let onTrack = try #require(JapaneseNumber.parse("５６"))
        let delayed = try #require(JapaneseNumber.parse("６"))
        #expect(total == onTrack + delayed)
        #expect(Double(Self.initiatives.filter { $0.status == .delayed }.count) == delayed)
    }

    @Test func threeAchievementsPerDirection() {
        let achievements = Self.initiatives.filter { $0.status == .onTrack }
        let plan = Plan(initiatives: achievements)
        #expect(plan.sections == ["県庁のＩＣＴ化・働き方改革", "多様な主体との連携・県民参画の推進", "経営感覚を持った行財政運営"])
        for section in plan.sections {
            #expect(achievements.filter { $0.section == section }.count == 3, "\(section)")
        }
    }

    @Test func everyDelayedInitiativeWithFiguresIsBehindItsTarget() {
        let delayed = Self.initiatives.filter { $0.status == .delayed }
        #expect(
            delayed.filter(\.hasIndicatorBehind).map(\.title) == [
                "市町村との協働によるＩＣＴ施策の実施",
                "「どこでも知事室」の実施",
                "ＳＮＳ及びスマートフォンアプリ「まいたま」を活用した広報の充実",
                "災害対策アプリ「まいたま防災」の機能充実",
                "指定出資法人の経営改善の推進",
            ])
        // 指定管理者施設: the result is an outlook (90%以上達成が困難の見込み), not a figure to compare.
        #expect(delayed.filter { !$0.hasIndicatorBehind }.map(\.title) == ["指定管理者施設のサービスレベルの向上"])
    }

    @Test func noOnTrackInitiativeContradictsItsFigures() {
        #expect(Plan(initiatives: Self.initiatives).statusInconsistencies.isEmpty)
    }

    @Test func reportsAnOnTrackStatusThatTheFiguresContradict() throws {
        var initiative = try #require(Self.initiatives.first { $0.title == "市町村との協働によるＩＣＴ施策の実施" })
        initiative.status = .onTrack
        let findings = Plan(initiatives: [initiative]).statusInconsistencies
        #expect(
            findings == [
                StatusInconsistency(
                    initiative: "市町村との協働によるＩＣＴ施策の実施",
                    indicator: "共同クラウドの参加団体の拡大", fiscalYear: 2020,
                    reportedStatus: .onTrack, target: 20, actual: 15)
            ])
        #expect(findings.first?.description == "市町村との協働によるＩＣＴ施策の実施: 順調 but 共同クラウドの参加団体の拡大 is behind in R2 (15 of 20)")
    }
}
