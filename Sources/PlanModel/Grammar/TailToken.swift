/// The words that may follow a figure and its unit: 以上, ／年, 削減, 程度 …
enum TailToken: Sendable, Hashable {
    /// 以上, 以下, 超, 未満.
    case comparator(Comparator)
    /// ／年, ／年度, ／累計, ／月.
    case period(Period)
    /// 削減, 減少, 減 (decrease); 増加, 増 (increase).
    case direction(Direction)
    /// 程度, 前後: the figure is approximate.
    case approximate
    /// A particle or full stop that carries no meaning here (`の` in `60％以上の削減`, `。`).
    case filler

    /// The token starting at `index` and the index after it.
    static func match(_ m: [Unicode.Scalar], at index: Int) -> (TailToken, Int)? {
        guard index < m.count else { return nil }
        // Compared scalar by scalar: this runs for every character of every unit.
        let next: Unicode.Scalar = index + 1 < m.count ? m[index + 1] : "\0"
        let third: Unicode.Scalar = index + 2 < m.count ? m[index + 2] : "\0"
        switch (m[index], next) {
        case ("以", "上"): return (.comparator(.atLeast), index + 2)
        case ("以", "下"): return (.comparator(.atMost), index + 2)
        case ("超", "え"): return (.comparator(.above), index + 2)
        case ("超", _): return (.comparator(.above), index + 1)
        case ("未", "満"): return (.comparator(.below), index + 2)
        case ("/", "年"):
            if third == "度" || third == "間" { return (.period(.perYear), index + 3) }
            return (.period(.perYear), index + 2)
        case ("/", "累"): return third == "計" ? (.period(.cumulative), index + 3) : nil
        case ("/", "月"): return (.period(.perMonth), index + 2)
        case ("削", "減"): return (.direction(.decrease), index + 2)
        case ("減", "少"): return (.direction(.decrease), index + 2)
        case ("減", _): return (.direction(.decrease), index + 1)
        case ("増", "加"): return (.direction(.increase), index + 2)
        case ("増", _): return (.direction(.increase), index + 1)
        case ("程", "度"): return (.approximate, index + 2)
        case ("前", "後"): return (.approximate, index + 2)
        case ("の", _):
            // Only as a link to a following word: `60％以上の削減`.
            if let (following, _) = match(m, at: index + 1), case .direction(_) = following {
                return (.filler, index + 1)
            }
            return nil
        case ("。", _): return (.filler, index + 1)
        default: return nil
        }
    }

    /// Whether a tail token starts at `index` (so a unit ends there).
    static func starts(_ m: [Unicode.Scalar], at index: Int) -> Bool {
        switch m[index] {
        case "の", "。", "前": return false
        default: return match(m, at: index) != nil
        }
    }
}
