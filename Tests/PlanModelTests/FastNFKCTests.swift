import Foundation
import Testing

@testable import PlanModel

@Suite struct FastNFKCTests {
    /// Texts the fast table knows come out as Foundation's NFKC, byte for byte; the others are left to Foundation.
    @Test(arguments: [
        "件／年", "業務", "％", "ＫＰＩ（件）", "Ｒ２年度：５０業務", "　人　", "※注", "→↚", "■□◆", "ー〜～", "", "abc 123",
        "ﾃﾞｰﾀ", "か\u{3099}", "㍻", "①", "\u{F98E}", "ｶﾞ",
    ])
    func givesFoundationsNFKCOrLeavesItToFoundation(text: String) {
        let foundation = text.precomposedStringWithCompatibilityMapping
        if let fast = NormalizedText.fastNFKC(text) {
            #expect(Array(fast.utf8) == Array(foundation.utf8), "\(text)")
        }
    }

    @Test func leavesHalfWidthKanaCombiningMarksAndCompatibilityCharactersToFoundation() {
        for text in ["ﾃﾞｰﾀ", "か\u{3099}", "㍻", "①", "\u{F98E}"] {
            #expect(NormalizedText.fastNFKC(text) == nil, "\(text)")
        }
        #expect(NormalizedText.fastNFKC("件／年") == "件/年")
    }
}
