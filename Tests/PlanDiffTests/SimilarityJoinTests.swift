import Testing
import TestSupport
@testable import PlanDiff

/// The similarity search: exact scores, and the indexed join finding what comparing every pair finds.
@Suite struct SimilarityJoinTests {
    @Test func diceOfCharacterBigrams() {
        #expect(SimilarityJoin.score("abcd", "abcd") == 1)
        #expect(SimilarityJoin.score("abcd", "abce") == 2.0 * 2 / 6)
        #expect(SimilarityJoin.score("推進", "推進策") == 2.0 * 1 / 3)
        #expect(SimilarityJoin.score("a", "b") == 0)
        // Repeated bigrams count as often as they occur.
        #expect(SimilarityJoin.score("aaaa", "aa") == 2.0 * 1 / 4)
    }

    @Test func comparisonKeyUnifiesWidthsSpacesAndDashes() {
        #expect(ComparisonKey.of("ＡＩ－ＯＣＲ 利用枚数") == "AI-OCR利用枚数")
        #expect(ComparisonKey.of("ＡＩ‐ＯＣＲ\u{3000}利用枚数") == "AI-OCR利用枚数")
        #expect(ComparisonKey.of("ｻｲﾀﾏ") == "サイタマ")
        #expect(ComparisonKey.of("ＡＩ等新技術の活用") == "AI等新技術の活用")
        #expect(ComparisonKey.of("データ") == "データ")
    }

    @Test func indexedJoinFindsExactlyThePairsThatBruteForceFinds() {
        var generator = SeededGenerator(seed: 7)
        let syllables = Array("推進業務効率化県民参画連携行財政改革の活用による制度構築施設管理向上")
        func title() -> String { String((0..<Int(generator.next() % 12 + 4)).map { _ in syllables[Int(generator.next() % UInt64(syllables.count))] }) }
        let old = (0..<150).map { _ in title() }
        let new =
            old.prefix(100).map { t -> String in
                var chars = Array(t)
                chars[Int(generator.next() % UInt64(chars.count))] = "新"
                return String(chars)
            } + (0..<50).map { _ in title() }
        for threshold in [0.4, 0.6, 0.8] {
            let indexed = Set(SimilarityJoin.pairs(old: old, new: new, threshold: threshold).map { [$0.old, $0.new] })
            var brute = Set<[Int]>()
            for (o, a) in old.enumerated() {
                for (n, b) in new.enumerated() {
                    let score = SimilarityJoin.score(a, b)
                    if score >= threshold && score > 0 { brute.insert([o, n]) }
                }
            }
            #expect(indexed == brute, "threshold \(threshold)")
            #expect(!brute.isEmpty)
        }
    }
}
