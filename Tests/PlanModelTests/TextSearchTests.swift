import Foundation
import Testing
import PlanModel

@Suite struct TextSearchTests {
    @Test func findsAWordOnlyWhereItsBytesStand() {
        #expect(TextSearch.holdsBytes(of: "目標", in: "Ｒ２年度目標値"))
        #expect(TextSearch.holdsBytes(of: "値", in: "目標値"))
        #expect(!TextSearch.holdsBytes(of: "実績", in: "目標値"))
        #expect(!TextSearch.holdsBytes(of: "目標値です", in: "目標値"))
        #expect(TextSearch.holdsBytes(of: "", in: "目標"))
        #expect(!TextSearch.holdsBytes(of: "a", in: ""))
        // UTF-8 never matches inside a character: 盾 (E7 9B BE) is not found in 目標 (E7 9B AE E6 A8 99).
        #expect(!TextSearch.holdsBytes(of: "盾", in: "目標"))
    }

    /// Normalized texts as the importer asks about them (MatchingKey and header words), with the
    /// words it asks for: the answers are Foundation's own.
    @Test(arguments: [
        "目標値", "年度末実績", "遅れが生じている取組", "未達成", "今後の取組予定", "kpi", "no.", "target(件)",
        "アウトカム指標", "課題・対応", "", "取組取組", "àctual", "a\u{301}ctual", "ガ", "カ\u{3099}", "unit\u{20DD}",
    ])
    func answersAsFoundationDoes(text: String) {
        for word in ["目標", "実績", "遅れ", "未達", "今後", "取組", "kpi", "no.", "actual", "unit", "カ", "アウトカム", "対応"] {
            #expect(TextSearch.contains(word, in: text) == text.contains(word), "\(word) in \(text)")
            #expect(TextSearch.lastRange(of: word, in: text) == text.range(of: word, options: .backwards), "\(word) in \(text)")
        }
    }
}
