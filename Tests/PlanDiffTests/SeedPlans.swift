import PlanModel

/// The seed report's initiatives as two plan versions, built by hand from
/// Samples/seed/r2-gyozaisei-kaikaku.txt: the first-adopted plan (当初) and the
/// plan revised after FY2020 (R3改定), which raised the ＡＩ-ＯＣＲ and 音声テキスト化
/// targets for Ｒ３ and Ｒ４ and set コピー使用量 targets for Ｒ３ and Ｒ４.
enum SeedPlans {
    static let ict = "県庁のＩＣＴ化・働き方改革"
    static let partnership = "多様な主体との連携・県民参画の推進"
    static let management = "経営感覚を持った行財政運営"

    static let automation = "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進"
    static let newTechnology = "ＡＩ等新技術の活用による業務効率化の推進"
    static let paperless = "会議・打合せのペーパーレス化の推進"

    /// The plan as first adopted: targets as set before the FY2020 review.
    static var firstAdopted: Plan {
        Plan(title: "行財政改革行動計画", version: "当初", initiatives: initiatives(revised: false))
    }

    /// The plan after the FY2020 review, with the revisions written as the seed writes them.
    static var revised: Plan {
        Plan(title: "行財政改革行動計画", version: "R3改定", initiatives: initiatives(revised: true))
    }

    static func initiatives(revised: Bool) -> [Initiative] {
        [
            Initiative(
                id: "1-1", section: ict, title: automation, department: "企画財政部", status: .onTrack,
                nextSteps: "更なる業務効率化を推進するため、行動計画の目標値を再設定。",
                indicators: [
                    Indicator(
                        name: "ＲＰＡ 導入業務数", unit: "業務", direction: .increase,
                        targets: [Target(fiscalYear: 2020, value: 50, comparator: .atLeast, text: "Ｒ２年度：50業務")],
                        actuals: [Actual(fiscalYear: 2020, value: 51, text: "51業務")]),
                    Indicator(
                        name: "ＡＩ-ＯＣＲ 利用枚数", unit: "枚", period: .perYear, direction: .increase,
                        targets: [
                            Target(fiscalYear: 2020, value: 12000, comparator: .atLeast, text: "Ｒ２年度：12,000枚／年"),
                            revised
                                ? Target(fiscalYear: 2021, value: 67000, comparator: .atLeast, revisedFrom: 20000, text: "Ｒ３年度：２万→6.7万枚")
                                : Target(fiscalYear: 2021, value: 20000, comparator: .atLeast, text: "Ｒ３年度：２万枚"),
                            revised
                                ? Target(fiscalYear: 2022, value: 70000, comparator: .atLeast, revisedFrom: 30000, text: "Ｒ４年度：３万→７万枚")
                                : Target(fiscalYear: 2022, value: 30000, comparator: .atLeast, text: "Ｒ４年度：３万枚"),
                        ],
                        actuals: [Actual(fiscalYear: 2020, value: 62000, approximate: true, text: "約62,000枚／年")]),
                    Indicator(
                        name: "音声テキスト化システム 利用会議数", unit: "会議", period: .perYear, direction: .increase,
                        targets: [
                            Target(fiscalYear: 2020, value: 200, comparator: .atLeast, text: "Ｒ２年度：200会議／年"),
                            revised
                                ? Target(fiscalYear: 2021, value: 500, comparator: .atLeast, revisedFrom: 250, text: "Ｒ３年度：250→500会議")
                                : Target(fiscalYear: 2021, value: 250, comparator: .atLeast, text: "Ｒ３年度：250会議"),
                            revised
                                ? Target(fiscalYear: 2022, value: 550, comparator: .atLeast, revisedFrom: 300, text: "Ｒ４年度：300→550会議")
                                : Target(fiscalYear: 2022, value: 300, comparator: .atLeast, text: "Ｒ４年度：300会議"),
                        ],
                        actuals: [Actual(fiscalYear: 2020, value: 490, approximate: true, text: "約490会議／年")]),
                ]),
            Initiative(
                id: "1-2", section: ict, title: newTechnology, department: "企画財政部", status: .onTrack,
                indicators: [
                    Indicator(
                        name: "新技術を活用した取組の推進", unit: "事業", period: .perYear,
                        targets: [Target(fiscalYear: 2020, value: 37, comparator: .atLeast, text: "Ｒ２年度：37事業／年")],
                        actuals: [Actual(fiscalYear: 2020, value: 37, text: "37事業／年")]),
                    Indicator(
                        name: "全庁共通の取組の推進及び横展開",
                        actuals: [Actual(fiscalYear: 2020, value: nil, text: "業務アシスタント導入　３月仮運用（Ｒ３年度本格運用）")]),
                ]),
            Initiative(
                id: "1-3", section: ict, title: paperless, department: "総務部", status: .onTrack,
                nextSteps: "ペーパーレス化の更なる推進のため、行動計画に数値目標等を設定。",
                indicators: [
                    Indicator(
                        name: "ペーパーレス会議・打合せ環境の整備",
                        actuals: [Actual(fiscalYear: 2020, value: nil, text: "タブレット端末等によるペーパーレス会議の実施")]),
                    Indicator(
                        name: "既存資料の電子化の推進",
                        actuals: [Actual(fiscalYear: 2020, value: nil, text: "モデル課でのペーパーレス化トライアルの実施（Ｒ元年度比コピー使用量61.2％減）")]),
                ]
                    + (revised
                        ? [
                            Indicator(
                                name: "コピー使用量", unit: "%", direction: .decrease,
                                targets: [
                                    Target(fiscalYear: 2021, value: 50, comparator: .atLeast, text: "Ｒ３年度：（下半期）コピー使用量50％以上削減"),
                                    Target(fiscalYear: 2022, value: 60, comparator: .atLeast, text: "Ｒ４年度：コピー使用量60％以上削減"),
                                ])
                        ] : [])),
            Initiative(
                id: "2-1", section: partnership, title: "埼玉コラボレーションラウンジを活用した連携事業の推進",
                department: "企画財政部", status: .onTrack,
                indicators: [
                    Indicator(
                        name: "新たな連携事業の推進", unit: "事業", period: .perYear,
                        targets: [Target(fiscalYear: 2020, value: 100, comparator: .atLeast, text: "Ｒ２年度：100事業／年")],
                        actuals: [Actual(fiscalYear: 2020, value: 109, text: "新たな連携事業：109事業／年")])
                ]),
            Initiative(
                id: "2-2", section: partnership, title: "ＮＰＯとの連携による施策の推進",
                department: "県民生活部", status: .onTrack,
                indicators: [
                    Indicator(
                        name: "助成数", unit: "件", period: .perYear,
                        targets: [Target(fiscalYear: 2020, value: 10, comparator: .atLeast, text: "助成数 Ｒ２年度：10件／年")],
                        actuals: [Actual(fiscalYear: 2020, value: 55, text: "助成数55件（期間限定の緊急応援枠40件を含む）")])
                ]),
            Initiative(
                id: "1-9", section: ict, title: "市町村との協働によるＩＣＴ施策の実施",
                department: "企画財政部", status: .delayed,
                delayReason: "市町村において、新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。",
                indicators: [
                    Indicator(
                        name: "共同クラウドの参加団体の拡大", unit: "団体",
                        targets: [Target(fiscalYear: 2020, value: 20, comparator: .atLeast, text: "Ｒ２年度：20団体")],
                        actuals: [Actual(fiscalYear: 2020, value: 15, text: "15団体")])
                ]),
            Initiative(
                id: "2-7", section: partnership, title: "「どこでも知事室」の実施",
                department: "県民生活部", status: .delayed,
                delayReason: "新型コロナウイルス感染症の影響を踏まえ、開催を中止したため。",
                indicators: [
                    Indicator(
                        name: "開催回数", unit: "回", period: .perYear,
                        targets: [Target(fiscalYear: 2020, value: 4, comparator: .atLeast, text: "Ｒ２年度：４回／年")],
                        actuals: [Actual(fiscalYear: 2020, value: 2, text: "２回／年")])
                ]),
            Initiative(
                id: "2-9", section: partnership, title: "災害対策アプリ「まいたま防災」の機能充実",
                department: "危機管理防災部", status: .delayed,
                indicators: [
                    Indicator(
                        name: "まいたま防災アプリ利用拡大 ダウンロード数", period: .cumulative,
                        targets: [Target(fiscalYear: 2020, value: 28400, comparator: .atLeast, text: "Ｒ２年度：28,400／累計")],
                        actuals: [Actual(fiscalYear: 2020, value: 23183, text: "23,183／累計")])
                ]),
            Initiative(
                id: "3-5", section: management, title: "指定出資法人の経営改善の推進",
                department: "総務部", status: .delayed,
                indicators: [
                    Indicator(
                        name: "経営目標や経営指標達成率", unit: "%",
                        targets: [Target(fiscalYear: 2020, value: 75, comparator: .atLeast, text: "Ｒ２年度：75％以上")],
                        actuals: [Actual(fiscalYear: 2020, value: 40.5, text: "経営目標や経営指標達成率：40.5％")])
                ]),
        ]
    }
}
