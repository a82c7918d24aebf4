import PlanModel

/// The seed's 15 initiatives (../shared/seed/r2-gyozaisei-kaikaku.txt) transcribed
/// as the revised plan: Ｒ２年度 results, the R3/R4 targets with the revisions the
/// seed writes into them (２万→6.7万), and each department's cause and next steps.
enum ReportFixture {
    static let ict = "県庁のＩＣＴ化・働き方改革"
    static let partners = "多様な主体との連携・県民参画の推進"
    static let management = "経営感覚を持った行財政運営"

    static var revisedPlan: Plan {
        Plan(title: "行財政改革行動計画", version: "R3改定", initiatives: achievements + delays)
    }

    /// The nine 主な成果, three per direction.
    static let achievements: [Initiative] = [
        Initiative(id: "1-1", section: ict, title: "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進",
                   department: "企画財政部", status: .onTrack,
                   nextSteps: "更なる業務効率化を推進するため、行動計画の目標値を再設定。",
                   indicators: [
                       Indicator(name: "ＲＰＡ 導入業務数", unit: "業務",
                                 targets: [Target(fiscalYear: 2020, value: 50, comparator: .atLeast, text: "Ｒ２年度：50業務")],
                                 actuals: [Actual(fiscalYear: 2020, value: 51, text: "51業務")]),
                       Indicator(name: "ＡＩ-ＯＣＲ 利用枚数", unit: "枚", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 12000, comparator: .atLeast, text: "Ｒ２年度：12,000枚／年"),
                                           Target(fiscalYear: 2021, value: 67000, comparator: .atLeast, revisedFrom: 20000, text: "Ｒ３年度：２万→6.7万枚"),
                                           Target(fiscalYear: 2022, value: 70000, comparator: .atLeast, revisedFrom: 30000, text: "Ｒ４年度：３万→７万枚")],
                                 actuals: [Actual(fiscalYear: 2020, value: 62000, approximate: true, text: "約62,000枚／年")]),
                       Indicator(name: "音声テキスト化システム 利用会議数", unit: "会議", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 200, comparator: .atLeast, text: "Ｒ２年度：200会議／年"),
                                           Target(fiscalYear: 2021, value: 500, comparator: .atLeast, revisedFrom: 250, text: "Ｒ３年度：250→500会議"),
                                           Target(fiscalYear: 2022, value: 550, comparator: .atLeast, revisedFrom: 300, text: "Ｒ４年度：300→550会議")],
                                 actuals: [Actual(fiscalYear: 2020, value: 490, approximate: true, text: "約490会議／年")]),
                   ]),
        Initiative(id: "1-2", section: ict, title: "ＡＩ等新技術の活用による業務効率化の推進",
                   department: "企画財政部", status: .onTrack,
                   nextSteps: "・各部局の取組については、引き続き、技術的支援等を行いながら取組の推進を図る。\n・音声翻訳システム、業務アシスタントについては、導入課所における活用を図りながら、庁内横展開にも取り組む。",
                   indicators: [
                       Indicator(name: "１ 新技術を活用した取組の推進", unit: "事業", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 37, comparator: .atLeast, text: "Ｒ２年度：37事業／年")],
                                 actuals: [Actual(fiscalYear: 2020, value: 37, text: "37事業／年")]),
                       Indicator(name: "２ 全庁共通の取組の推進及び横展開",
                                 actuals: [Actual(fiscalYear: 2020, value: 15, text: "・音声翻訳システム導入 15拠点"),
                                           Actual(fiscalYear: 2020, value: nil, text: "・業務アシスタント導入 ３月仮運用（Ｒ３年度本格運用）")]),
                   ]),
        Initiative(id: "1-3", section: ict, title: "会議・打合せのペーパーレス化の推進",
                   department: "総務部", status: .onTrack,
                   nextSteps: "ペーパーレス化の更なる推進のため、行動計画に数値目標等を設定。",
                   indicators: [
                       Indicator(name: "１ ペーパーレス会議・打合せ環境の整備",
                                 targets: [Target(fiscalYear: 2021, value: nil, text: "Ｒ３年度：（上半期）全庁への環境整備")],
                                 actuals: [Actual(fiscalYear: 2020, value: nil, text: "・部長級職員執務室への大型モニターの整備\n・タブレット端末等によるペーパーレス会議の実施")]),
                       Indicator(name: "２ 既存資料の電子化の推進", unit: "%", direction: .decrease,
                                 targets: [Target(fiscalYear: 2021, value: 50, comparator: .atLeast, text: "（下半期）コピー使用量50％以上削減"),
                                           Target(fiscalYear: 2022, value: 60, comparator: .atLeast, text: "Ｒ４年度：コピー使用量60％以上削減")],
                                 actuals: [Actual(fiscalYear: 2020, value: 61.2, text: "・モデル課でのペーパーレス化トライアルの実施\n（Ｒ元年度比コピー使用量61.2％減）")]),
                   ]),
        Initiative(id: "2-1", section: partners, title: "埼玉コラボレーションラウンジを活用した連携事業の推進",
                   department: "企画財政部", status: .onTrack,
                   nextSteps: "民間企業等からの連携事業提案を広く受け付け、関係課へのマッチングを行う。",
                   indicators: [
                       Indicator(name: "新たな連携事業の推進", unit: "事業", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 100, comparator: .atLeast, text: "Ｒ２年度：100事業／年")],
                                 actuals: [Actual(fiscalYear: 2020, value: 109, text: "新たな連携事業：109事業／年\n＜取組例＞\n新型コロナウイルス感染症関連の取組として県産農産物の販売支援等")]),
                   ]),
        Initiative(id: "2-2", section: partners, title: "ＮＰＯとの連携による施策の推進",
                   department: "県民生活部", status: .onTrack,
                   nextSteps: "ＮＰＯ基金を活用し、引き続きＮＰＯ法人が実施する先駆的な取組等に財政的な支援を行う。",
                   indicators: [
                       Indicator(name: "ＮＰＯ基金による助成・事業成果の確認", unit: "件", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 10, comparator: .atLeast, text: "助成数 Ｒ２年度：10件／年")],
                                 actuals: [Actual(fiscalYear: 2020, value: 55, text: "助成数55件（期間限定の緊急応援枠40件を含む）")]),
                   ]),
        Initiative(id: "2-3", section: partners, title: "Ｗｅｂシステムを活用した情報収集の推進",
                   department: "県民生活部", status: .onTrack,
                   nextSteps: "順調に進捗しており、引き続き情報収集を推進していく。",
                   indicators: [
                       Indicator(name: "埼玉県政世論調査", unit: "件", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 2000, comparator: .atLeast, text: "調査票回答数 Ｒ２年度：2,000件以上／年")],
                                 actuals: [Actual(fiscalYear: 2020, value: 2834, text: "調査票回答数：2,834件")]),
                   ]),
        Initiative(id: "3-1", section: management, title: "データに基づいた施策立案（ＥＢＰＭ）の定着",
                   department: "企画財政部", status: .onTrack,
                   nextSteps: "・新規事業の立案時にＥＢＰＭ調書を作成することで、職員へのデータに基づいた施策立案（ＥＢＰＭ）の定着を図る。\n・Ｒ２年度に作成したＥＢＰＭ調書を踏まえ、Ｒ３年度予算を執行する。",
                   indicators: [
                       Indicator(name: "全新規事業の立案にＥＢＰＭの手法を導入",
                                 actuals: [Actual(fiscalYear: 2020, value: nil, text: "・Ｒ３年度新規重点施策の検討においてＥＢＰＭの手法を導入。\n・各部局からの提案事業（全241事業）全てにおいて、ＥＢＰＭ調書の作成を必須とした。")]),
                   ]),
        Initiative(id: "3-2", section: management, title: "スマートステーションによる定型業務の集約化・効率化",
                   department: "総務部", status: .onTrack,
                   nextSteps: "既存文書をデータ化する等のペーパーレス化の推進支援、業務効率化の提案を行う。",
                   indicators: [
                       Indicator(name: "庁内定型業務等の集約", unit: "件", period: .perYear,
                                 targets: [Target(fiscalYear: nil, value: nil, text: "職員が創造的な仕事に専念できる時間を確保し、その能力を最大限発揮できる職場づくりを行い、県民サービスの向上を図る。")],
                                 actuals: [Actual(fiscalYear: 2020, value: 4074, text: "受注件数：4,074件／年")]),
                   ]),
        Initiative(id: "3-3", section: management, title: "適正かつ効率的な財務会計制度の構築",
                   department: "会計管理者", status: .onTrack,
                   nextSteps: "財務相談の内容の分析を行い、ＱＡを、新たに750問、ヘルプデスクＡＩへ追加し、更なる利便性の向上を図る。",
                   indicators: [
                       Indicator(name: "ＡＩの活用等による財務相談の促進（ヘルプデスクＡＩの応答可能質問数）", unit: "問",
                                 targets: [Target(fiscalYear: 2020, value: 1100, comparator: .atLeast, text: "Ｒ２年度:1,100問")],
                                 actuals: [Actual(fiscalYear: 2020, value: 1100, text: "1,100問")]),
                   ]),
    ]

    /// The six 遅れが生じている取組.
    static let delays: [Initiative] = [
        Initiative(id: "1-4", section: ict, title: "市町村との協働によるＩＣＴ施策の実施",
                   department: "企画財政部", status: .delayed,
                   delayReason: "市町村において、新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。",
                   nextSteps: "・スマート自治体推進会議等の場においてシステムの共同利用の検討等を進める。\n・国のＤＸ関連予算などを注視しつつ、市町村の共同クラウドの利用を促進していく。",
                   indicators: [
                       Indicator(name: "共同クラウドの参加団体の拡大", unit: "団体",
                                 targets: [Target(fiscalYear: 2020, value: 20, comparator: .atLeast, text: "Ｒ２年度：20団体")],
                                 actuals: [Actual(fiscalYear: 2020, value: 15, text: "15団体")]),
                   ]),
        Initiative(id: "3-4", section: management, title: "指定管理者施設のサービスレベルの向上",
                   department: "総務部", status: .delayed,
                   delayReason: "新型コロナウイルス感染症の影響により、施設利用の一時休止や制限が行われたことで、利用者数等を基礎とする管理目標の多くが達成困難となったため。",
                   nextSteps: "コロナ禍による利用料金収入の減収や対策経費の増加が生じる中においても、県民サービスに支障が出ることのないように努めていく。",
                   indicators: [
                       Indicator(name: "公の施設の管理目標達成率（県・指定管理者協議により設定）", unit: "%",
                                 targets: [Target(fiscalYear: 2020, value: 90, comparator: .atLeast, text: "Ｒ２年度：90%以上")],
                                 actuals: [Actual(fiscalYear: 2020, value: nil, text: "90%以上達成が困難の見込み")]),
                   ]),
        Initiative(id: "2-4", section: partners, title: "「どこでも知事室」の実施",
                   department: "県民生活部", status: .delayed,
                   delayReason: "新型コロナウイルス感染症の影響を踏まえ、開催を中止したため。",
                   nextSteps: "県民本位の県政をより一層推進するため、引き続き知事が直接対話を通じて、多様な県民の声を聴取する機会の確保に努めていく。",
                   indicators: [
                       Indicator(name: "開催回数", unit: "回", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 4, comparator: .atLeast, text: "Ｒ２年度：４回／年")],
                                 actuals: [Actual(fiscalYear: 2020, value: 2, text: "２回／年")]),
                   ]),
        Initiative(id: "2-5", section: partners, title: "ＳＮＳ及びスマートフォンアプリ「まいたま」を活用した広報の充実",
                   department: "県民生活部", status: .delayed,
                   delayReason: "新型コロナウイルス感染症の影響により、イベントの情報が減少したため。",
                   nextSteps: "ユーザーの多い子育て層向けの情報を増やす等、利用者ニーズに合った情報提供を行っていく。",
                   indicators: [
                       Indicator(name: "「まいたま」のアクセス数", period: .perYear,
                                 targets: [Target(fiscalYear: 2020, value: 5_350_000, comparator: .atLeast, text: "Ｒ２年度：5,350,000／年")],
                                 actuals: [Actual(fiscalYear: 2020, value: 4_217_829, text: "4,217,829／年")]),
                   ]),
        Initiative(id: "2-6", section: partners, title: "災害対策アプリ「まいたま防災」の機能充実",
                   department: "危機管理防災部", status: .delayed,
                   delayReason: "新型コロナウイルス感染症の影響により、イベント等でアプリのＰＲが十分できなかったため。",
                   nextSteps: "一人でも多くの方に、平常時の身近な防災情報や災害発生時の非常時情報を御提供できるよう、関係課と連携し、県民のニーズに合致したコンテンツや機能の充実及び広報に取り組む。",
                   indicators: [
                       Indicator(name: "まいたま防災アプリ利用拡大 ダウンロード数", period: .cumulative,
                                 targets: [Target(fiscalYear: 2020, value: 28400, comparator: .atLeast, text: "Ｒ２年度：28,400／累計")],
                                 actuals: [Actual(fiscalYear: 2020, value: 23183, text: "23,183／累計")]),
                   ]),
        Initiative(id: "3-5", section: management, title: "指定出資法人の経営改善の推進",
                   department: "総務部", status: .delayed,
                   delayReason: "新型コロナウイルス感染症の影響により、指定出資法人の提供するサービス等の利用が休止又は制限されたことで、関連する目標や指標の多くが達成困難となったため。",
                   nextSteps: "指定出資法人の提供する県民サービスに支障が出ることのないように、所管課とともに指定出資法人の動向に注視し、経営改善に繋げていく。",
                   indicators: [
                       Indicator(name: "経営目標や経営指標達成率（指定出資法人が中期経営計画において設定）", unit: "%",
                                 targets: [Target(fiscalYear: 2020, value: 75, comparator: .atLeast, text: "Ｒ２年度：75％以上")],
                                 actuals: [Actual(fiscalYear: 2020, value: 40.5, text: "中期経営計画において設定する経営目標や経営指標達成率：40.5％")]),
                   ]),
    ]
}
