/// What the seed prints for each of its 15 initiatives, phrase by phrase, and the
/// heading it prints them under. Every phrase is checked against the seed's text
/// first, so this list cannot drift from the published report.
struct ReportSeedExpectation {
    /// Where the seed lists the initiative.
    enum Heading: Equatable {
        /// In the table of a direction (１ 主な成果 （１）…).
        case direction(String)
        /// In 遅れが生じている取組.
        case delayed
    }

    var title: String
    var heading: Heading
    var targets: [String]
    var results: [String]
    var causes: [String] = []
    var nextSteps: [String]

    var phrases: [String] { targets + results + causes + nextSteps }

    static let ict = "県庁のＩＣＴ化・働き方改革"
    static let partners = "多様な主体との連携・県民参画の推進"
    static let management = "経営感覚を持った行財政運営"

    static let all: [ReportSeedExpectation] = [
        .init(
            title: "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進", heading: .direction(ict),
            targets: [
                "ＲＰＡ 導入業務数", "Ｒ２年度：50業務", "ＡＩ-ＯＣＲ 利用枚数", "Ｒ２年度：12,000枚／年",
                "音声テキスト化システム 利用会議数", "Ｒ２年度：200会議／年",
            ],
            results: ["51業務", "約62,000枚／年", "約490会議／年"],
            nextSteps: [
                "更なる業務効率化を推進するため、行動計画の目標値を再設定。",
                "Ｒ３年度：２万→6.7万枚", "Ｒ４年度：３万→７万枚", "Ｒ３年度：250→500会議", "Ｒ４年度：300→550会議",
            ]),
        .init(
            title: "ＡＩ等新技術の活用による業務効率化の推進", heading: .direction(ict),
            targets: ["新技術を活用した取組の推進", "Ｒ２年度：37事業／年", "全庁共通の取組の推進及び横展開"],
            results: ["37事業／年", "音声翻訳システム導入", "15拠点", "業務アシスタント導入", "３月仮運用（Ｒ３年度本格運用）"],
            nextSteps: [
                "各部局の取組については、引き続き、技術的支援等を行いながら取組の推進を図る。",
                "音声翻訳システム、業務アシスタントについては、導入課所における活用を図りながら、庁内横展開にも取り組む。",
            ]),
        .init(
            title: "会議・打合せのペーパーレス化の推進", heading: .direction(ict),
            targets: ["ペーパーレス会議・打合せ環境の整備", "既存資料の電子化の推進"],
            results: [
                "部長級職員執務室への大型モニターの整備", "タブレット端末等によるペーパーレス会議の実施",
                "モデル課でのペーパーレス化トライアルの実施", "（Ｒ元年度比コピー使用量61.2％減）",
            ],
            nextSteps: [
                "ペーパーレス化の更なる推進のため、行動計画に数値目標等を設定。", "（上半期）全庁への環境整備",
                "（下半期）コピー使用量50％以上削減", "Ｒ４年度：コピー使用量60％以上削減",
            ]),
        .init(
            title: "埼玉コラボレーションラウンジを活用した連携事業の推進", heading: .direction(partners),
            targets: ["新たな連携事業の推進", "Ｒ２年度：100事業／年"],
            results: ["新たな連携事業：109事業／年", "新型コロナウイルス感染症関連の取組として県産農産物の販売支援等"],
            nextSteps: ["民間企業等からの連携事業提案を広く受け付け、関係課へのマッチングを行う。"]),
        .init(
            title: "ＮＰＯとの連携による施策の推進", heading: .direction(partners),
            targets: ["ＮＰＯ基金による助成・事業成果の確認", "Ｒ２年度：10件／年"],
            results: ["助成数55件", "（期間限定の緊急応援枠40件を含む）"],
            nextSteps: ["ＮＰＯ基金を活用し、引き続きＮＰＯ法人が実施する先駆的な取組等に財政的な支援を行う。"]),
        .init(
            title: "Ｗｅｂシステムを活用した情報収集の推進", heading: .direction(partners),
            targets: ["埼玉県政世論調査", "Ｒ２年度：2,000件以上／年"],
            results: ["2,834件"],
            nextSteps: ["順調に進捗しており、引き続き情報収集を推進していく。"]),
        .init(
            title: "データに基づいた施策立案（ＥＢＰＭ）の定着", heading: .direction(management),
            targets: ["全新規事業の立案にＥＢＰＭの手法を導入"],
            results: [
                "Ｒ３年度新規重点施策の検討においてＥＢＰＭの手法を導入。",
                "各部局からの提案事業（全241事業）全てにおいて、ＥＢＰＭ調書の作成を必須とした。",
            ],
            nextSteps: [
                "新規事業の立案時にＥＢＰＭ調書を作成することで、職員へのデータに基づいた施策立案（ＥＢＰＭ）の定着を図る。",
                "Ｒ２年度に作成したＥＢＰＭ調書を踏まえ、Ｒ３年度予算を執行する。",
            ]),
        .init(
            title: "スマートステーションによる定型業務の集約化・効率化", heading: .direction(management),
            targets: ["職員が創造的な仕事に専念できる時間を確保し、その能力を最大限発揮できる職場づくりを行い、県民サービスの向上を図る。"],
            results: ["庁内定型業務等の集約", "4,074件／年"],
            nextSteps: ["既存文書をデータ化する等のペーパーレス化の推進支援、業務効率化の提案を行う。"]),
        .init(
            title: "適正かつ効率的な財務会計制度の構築", heading: .direction(management),
            targets: ["ＡＩの活用等による財務相談の促進", "ヘルプデスクＡＩの応答可能質問数", "Ｒ２年度:1,100問"],
            results: ["1,100問"],
            nextSteps: ["財務相談の内容の分析を行い、ＱＡを、新たに750問、ヘルプデスクＡＩへ追加し、更なる利便性の向上を図る。"]),
        .init(
            title: "市町村との協働によるＩＣＴ施策の実施", heading: .delayed,
            targets: ["共同クラウドの参加団体の拡大", "Ｒ２年度：20団体"],
            results: ["15団体"],
            causes: ["市町村において、新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。"],
            nextSteps: [
                "スマート自治体推進会議等の場においてシステムの共同利用の検討等を進める。",
                "国のＤＸ関連予算などを注視しつつ、市町村の共同クラウドの利用を促進していく。",
            ]),
        .init(
            title: "指定管理者施設のサービスレベルの向上", heading: .delayed,
            targets: ["公の施設の管理目標達成率", "（県・指定管理者協議により設定）", "Ｒ２年度：90%以上"],
            results: ["90%以上達成が困難の見込み"],
            causes: ["新型コロナウイルス感染症の影響により、施設利用の一時休止や制限が行われたことで、利用者数等を基礎とする管理目標の多くが達成困難となったため。"],
            nextSteps: ["コロナ禍による利用料金収入の減収や対策経費の増加が生じる中においても、県民サービスに支障が出ることのないように努めていく。"]),
        .init(
            title: "「どこでも知事室」の実施", heading: .delayed,
            targets: ["開催回数", "Ｒ２年度：４回／年"],
            results: ["２回／年"],
            causes: ["新型コロナウイルス感染症の影響を踏まえ、開催を中止したため。"],
            nextSteps: ["県民本位の県政をより一層推進するため、引き続き知事が直接対話を通じて、多様な県民の声を聴取する機会の確保に努めていく。"]),
        .init(
            title: "ＳＮＳ及びスマートフォンアプリ「まいたま」を活用した広報の充実", heading: .delayed,
            targets: ["「まいたま」のアクセス数", "Ｒ２年度：5,350,000／年"],
            results: ["4,217,829／年"],
            causes: ["新型コロナウイルス感染症の影響により、イベントの情報が減少したため。"],
            nextSteps: ["ユーザーの多い子育て層向けの情報を増やす等、利用者ニーズに合った情報提供を行っていく。"]),
        .init(
            title: "災害対策アプリ「まいたま防災」の機能充実", heading: .delayed,
            targets: ["まいたま防災アプリ利用拡大", "ダウンロード数", "Ｒ２年度：28,400／累計"],
            results: ["23,183／累計"],
            causes: ["新型コロナウイルス感染症の影響により、イベント等でアプリのＰＲが十分できなかったため。"],
            nextSteps: ["一人でも多くの方に、平常時の身近な防災情報や災害発生時の非常時情報を御提供できるよう、関係課と連携し、県民のニーズに合致したコンテンツや機能の充実及び広報に取り組む。"]),
        .init(
            title: "指定出資法人の経営改善の推進", heading: .delayed,
            targets: ["経営目標や経営指標達成率", "Ｒ２年度：75％以上"],
            results: ["経営目標や経営指標達成率：40.5％"],
            causes: ["新型コロナウイルス感染症の影響により、指定出資法人の提供するサービス等の利用が休止又は制限されたことで、関連する目標や指標の多くが達成困難となったため。"],
            nextSteps: ["指定出資法人の提供する県民サービスに支障が出ることのないように、所管課とともに指定出資法人の動向に注視し、経営改善に繋げていく。"]),
    ]

    /// The targets the seed says were revised, old → new, for the coming years.
    static let revisions = ["Ｒ３年度：２万→6.7万枚", "Ｒ４年度：３万→７万枚", "Ｒ３年度：250→500会議", "Ｒ４年度：300→550会議"]
    /// The targets the seed says were newly set (数値目標等を設定).
    static let newTargets = ["（上半期）全庁への環境整備", "（下半期）コピー使用量50％以上削減", "Ｒ４年度：コピー使用量60％以上削減"]
}
