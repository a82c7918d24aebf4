import Testing
@testable import PlanModel

/// Each of the 15 initiatives of the seed report, read from its target and result texts as
/// printed, against the values a reader of the report takes from it (written out by hand).
@Suite struct SeedInitiativeTests {
    func reading(_ key: String) throws -> IndicatorReading {
        let seed = try #require(seedInitiatives.first { $0.key == key })
        return IndicatorReader.read(
            targetText: seed.target, resultText: seed.result,
            resultYear: FiscalYear(seedResultYear))
    }

    /// The reading of a seed initiative that has exactly one indicator, and that indicator.
    func single(_ key: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (IndicatorReading, Indicator) {
        let reading = try reading(key)
        #expect(reading.indicators.count == 1, sourceLocation: sourceLocation)
        return (reading, try #require(reading.indicators.first, sourceLocation: sourceLocation))
    }

    func expect(
        _ target: Target?, year: Int?, value: Double?, comparator: Comparator? = .atLeast,
        revisedFrom: Double? = nil, text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(target?.fiscalYear == year, sourceLocation: sourceLocation)
        #expect(target?.value == value, sourceLocation: sourceLocation)
        #expect(target?.comparator == (value == nil ? nil : comparator), sourceLocation: sourceLocation)
        #expect(target?.revisedFrom == revisedFrom, sourceLocation: sourceLocation)
        #expect(target?.text == text, sourceLocation: sourceLocation)
    }

    func expect(
        _ actual: Actual?, value: Double?, approximate: Bool = false, text: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(actual?.fiscalYear == 2020, sourceLocation: sourceLocation)
        #expect(actual?.value == value, sourceLocation: sourceLocation)
        #expect(actual?.approximate == approximate, sourceLocation: sourceLocation)
        #expect(actual?.text == text, sourceLocation: sourceLocation)
    }

    // MARK: 主な成果 (1) 県庁のＩＣＴ化・働き方改革

    @Test func automationHasThreeIndicatorsAllAboveTarget() throws {
        let reading = try reading("automation")
        #expect(reading.indicators.map(\.name) == ["ＲＰＡ 導入業務数", "ＡＩ-ＯＣＲ 利用枚数", "音声テキスト化システム 利用会議数"])
        #expect(reading.indicators.map(\.unit) == ["業務", "枚", "会議"])
        #expect(reading.indicators.map(\.period) == [nil, .perYear, .perYear])
        let (rpa, ocr, voice) = (reading.indicators[0], reading.indicators[1], reading.indicators[2])
        expect(rpa.targets.first, year: 2020, value: 50, text: "Ｒ２年度：50業務")
        expect(rpa.actuals.first, value: 51, text: "51業務")
        expect(ocr.targets.first, year: 2020, value: 12000, text: "Ｒ２年度：12,000枚／年")
        expect(ocr.actuals.first, value: 62000, approximate: true, text: "約62,000枚／年")
        expect(voice.targets.first, year: 2020, value: 200, text: "Ｒ２年度：200会議／年")
        expect(voice.actuals.first, value: 490, approximate: true, text: "約490会議／年")
        #expect(rpa.achievementRate(in: 2020) == 51.0 / 50.0)
        #expect(ocr.achievementRate(in: 2020) == 62000.0 / 12000.0)
        #expect(reading.indicators.allSatisfy { !$0.isBehind(in: 2020) })
        #expect(reading.delayReason == nil)
    }

    @Test func automationNextStepsReviseTheR3AndR4Targets() throws {
        let seed = try #require(seedInitiatives.first { $0.key == "automation" })
        let revised = IndicatorReader.read(
            targetText: seed.target, resultText: seed.result, resultYear: FiscalYear(seedResultYear),
            revisionsText: FreeTextCell.splitNextSteps(seed.nextSteps).revisions
        ).indicators
        let ocr = try #require(revised.first { MatchingKey($0.name) == MatchingKey("ＡＩ-ＯＣＲ 利用枚数") })
        expect(ocr.targets.first { $0.fiscalYear == 2021 }, year: 2021, value: 67000, revisedFrom: 20000, text: "Ｒ３年度：２万→6.7万枚")
        expect(ocr.targets.last, year: 2022, value: 70000, revisedFrom: 30000, text: "Ｒ４年度：３万→７万枚")
        #expect(ocr.unit == "枚")
        let voice = try #require(revised.first { MatchingKey($0.name) == MatchingKey("音声テキスト化システム 利用会議数") })
        expect(voice.targets.first { $0.fiscalYear == 2021 }, year: 2021, value: 500, revisedFrom: 250, text: "Ｒ３年度：250→500会議")
        expect(voice.targets.last, year: 2022, value: 550, revisedFrom: 300, text: "Ｒ４年度：300→550会議")
    }

    @Test func newTechnologyReadsNumberedItemsAndKeepsTheTrialQualitative() throws {
        let reading = try reading("newTechnology")
        #expect(reading.indicators.map(\.name) == ["新技術を活用した取組の推進", "全庁共通の取組の推進及び横展開"])
        let (projects, rollout) = (reading.indicators[0], reading.indicators[1])
        #expect(projects.unit == "事業")
        #expect(projects.period == .perYear)
        expect(projects.targets.first, year: 2020, value: 37, text: "Ｒ２年度：37事業／年")
        expect(projects.actuals.first, value: 37, text: "37事業／年")
        #expect(projects.achievementRate(in: 2020) == 1)
        // The second item has no figure as target; its result lists two sub-items, 15拠点 for
        // the voice translation system and a March trial run: 15 measures the sub-item, so the
        // indicator's result stays qualitative with its whole text.
        // A heading with nothing under it names the indicator; it sets no target (seed-plan.json: none).
        #expect(rollout.targets.isEmpty)
        expect(
            rollout.actuals.first, value: nil,
            text: "・ 音声翻訳システム導入\n15拠点\n・ 業務アシスタント導入\n３月仮運用（Ｒ３年度本格運用）")
        #expect(rollout.unit == nil)
        #expect(!rollout.isBehind(in: 2020))
    }

    @Test func paperlessReadsTheCopyReductionAgainstFY2019() throws {
        let reading = try reading("paperless")
        #expect(reading.indicators.map(\.name) == ["ペーパーレス会議・打合せ環境の整備", "既存資料の電子化の推進"])
        let (meetings, digitization) = (reading.indicators[0], reading.indicators[1])
        #expect(meetings.targets.isEmpty)
        expect(
            meetings.actuals.first, value: nil,
            text: "・ 部長級職員執務室への\n大型モニターの整備\n・ タブレット端末等による\nペーパーレス会議の実施")
        expect(
            digitization.actuals.first, value: 61.2,
            text: "・ モデル課でのペーパーレス化\nトライアルの実施\n（Ｒ元年度比コピー使用量61.2％減）")
        #expect(digitization.direction == .decrease)
        #expect(digitization.unit == "%")
        let line = ExpressionParser.parse("（Ｒ元年度比コピー使用量61.2％減）")
        #expect(line.baselineYear == FiscalYear(2019))
        #expect(line.indicatorName == "コピー使用量")
    }

    @Test func paperlessNextStepsSetOneCopyReductionTargetPerYear() throws {
        let seed = try #require(seedInitiatives.first { $0.key == "paperless" })
        let reading = IndicatorReader.read(
            targetText: seed.target, resultText: seed.result, resultYear: FiscalYear(seedResultYear),
            revisionsText: FreeTextCell.splitNextSteps(seed.nextSteps).revisions)
        let copies = try #require(reading.indicators.first { $0.name == "コピー使用量" })
        #expect(reading.origins.last == IndicatorReading.Origin(namedIn: .revisions, targets: [2021: .revisions, 2022: .revisions]))
        #expect(copies.direction == .decrease)
        // `Ｒ３年度：` with its two half-year lines is one FY2021 target: the one line with a figure gives
        // its value, and the text keeps both halves (Samples/data/seed-plan.json records the same).
        #expect(copies.targets.count == 2)
        expect(
            copies.targets.first, year: 2021, value: 50,
            text: "Ｒ３年度：\n（上半期）全庁への環境整備\n（下半期）コピー使用量50％以上削減")
        expect(copies.targets.last, year: 2022, value: 60, text: "Ｒ４年度：コピー使用量60％以上削減")
    }

    // MARK: 主な成果 (2) 多様な主体との連携・県民参画の推進

    @Test func collaborationLoungeMatchesTheResultNamedBeforeItsFigure() throws {
        let (_, indicator) = try single("collaborationLounge")
        #expect(indicator.name == "新たな連携事業の推進")
        #expect(indicator.unit == "事業")
        #expect(indicator.period == .perYear)
        expect(indicator.targets.first, year: 2020, value: 100, text: "Ｒ２年度：100事業／年")
        expect(
            indicator.actuals.first, value: 109,
            text: "新たな連携事業：109事業／年\n＜取組例＞\n新型コロナウイルス感染症関連の取組として県産農産物の販売支援等")
        #expect(indicator.achievementRate(in: 2020) == 1.09)
    }

    @Test func npoFundCountsGrantsIncludingTheEmergencyQuota() throws {
        let (_, indicator) = try single("npoFund")
        #expect(indicator.name == "ＮＰＯ基金による助成・事業成果の確認")
        #expect(indicator.unit == "件")
        expect(indicator.targets.first, year: 2020, value: 10, text: "助成数 Ｒ２年度：10件／年")
        expect(indicator.actuals.first, value: 55, text: "助成数55件\n（期間限定の緊急応援枠40件を含む）")
        #expect(indicator.achievementRate(in: 2020) == 5.5)
    }

    @Test func webSurveyReadsAnAtLeastTargetWithItsIndicatorName() throws {
        let (_, indicator) = try single("webSurvey")
        #expect(indicator.name == "埼玉県政世論調査")
        #expect(indicator.unit == "件")
        #expect(indicator.period == .perYear)
        expect(indicator.targets.first, year: 2020, value: 2000, text: "調査票回答数 Ｒ２年度：2,000件以上／年")
        expect(indicator.actuals.first, value: 2834, text: "調査票回答数：2,834件")
        #expect(!indicator.isBehind(in: 2020))
    }

    // MARK: 主な成果 (3) 経営感覚を持った行財政運営

    @Test func ebpmIsQualitativeAndNeverTakesTheCountOfProposals() throws {
        let (_, indicator) = try single("ebpm")
        #expect(indicator.name == "全新規事業の立案にＥＢＰＭの手法を導入")
        #expect(indicator.unit == nil)
        expect(indicator.targets.first, year: nil, value: nil, text: "全新規事業の立案にＥＢＰＭの手法を導入")
        expect(
            indicator.actuals.first, value: nil,
            text: "・Ｒ３年度新規重点施策の検討において\nＥＢＰＭの手法を導入。\n・各部局からの提案事業（全241事業）\n全てにおいて、ＥＢＰＭ調書の作成を必\n須とした。")
        #expect(indicator.achievementRate(in: 2020) == nil)
    }

    @Test func smartStationPairsAStatementTargetWithTheCountedResult() throws {
        let (_, indicator) = try single("smartStation")
        #expect(indicator.name == "庁内定型業務等の集約")
        #expect(indicator.unit == "件")
        #expect(indicator.period == .perYear)
        expect(
            indicator.targets.first, year: nil, value: nil,
            text: "職員が創造的な仕事に専念できる時間を確保し、その能力を最大限発揮できる職場づくりを行い、\n県民サービスの向上を図る。")
        expect(indicator.actuals.first, value: 4074, text: "受注件数：4,074件／年")
    }

    @Test func financialAccountingJoinsTheWrappedResultLine() throws {
        let (_, indicator) = try single("financialAccounting")
        #expect(indicator.name == "ＡＩの活用等による財務相談の促進　ヘルプデスクＡＩの応答可能質問数")
        #expect(indicator.unit == "問")
        expect(indicator.targets.first, year: 2020, value: 1100, text: "Ｒ２年度:1,100問")
        expect(indicator.actuals.first, value: 1100, text: "ヘルプデスクＡＩの応答可能質問数：1,100問")
        #expect(indicator.achievementRate(in: 2020) == 1)
    }

    // MARK: 遅れが生じている取組

    @Test func municipalCloudIsBehindWithItsCause() throws {
        let (reading, indicator) = try single("municipalCloud")
        #expect(indicator.name == "共同クラウドの参加団体の拡大")
        #expect(indicator.unit == "団体")
        expect(indicator.targets.first, year: 2020, value: 20, text: "Ｒ２年度：20団体")
        expect(indicator.actuals.first, value: 15, text: "15団体")
        #expect(indicator.achievementRate(in: 2020) == 0.75)
        #expect(indicator.isBehind(in: 2020))
        #expect(reading.delayReason == "市町村において、新型コロナウイルス感\n染症の影響での厳しい財政状況で、費用\n面での調整が難航したため。")
    }

    @Test func designatedManagersResultIsAnOutlookWithoutAFigure() throws {
        let (reading, indicator) = try single("designatedManagers")
        #expect(indicator.name == "公の施設の管理目標達成率（県・指定管理者協議により設定）")
        #expect(indicator.unit == "%")
        expect(indicator.targets.first, year: 2020, value: 90, text: "Ｒ２年度：90%以上")
        expect(indicator.actuals.first, value: nil, text: "90%以上達成が困難の見込み")
        #expect(!indicator.isBehind(in: 2020))
        #expect(reading.delayReason?.hasPrefix("新型コロナウイルス感染症の影響により、\n施設利用の一時休止") == true)
    }

    @Test func governorAnywhereHeldTwoOfFourSessions() throws {
        let (reading, indicator) = try single("governorAnywhere")
        #expect(indicator.name == "開催回数")
        #expect(indicator.unit == "回")
        #expect(indicator.period == .perYear)
        expect(indicator.targets.first, year: 2020, value: 4, text: "Ｒ２年度：４回／年")
        expect(indicator.actuals.first, value: 2, text: "２回／年")
        #expect(indicator.achievementRate(in: 2020) == 0.5)
        #expect(reading.delayReason == "新型コロナウイルス感染症の影響を踏ま\nえ、開催を中止したため。")
    }

    @Test func maitamaAppAccessesHaveNoUnit() throws {
        let (reading, indicator) = try single("maitamaApp")
        #expect(indicator.name == "「まいたま」のアクセス数")
        #expect(indicator.unit == nil)
        #expect(indicator.period == .perYear)
        expect(indicator.targets.first, year: 2020, value: 5_350_000, text: "Ｒ２年度：5,350,000／年")
        expect(indicator.actuals.first, value: 4_217_829, text: "4,217,829／年")
        #expect(indicator.isBehind(in: 2020))
        #expect(reading.delayReason == "新型コロナウイルス感染症の影響により、\nイベントの情報が減少したため。")
    }

    @Test func disasterAppDownloadsAreCumulative() throws {
        let (_, indicator) = try single("disasterApp")
        #expect(indicator.name == "まいたま防災アプリ利用拡大　ダウンロード数")
        #expect(indicator.period == .cumulative)
        expect(indicator.targets.first, year: 2020, value: 28400, text: "Ｒ２年度：28,400／累計")
        expect(indicator.actuals.first, value: 23183, text: "23,183／累計")
        #expect(indicator.isBehind(in: 2020))
    }

    @Test func designatedCorporationsMatchTheRewordedIndicator() throws {
        let (reading, indicator) = try single("designatedCorporations")
        #expect(indicator.name == "経営目標や経営指標達成率（指定出資法人が中期経営計画において設定）")
        #expect(indicator.unit == "%")
        expect(indicator.targets.first, year: 2020, value: 75, text: "Ｒ２年度：75％以上")
        expect(indicator.actuals.first, value: 40.5, text: "中期経営計画において設定する経営目標や経営指標達成率：40.5％")
        #expect(indicator.achievementRate(in: 2020) == 40.5 / 75)
        #expect(indicator.isBehind(in: 2020))
        #expect(reading.delayReason?.hasSuffix("る目標や指標の多くが達成困難となった\nため。") == true)
    }
}
