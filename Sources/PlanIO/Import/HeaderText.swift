import PlanModel

/// A column header as its words, with what the decorations around them say: the fiscal year
/// written anywhere in it (`2023年度（Ｒ５）計画値`, `計画値（令和５年度）`), a unit in brackets
/// (`目標（件）`), and the notes that say nothing about the role (（変更後）, （当初）, 【必須】).
///
/// The text is NFKC-normalised with white space and line breaks removed, as `MatchingKey` (PlanModel) does,
/// so `目\n標` and `目 標` read as 目標.
struct HeaderText: Equatable {
    /// The words left once years, units and notes are taken out: `計画値` for `2023年度（Ｒ５）計画値`.
    var words: String
    /// The first fiscal year named anywhere in the text.
    var fiscalYear: Int?
    /// A unit written in brackets: `件` for `目標（件）`.
    var unit: String?
    /// The notes dropped: `変更後`, `必須`, the era alias `R5`.
    var notes: [String]

    /// Bracketed notes that say which version or whether a cell is required, not what the column holds.
    static let versionNotes: Set<String> = [
        "変更後", "変更前", "当初", "修正", "修正後", "改定", "改定後", "見直し後",
        "必須", "任意", "新規", "再掲", "抄", "案", "記入", "入力", "選択",
    ]

    /// Units a bracket may hold after a role word (`目標（件）`, `実績(%)`).
    static let bracketUnits: Set<String> = [
        "件", "%", "人", "回", "円", "千円", "万円", "百万円", "億円", "時間", "日",
        "枚", "業務", "団体", "施設", "箇所", "か所", "ヶ所", "校", "社", "者", "部",
        "名", "世帯", "本", "台", "kWh", "t", "トン", "ha", "km", "m", "個", "点",
    ]

    /// Period words a bracket may hold that are no unit (`（累計）`, `（年間）`).
    private static let notUnits: Set<String> = ["累計", "年", "年間", "月", "各年度", "単年度", "再掲", "抄", "案"]

    /// The unit in brackets at the end of an indicator's name (`ＡＩ-ＯＣＲ 利用枚数（枚）` → 枚, also
    /// `（単位：枚）`): a
    /// known unit, or one or two letters that are no note, period or year (`（会議）`, `（問）`). Nil
    /// for a name without one, or with a longer remark in brackets (`（県・指定管理者協議により設定）`).
    static func trailingUnit(of name: String) -> String? {
        guard let last = name.last, last == "）" || last == ")" || last == "］" || last == "]" || last == "〕" else {
            return nil
        }
        let key = MatchingKey(name).rawValue
        // `利用枚数（枚）`, `導入業務数［業務］`, `会議数〔回〕`.
        let brackets: [(open: Character, close: Character)] = [("(", ")"), ("[", "]"), ("〔", "〕")]
        guard let pair = brackets.first(where: { key.last == $0.close }), let open = key.lastIndex(of: pair.open) else {
            return nil
        }
        var inside = String(key[key.index(after: open)..<key.index(before: key.endIndex)])
        // `（単位：件）` on the name's second line.
        if inside.hasPrefix("単位:") { inside.removeFirst(3) }
        if bracketUnits.contains(inside) { return inside }
        guard (1...2).contains(inside.count), !notUnits.contains(inside), !versionNotes.contains(inside),
            inside.allSatisfy({ !$0.isNumber && !$0.isPunctuation && !$0.isWhitespace && !$0.isASCII })
        else { return nil }
        return inside
    }

    /// Reads a header text.
    init(_ text: String) {
        var key = MatchingKey(text).rawValue
        var notes: [String] = []
        var unit: String?
        var year: Int?
        // Brackets first: each holds a year, a unit, a note, or (for `目標（抄）`) a part of the words.
        while let bracket = Self.firstBracket(in: key) {
            let inside = String(key[bracket.inside])
            if let found = Self.fiscalYear(in: inside) {
                year = year ?? found.year
                notes.append(inside)
            } else if Self.bracketUnits.contains(inside) {
                unit = unit ?? inside
            } else {
                notes.append(inside)
            }
            key.removeSubrange(bracket.whole)
        }
        // A year written outside brackets (`R2年度目標`, `目標R2年度`, `2021年度末実績`).
        while let found = Self.fiscalYear(in: key) {
            year = year ?? found.year
            key.removeSubrange(found.range)
        }
        // Characters compared whole (a separator with a mark on it stays), but only for a key that
        // holds one of the separators' scalars at all.
        let holdsSeparator = key.unicodeScalars.contains { Self.separatorScalars.contains($0) }
        words = holdsSeparator ? key.filter { !Self.separators.contains($0) } : key
        fiscalYear = year
        self.unit = unit
        self.notes = notes
    }

    /// Punctuation taken out of the words (`課題・対応` reads as 課題対応).
    private static let separators: [Character] = ["・", "/", ",", "、", "。", ":", "：", "-"]
    private static let separatorScalars = Set(separators.flatMap(\.unicodeScalars))

    private static let openers: [Character: Character] = ["(": ")", "【": "】", "[": "]", "<": ">", "〈": "〉", "《": "》", "〔": "〕", "「": "」"]
    private static let openerScalars = Set(openers.keys.flatMap(\.unicodeScalars) + ["\u{2329}"])

    /// The first bracketed part of a key, brackets included, and its inside.
    private static func firstBracket(in key: String) -> (whole: Range<String.Index>, inside: Range<String.Index>)? {
        // A key without an opener's scalar has no opener Character (〈 may also be written U+2329).
        guard key.unicodeScalars.contains(where: { openerScalars.contains($0) }) else { return nil }
        guard let open = key.firstIndex(where: { openers[$0] != nil }), let closer = openers[key[open]] else { return nil }
        let afterOpen = key.index(after: open)
        // An unclosed bracket runs to the end of the header.
        let close = key[afterOpen...].firstIndex(of: closer) ?? key.endIndex
        let end = close == key.endIndex ? close : key.index(after: close)
        return (open..<end, afterOpen..<close)
    }

    /// Built once: a regex literal is compiled to its matching program on first use, per instance.
    /// Matching never mutates it (the program is published atomically), so sharing it across threads is safe.
    nonisolated(unsafe) private static let yearPattern: Regex<Substring> =
        #/(?:令和|平成|昭和|[RHS])(?:元|\d{1,2})(?:年度|年)?末?|(?:FY)?\d{4}(?:年度|年)?末?|(?:元|\d{1,2})年度末?/#

    /// Whether a key can hold a year label at all (a digit or 元): most header and data texts cannot,
    /// and this is far cheaper than the regex.
    private static func mayHoldYear(_ key: String) -> Bool {
        key.unicodeScalars.contains { scalar in
            ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) || scalar == "元"
                || (scalar.value >= 0x80 && scalar.properties.numericType == .decimal)
        }
    }

    /// The first fiscal-year label inside a key, and where it stands.
    static func fiscalYear(in key: String) -> (year: Int, range: Range<String.Index>)? {
        guard mayHoldYear(key) else { return nil }
        var searchStart = key.startIndex
        while searchStart < key.endIndex, let match = key[searchStart...].firstMatch(of: yearPattern) {
            var label = String(match.output)
            if label.hasSuffix("末") { label.removeLast() }
            if let year = FiscalYear(label)?.startYear ?? FiscalYear(label + "年度")?.startYear,
                (1900...2200).contains(year)
            {
                return (year, match.range)
            }
            searchStart = match.range.upperBound
        }
        return nil
    }
}
