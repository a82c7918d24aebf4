import PlanModel

/// The status vocabulary of a sheet: what its symbols and grades mean, read from a legend line in
/// the sheet (`◎：順調　○：概ね順調　△：やや遅れ　×：遅れ`, `凡例 Ａ＝達成 Ｂ＝概ね達成 Ｃ＝未達成`)
/// or given by a profile. Status words PlanModel knows (順調, 概ね順調, やや遅れ, 未達成…) need no legend;
/// a symbol or grade without one is not guessed.
struct StatusLegend: Sendable, Hashable {
    /// Symbol or grade (NFKC, as `MatchingKey` (PlanModel) writes it) → status.
    var meanings: [String: Status]

    /// A legend with these meanings (a profile's `status:`), its marks written as ``canonicalMarks(_:)`` does.
    init(meanings: [String: Status] = [:]) {
        self.meanings = Dictionary(meanings.map { (Self.canonicalMarks($0.key), $0.value) }) { first, _ in first }
    }

    /// Symbols and grades a legend may define.
    static let symbols: Set<Character> = [
        "◎", "○", "●", "△", "▲", "×", "□", "■", "◇", "◆", "☆", "★",
        "S", "A", "B", "C", "D", "E", "a", "b", "c", "d", "e",
    ]

    /// The status a cell reads as: through the legend, then PlanModel's words; nil when it cannot be read.
    func status(of text: String) -> Status? {
        let matchingKey = MatchingKey(text)
        let key = Self.canonicalMarks(matchingKey.rawValue)
        guard !key.isEmpty else { return nil }
        if let meaning = meanings[key] { return meaning }
        // `■順調　□遅れ`: check boxes printed before each word, the chosen one filled in.
        // (None filled in, or two: no status, not the last word's.)
        if let choice = Self.boxChoice(key) { return choice.flatMap { Status(text: $0) } }
        // `Ａ（順調）`: the grade with its word; the legend's meaning of the grade first, else the word's.
        if let first = key.first, Self.symbols.contains(first) {
            if let meaning = meanings[String(first)] { return meaning }
            if key.count == 1 { return nil }
            if let word = Self.wordAfterMark(key) { return Status(text: word) }
        }
        return Status(key: matchingKey)
    }

    /// Marks that look alike and are typed for one another, written as one (◯ U+25EF and 〇 U+3007
    /// for ○, ✕ ✖ ☓ for ×, ⚫ for ●), so a legend's `〇：順調` reads a cell's `○`.
    private static let lookalikes: [Character: Character] = [
        "◯": "○", "〇": "○", "⚪": "○", "✕": "×", "✖": "×", "☓": "×", "⚫": "●",
    ]
    private static let lookalikeScalars = Set(lookalikes.keys.flatMap(\.unicodeScalars))

    /// The key with look-alike marks written as one (most keys hold none: one scalar pass).
    static func canonicalMarks(_ key: String) -> String {
        guard key.unicodeScalars.contains(where: lookalikeScalars.contains) else { return key }
        return String(key.map { lookalikes[$0] ?? $0 })
    }

    private static let filledBoxes: Set<Character> = ["■", "☑", "☒", "✓", "✔", "●", "◼", "▣"]
    private static let emptyBoxes: Set<Character> = ["□", "☐", "○", "◻"]
    private static let emptyBoxScalars = Set(emptyBoxes.flatMap(\.unicodeScalars))

    /// For a key that prints a box before each of two or more choices (`■順調□遅れ`, `☑順調☐遅れ`): the
    /// word after the one filled box, or `.some(nil)` when none or several are filled; nil for any other key.
    private static func boxChoice(_ key: String) -> String?? {
        // (Scalars first: each box is one scalar, and most keys hold none.)
        guard key.unicodeScalars.contains(where: emptyBoxScalars.contains), key.count > 2 else { return nil }
        var choices: [(filled: Bool, word: String)] = []
        for character in key {
            if filledBoxes.contains(character) || emptyBoxes.contains(character) {
                choices.append((filledBoxes.contains(character), ""))
            } else if !choices.isEmpty {
                choices[choices.count - 1].word.append(character)
            }
        }
        guard choices.count >= 2, choices.allSatisfy({ !$0.word.isEmpty }) else { return nil }
        let filled = choices.filter(\.filled)
        return .some(filled.count == 1 ? filled.first?.word : nil)
    }

    /// The word after a mark or grade (`A(順調)`, `A:順調`, `◎順調`): a letter or digit needs a
    /// bracket or separator after it, so `Aランク` or `B型` gives none.
    private static func wordAfterMark(_ key: String) -> String? {
        guard let first = key.first else { return nil }
        var rest = key.dropFirst()
        let isLetter = first.isASCII
        guard let next = rest.first else { return nil }
        if isLetter && !"(:=…・.".contains(next) { return nil }
        while let head = rest.first, "(:=…・.".contains(head) { rest.removeFirst() }
        if rest.last == ")" { rest.removeLast() }
        return rest.isEmpty ? nil : String(rest)
    }

    /// What a meaning word says: 順調, 達成, 計画どおり → on track; 遅れ, 未達成 → delayed.
    static func meaning(of word: String) -> Status? {
        if let status = Status(text: word) { return status }
        let key = MatchingKey(word).rawValue
        if key.contains("遅") || key.contains("未達") || key.contains("未着手") || key.contains("困難") { return .delayed }
        if ["順調", "達成", "計画どおり", "計画通り", "計画以上", "完了", "予定どおり", "予定通り"].contains(where: key.contains) {
            return .onTrack
        }
        return nil
    }

    /// A symbol and its meaning: symbols may be followed directly by the word (`◎順調`); letters and
    /// the digits of a numbered scale (`1：順調　2：概ね順調　3：遅れ`) need a separator (`Ａ：達成`, `Ｂ＝概ね達成`, `Ａ…順調`, whose `…` NFKC writes as three dots), so that
    /// words with letters in them are not cut apart.
    /// Built once (see HeaderText's yearPattern on sharing a compiled regex).
    nonisolated(unsafe) private static let pair: Regex<(Substring, Substring?, Substring?, Substring)> =
        #/(?:([◎○●△▲×□■◇◆☆★])|([SABCDE1-5])[:=…・.])[:=…・.]*\(?([^、,/◎○●△▲×□■◇◆☆★:=().]+?)\)?(?=[、,/◎○●△▲×□■◇◆☆★]|[SABCDE1-5][:=…・.]|$)/#

    private static let pairMarks: Set<Character> = Set("◎○●△▲×□■◇◆☆★:=…・.")

    /// Reads a legend line: at least two symbol–meaning pairs, or one after the word 凡例.
    /// Returns nil for any other line, so a title that ends in 遅れ is not a legend.
    static func parse(_ line: String) -> StatusLegend? {
        let key = canonicalMarks(MatchingKey(line).rawValue)
        // Every pair has a symbol or a grade letter before a separator; a line with neither is no legend.
        guard key.count <= 200, key.contains(where: { Self.pairMarks.contains($0) }) else { return nil }
        var legend = StatusLegend()
        for match in key.matches(of: pair) {
            guard let symbol = match.output.1 ?? match.output.2, let status = meaning(of: String(match.output.3)) else { continue }
            legend.meanings[String(symbol)] = status
        }
        let saysLegend = key.contains("凡例") || key.contains("評価基準")
        return legend.meanings.count >= 2 || (saysLegend && !legend.meanings.isEmpty) ? legend : nil
    }

    /// Adds another legend's meanings (a profile's win over the sheet's).
    mutating func merge(_ other: StatusLegend) {
        meanings.merge(other.meanings) { _, new in new }
    }
}
