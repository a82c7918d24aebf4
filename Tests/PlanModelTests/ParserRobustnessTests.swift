import Foundation
import Testing
import TestSupport
@testable import PlanModel

/// Property-style tests: whatever text arrives, the parsers return, and a figure comes only
/// from digits or kanji numerals.
@Suite struct ParserRobustnessTests {
    /// Characters of plan texts that are neither digits nor kanji numerals.
    static let wordPool = Array("取組項目目標実績順調遅れ削減減以上以下超未満約およそ概ね年度累計枚件会議業務事業団体拠点問率数の推進、。・○●◎※【】（）()／/：:→⇒->～~％%ＲＲＨＦＹ元比令和平成ＡＩ-ＯＣＲ　 \n\tabcxyzーカタカナひらがな千葉万全")
    /// Fragments of real expressions, to build sentences that are nearly grammatical.
    static let fragments = [
        "Ｒ２年度：", "R3年度", "令和元年度比", "12,000", "２万", "→", "6.7万", "枚", "／年", "以上", "削減", "約",
        "（期間限定）", "○", "コピー使用量", "90%", "達成が困難", "十五", "三千五百", "件", "\n", "【遅れが生じている要因】",
    ]

    static func randomScalar(_ generator: inout SeededGenerator) -> Unicode.Scalar {
        while true {
            let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    static func samples() -> [String] {
        var generator = SeededGenerator(seed: 2020)
        var texts: [String] = [
            "", " ", "　", "\n\n", "()", "((((", "))))", "→→", "1,,,,", "1.2.3.4", "-", "->",
            String(repeating: "9", count: 400), String(repeating: "九", count: 400) + "万億兆",
            String(repeating: "(", count: 50_000) + String(repeating: ")", count: 50_000),
            String(repeating: "Ｒ２年度：", count: 20_000),
            String(repeating: "ひらがなの行\n", count: 10_000),
            String(repeating: "○", count: 100_000),
        ]
        for _ in 0..<1500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text.append(randomScalar(&generator)) }
            texts.append(String(text))
        }
        for _ in 0..<1500 {
            texts.append(String((0..<Int.random(in: 0...60, using: &generator)).map { _ in wordPool.randomElement(using: &generator) ?? " " }))
        }
        for _ in 0..<1500 {
            texts.append((0..<Int.random(in: 1...8, using: &generator)).map { _ in fragments.randomElement(using: &generator) ?? "" }.joined())
        }
        var long = String.UnicodeScalarView()
        for _ in 0..<100_000 { long.append(randomScalar(&generator)) }
        texts.append(String(long))
        texts.append(String((0..<100_000).map { _ in wordPool.randomElement(using: &generator) ?? " " }))
        return texts
    }

    static let texts = samples()

    static func hasNumeral(_ text: String) -> Bool {
        text.precomposedStringWithCompatibilityMapping.unicodeScalars.contains { scalar in
            ("0"..."9").contains(scalar) || "〇零一二三四五六七八九十百千".unicodeScalars.contains(scalar)
        }
    }

    @Test func neverCrashesAndReadsFiguresOnlyFromNumerals() {
        var withoutNumerals = 0
        for text in Self.texts {
            let parsed = ExpressionParser.parse(text)
            #expect(parsed.text == text)
            if let value = parsed.value { #expect(value.isFinite) }
            if !Self.hasNumeral(text) {
                withoutNumerals += 1
                #expect(parsed.value == nil && parsed.revisedFrom == nil, "\(text.debugDescription)")
            }
        }
        #expect(withoutNumerals > 1500)
    }

    @Test func cellReadingNeverCrashesAndKeepsEveryFigureFromNumerals() {
        for text in Self.texts {
            let reading = IndicatorReader.read(targetText: text, resultText: text, resultYear: FiscalYear(2020))
            if !Self.hasNumeral(text) {
                for indicator in reading.indicators {
                    #expect(indicator.targets.allSatisfy { $0.value == nil }, "\(text.debugDescription)")
                    #expect(indicator.actuals.allSatisfy { $0.value == nil }, "\(text.debugDescription)")
                }
            }
            _ = Status(text: text)
            _ = FiscalYear(text)
            _ = JapaneseNumber.parse(text)
            _ = ResultCellText(text)
        }
    }

    @Test func fastNormalizationAgreesWithFoundationNFKC() {
        for text in Self.texts where text.utf8.count < 10_000 {
            #expect(NormalizedText(text).string == text.precomposedStringWithCompatibilityMapping, "\(text.debugDescription)")
        }
    }

    @Test func sentencesOfTheReportAreNotFigures() {
        for sentence in [
            "行動計画の全６２取組のうち、５６の取組は順調に取り組んでおり、６の取組に遅れが生じている。",
            "財務相談の内容の分析を行い、ＱＡを、新たに750問、ヘルプデスクＡＩへ追加し、更なる",
            "県民本位の県政をより一層推進するため、引き続き",
            "一人でも多くの方に、平常時の身近な防災情報や災害発生時の非常時情報を御提供できる",
            "・Ｒ２年度に作成したＥＢＰＭ調書を踏まえ、Ｒ３年度予算を執行する。",
            "千葉県との連携",
            "第三者評価の実施",
        ] {
            #expect(ExpressionParser.parse(sentence).isQualitative, "\(sentence)")
        }
    }
}
