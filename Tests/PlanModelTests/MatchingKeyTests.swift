import Testing
@testable import PlanModel

@Suite struct MatchingKeyTests {
    @Test func fullWidthDashAndSpacedNameMatch() {
        #expect(MatchingKey("ＡＩ－ＯＣＲ利用枚数") == MatchingKey("ＡＩ-ＯＣＲ 利用枚数"))
        #expect(MatchingKey("ＡＩ－ＯＣＲ利用枚数").rawValue == "AI-OCR利用枚数")
    }

    @Test func unifiesEveryHyphenAndMinusVariant() {
        for dash in ["-", "−", "‐", "－", "–", "—", "‑"] {
            #expect(MatchingKey("AI\(dash)OCR") == MatchingKey("AI-OCR"), "\(dash)")
        }
    }

    @Test func keepsTheKatakanaProlongedSoundMark() {
        #expect(MatchingKey("コピー使用量").rawValue == "コピー使用量")
        #expect(MatchingKey("コピー使用量") != MatchingKey("コピ-使用量"))
    }

    @Test func removesIdeographicSpacesTabsNewlinesAndZeroWidthSpaces() {
        #expect(MatchingKey("ＲＰＡ　導入\t業務\n数\u{200B}").rawValue == "RPA導入業務数")
    }

    @Test func composesHalfWidthKatakanaLikeNFKC() {
        #expect(MatchingKey("ﾃﾞｰﾀ") == MatchingKey("データ"))
        #expect(MatchingKey("か\u{3099}") == MatchingKey("が"))
    }

    @Test func blankTextHasAnEmptyKey() {
        #expect(MatchingKey(" 　\n").isEmpty)
        #expect(!MatchingKey("ＲＰＡ").contains(MatchingKey("")))
        #expect(MatchingKey("まいたま防災アプリ利用拡大ダウンロード数").contains(MatchingKey("ダウンロード 数")))
    }
}
