/// The 15 initiatives that the seed report (令和２年度における行財政改革の取組について)
/// prints in full, with their target, result and next-step texts exactly as the report
/// prints them (line breaks and blank lines included). Nine are under 主な成果 (three per
/// direction), six under 遅れが生じている取組 (the report names no direction for those).
struct SeedInitiative: Sendable {
    /// A short name for test output.
    var key: String
    /// The direction (方向性), where the report gives one.
    var section: String?
    /// The title (取組項目), line wraps of the report joined.
    var title: String
    /// The report heading the initiative is listed under: 主な成果 or 遅れが生じている取組.
    var reportHeading: String
    /// The 目標（抄） text.
    var target: String
    /// The Ｒ２年度（末）実績 text.
    var result: String
    /// The 今後の取組等 text.
    var nextSteps: String
}

/// The year of the result columns (Ｒ２年度実績 / Ｒ２年度末実績).
let seedResultYear = 2020

let seedInitiatives: [SeedInitiative] = [
    SeedInitiative(
        key: "automation", section: "県庁のＩＣＴ化・働き方改革",
        title: "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進", reportHeading: "主な成果",
        target: """
            ○ＲＰＡ 導入業務数
            Ｒ２年度：50業務

            ○ＡＩ-ＯＣＲ 利用枚数
            Ｒ２年度：12,000枚／年

            ○音声テキスト化システム 利用会議数
            Ｒ２年度：200会議／年
            """,
        result: """
            ○ＲＰＡ 導入業務数
            51業務

            ○ＡＩ-ＯＣＲ 利用枚数
            約62,000枚／年

            ○音声テキスト化システム 利用会議数
            約490会議／年
            """,
        nextSteps: """
            更なる業務効率化を推進するため、行動計画
            の目標値を再設定。
            ○ＡＩ－ＯＣＲ利用枚数
            Ｒ３年度：２万→6.7万枚
            Ｒ４年度：３万→７万枚

            ○音声テキスト化システム利用会議数
            Ｒ３年度：250→500会議
            Ｒ４年度：300→550会議
            """
    ),
    SeedInitiative(
        key: "newTechnology", section: "県庁のＩＣＴ化・働き方改革",
        title: "ＡＩ等新技術の活用による業務効率化の推進", reportHeading: "主な成果",
        target: """
            １ 新技術を活用した取組の推進
            Ｒ２年度：37事業／年

            ２ 全庁共通の取組の推進及び横展開
            """,
        result: """
            １ 新技術を活用した取組の推進
            37事業／年

            ２ 全庁共通の取組の推進及び横展開
            ・ 音声翻訳システム導入

            15拠点
            ・ 業務アシスタント導入

            ３月仮運用（Ｒ３年度本格運用）
            """,
        nextSteps: """
            ・各部局の取組については、引き続き、技術
            的支援等を行いながら取組の推進を図る。

            ・音声翻訳システム、業務アシスタントにつ
            いては、導入課所における活用を図りながら、
            庁内横展開にも取り組む。
            """
    ),
    SeedInitiative(
        key: "paperless", section: "県庁のＩＣＴ化・働き方改革",
        title: "会議・打合せのペーパーレス化の推進", reportHeading: "主な成果",
        target: """
            １ ペーパーレス会議・打合せ環境の整備

            ２ 既存資料の電子化の推進
            """,
        result: """
            １ ペーパーレス会議・打合せ環境の整備
            ・ 部長級職員執務室への

            大型モニターの整備
            ・ タブレット端末等による

            ペーパーレス会議の実施

            ２ 既存資料の電子化の推進
            ・ モデル課でのペーパーレス化

            トライアルの実施
            （Ｒ元年度比コピー使用量61.2％減）
            """,
        nextSteps: """
            ペーパーレス化の更なる推進のため、行動計
            画に数値目標等を設定。
            Ｒ３年度：
            （上半期）全庁への環境整備
            （下半期）コピー使用量50％以上削減

            Ｒ４年度：コピー使用量60％以上削減
            """
    ),
    SeedInitiative(
        key: "collaborationLounge", section: "多様な主体との連携・県民参画の推進",
        title: "埼玉コラボレーションラウンジを活用した連携事業の推進", reportHeading: "主な成果",
        target: """
            ○新たな連携事業の推進

            Ｒ２年度：100事業／年
            """,
        result: """
            新たな連携事業：109事業／年

            ＜取組例＞

            新型コロナウイルス感染症関連の取組と

            して県産農産物の販売支援等
            """,
        nextSteps: """
            民間企業等からの連携事業提案を広く受け付

            け、関係課へのマッチングを行う。
            """
    ),
    SeedInitiative(
        key: "npoFund", section: "多様な主体との連携・県民参画の推進",
        title: "ＮＰＯとの連携による施策の推進", reportHeading: "主な成果",
        target: """
            ○ＮＰＯ基金による助成・事業成果の確認

            助成数 Ｒ２年度：10件／年
            """,
        result: """
            助成数55件

            （期間限定の緊急応援枠40件を含む）
            """,
        nextSteps: """
            ＮＰＯ基金を活用し、引き続きＮＰＯ法人が

            実施する先駆的な取組等に財政的な支援を行

            う。
            """
    ),
    SeedInitiative(
        key: "webSurvey", section: "多様な主体との連携・県民参画の推進",
        title: "Ｗｅｂシステムを活用した情報収集の推進", reportHeading: "主な成果",
        target: """
            ○埼玉県政世論調査

            調査票回答数 Ｒ２年度：2,000件以上／年
            """,
        result: """
            調査票回答数：2,834件
            """,
        nextSteps: """
            順調に進捗しており、引き続き情報収集を推

            進していく。
            """
    ),
    SeedInitiative(
        key: "ebpm", section: "経営感覚を持った行財政運営",
        title: "データに基づいた施策立案（ＥＢＰＭ）の定着", reportHeading: "主な成果",
        target: """
            全新規事業の立案にＥＢＰＭの手法を導入
            """,
        result: """
            ・Ｒ３年度新規重点施策の検討において

            ＥＢＰＭの手法を導入。

            ・各部局からの提案事業（全241事業）

            全てにおいて、ＥＢＰＭ調書の作成を必

            須とした。
            """,
        nextSteps: """
            ・新規事業の立案時にＥＢＰＭ調書を作成す

            ることで、職員へのデータに基づいた施策立

            案（ＥＢＰＭ）の定着を図る。

            ・Ｒ２年度に作成したＥＢＰＭ調書を踏まえ、

            Ｒ３年度予算を執行する。
            """
    ),
    SeedInitiative(
        key: "smartStation", section: "経営感覚を持った行財政運営",
        title: "スマートステーションによる定型業務の集約化・効率化", reportHeading: "主な成果",
        target: """
            職員が創造的な仕事に専念できる時間を確保し、

            その能力を最大限発揮できる職場づくりを行い、

            県民サービスの向上を図る。
            """,
        result: """
            ○庁内定型業務等の集約

            受注件数：4,074件／年
            """,
        nextSteps: """
            既存文書をデータ化する等のペーパーレス化

            の推進支援、業務効率化の提案を行う。
            """
    ),
    SeedInitiative(
        key: "financialAccounting", section: "経営感覚を持った行財政運営",
        title: "適正かつ効率的な財務会計制度の構築", reportHeading: "主な成果",
        target: """
            ○ＡＩの活用等による財務相談の促進

            ヘルプデスクＡＩの応答可能質問数

            Ｒ２年度:1,100問
            """,
        result: """
            ヘルプデスクＡＩの応答可能質問数

            ：1,100問
            """,
        nextSteps: """
            財務相談の内容の分析を行い、ＱＡを、新た

            に750問、ヘルプデスクＡＩへ追加し、更なる

            利便性の向上を図る。
            """
    ),
    SeedInitiative(
        key: "municipalCloud", section: nil,
        title: "市町村との協働によるＩＣＴ施策の実施", reportHeading: "遅れが生じている取組",
        target: """
            ○共同クラウドの参加団体の拡大
            Ｒ２年度：20団体
            """,
        result: """
            15団体
            【遅れが生じている要因】
            市町村において、新型コロナウイルス感
            染症の影響での厳しい財政状況で、費用
            面での調整が難航したため。
            """,
        nextSteps: """
            ・スマート自治体推進会議等の場においてシ
            ステムの共同利用の検討等を進める。

            ・国のＤＸ関連予算などを注視しつつ、市町
            村の共同クラウドの利用を促進していく。
            """
    ),
    SeedInitiative(
        key: "designatedManagers", section: nil,
        title: "指定管理者施設のサービスレベルの向上", reportHeading: "遅れが生じている取組",
        target: """
            ○公の施設の管理目標達成率
            （県・指定管理者協議により設定）
            Ｒ２年度：90%以上
            """,
        result: """
            90%以上達成が困難の見込み
            【遅れが生じている要因】
            新型コロナウイルス感染症の影響により、
            施設利用の一時休止や制限が行われたこ
            とで、利用者数等を基礎とする管理目標
            の多くが達成困難となったため。
            """,
        nextSteps: """
            コロナ禍による利用料金収入の減収や対策経
            費の増加が生じる中においても、県民サービ
            スに支障が出ることのないように努めていく。
            """
    ),
    SeedInitiative(
        key: "governorAnywhere", section: nil,
        title: "「どこでも知事室」の実施", reportHeading: "遅れが生じている取組",
        target: """
            ○開催回数
            Ｒ２年度：４回／年
            """,
        result: """
            ２回／年
            【遅れが生じている要因】
            新型コロナウイルス感染症の影響を踏ま
            え、開催を中止したため。
            """,
        nextSteps: """
            県民本位の県政をより一層推進するため、引き続
            き知事が直接対話を通じて、多様な県民の声を
            聴取する機会の確保に努めていく。
            """
    ),
    SeedInitiative(
        key: "maitamaApp", section: nil,
        title: "ＳＮＳ及びスマートフォンアプリ「まいたま」を活用した広報の充実", reportHeading: "遅れが生じている取組",
        target: """
            ○「まいたま」のアクセス数
            Ｒ２年度：5,350,000／年
            """,
        result: """
            4,217,829／年
            【遅れが生じている要因】
            新型コロナウイルス感染症の影響により、
            イベントの情報が減少したため。
            """,
        nextSteps: """
            ユーザーの多い子育て層向けの情報を増やす
            等、利用者ニーズに合った情報提供を行って
            いく。
            """
    ),
    SeedInitiative(
        key: "disasterApp", section: nil,
        title: "災害対策アプリ「まいたま防災」の機能充実", reportHeading: "遅れが生じている取組",
        target: """
            ○まいたま防災アプリ利用拡大
            ダウンロード数
            Ｒ２年度：28,400／累計
            """,
        result: """
            23,183／累計
            【遅れが生じている要因】
            新型コロナウイルス感染症の影響により、
            イベント等でアプリのＰＲが十分できな
            かったため。
            """,
        nextSteps: """
            一人でも多くの方に、平常時の身近な防災情
            報や災害発生時の非常時情報を御提供できる
            よう、関係課と連携し、県民のニーズに合致
            したコンテンツや機能の充実及び広報に取り
            組む。
            """
    ),
    SeedInitiative(
        key: "designatedCorporations", section: nil,
        title: "指定出資法人の経営改善の推進", reportHeading: "遅れが生じている取組",
        target: """
            ○経営目標や経営指標達成率（指定出資法人
            が中期経営計画において設定）
            Ｒ２年度：75％以上
            """,
        result: """
            ○中期経営計画において設定する経営目標
            や経営指標達成率：40.5％
            【遅れが生じている要因】
            新型コロナウイルス感染症の影響により、
            指定出資法人の提供するサービス等の利
            用が休止又は制限されたことで、関連す
            る目標や指標の多くが達成困難となった
            ため。
            """,
        nextSteps: """
            指定出資法人の提供する県民サービスに支障
            が出ることのないように、所管課とともに指
            定出資法人の動向に注視し、経営改善に繋げ
            ていく。
            """
    ),
]
