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
        func has(_ word: String) -> Bool { TextScan.hasPrefix(m, at: index, word) }
        switch m[index] {
        case "以":
            if has("以上") { return (.comparator(.atLeast), index + 2) }
            if has("以下") { return (.comparator(.atMost), index + 2) }
        case "超":
            if has("超え") { return (.comparator(.above), index + 2) }
            return (.comparator(.above), index + 1)
        case "未":
            if has("未満") { return (.comparator(.below), index + 2) }
        case "/":
            if has("/年度") { return (.period(.perYear), index + 3) }
            if has("/年間") { return (.period(.perYear), index + 3) }
            if has("/年") { return (.period(.perYear), index + 2) }
            if has("/累計") { return (.period(.cumulative), index + 3) }
            if has("/月") { return (.period(.perMonth), index + 2) }
        case "削":
            if has("削減") { return (.direction(.decrease), index + 2) }
        case "減":
            if has("減少") { return (.direction(.decrease), index + 2) }
            return (.direction(.decrease), index + 1)
        case "増":
            if has("増加") { return (.direction(.increase), index + 2) }
            return (.direction(.increase), index + 1)
        case "程":
            if has("程度") { return (.approximate, index + 2) }
        case "前":
            if has("前後") { return (.approximate, index + 2) }
        case "の":
            // Only as a link to a following word: `60％以上の削減`.
            if let (next, _) = match(m, at: index + 1), case .direction(_) = next {
                return (.filler, index + 1)
            }
        case "。":
            return (.filler, index + 1)
        default:
            break
        }
        return nil
    }

    /// Whether a tail token starts at `index` (so a unit ends there).
    static func starts(_ m: [Unicode.Scalar], at index: Int) -> Bool {
        switch m[index] {
        case "の", "。", "前": return false
        default: return match(m, at: index) != nil
        }
    }
}
