import PlanModel

/// The role a header's words give its column, read from the meaning of the words rather than from
/// a list of whole headers: Japanese compounds name their head last, so the keyword that ends last
/// decides (`目標指標` is an indicator, `指標目標値` a target, `取組状況` a status, `課題・対応` next steps),
/// and a trailing 名 / 名称 / 項目 / 内容 only says "the name of" what comes before it (`事業名`, `指標名`).
enum HeaderMeaning {
    /// Whole wordings known from real templates: decided with full confidence.
    static let knownWordings: [String: ColumnRole] = [
        "番号": .number, "No.": .number, "No": .number, "NO.": .number, "NO": .number, "取組番号": .number, "通し番号": .number,
        "項番": .number, "連番": .number, "通番": .number, "整理番号": .number, "整理No": .number, "整理No.": .number, "管理番号": .number, "方向性": .section, "柱": .section,
        "改革の方向性": .section,
        "取組項目": .title, "取組名": .title, "取組": .title, "取組事項": .title, "事業名": .title, "取組内容": .title,
        "施策名": .title, "所管": .department, "所管課": .department, "担当課": .department, "部局": .department,
        "所管部局": .department, "部局名": .department, "担当部局": .department, "所管部": .department, "担当部署": .department,
        "指標": .indicator, "指標名": .indicator, "目標指標": .indicator, "アウトカム指標": .indicator, "KPI": .indicator,
        "単位": .unit, "目標": .target(fiscalYear: nil), "目標値": .target(fiscalYear: nil), "年度目標": .target(fiscalYear: nil),
        "数値目標": .target(fiscalYear: nil), "計画値": .target(fiscalYear: nil),
        "実績": .actual(fiscalYear: nil), "年度末実績": .actual(fiscalYear: nil), "末実績": .actual(fiscalYear: nil),
        "年度実績": .actual(fiscalYear: nil), "実績値": .actual(fiscalYear: nil),
        "進捗": .status, "状況": .status, "達成状況": .status, "評価": .status, "進捗状況": .status, "評価区分": .status,
        "遅れの要因": .delayReason, "要因": .delayReason, "遅れが生じている要因": .delayReason, "遅れの理由": .delayReason,
        "目標年度": .targetYear, "達成年度": .targetYear, "目標達成年度": .targetYear, "目標時期": .targetYear,
        "今後の取組等": .nextSteps, "今後の取組予定": .nextSteps, "今後の方向性": .nextSteps, "今後の取組": .nextSteps,
    ]

    /// Keywords and the role they give when they are the head (last) word of a header.
    static let keywords: [(word: String, role: ColumnRole)] = [
        ("取組", .title), ("取り組み", .title), ("事業", .title), ("施策", .title), ("initiative", .title), ("title", .title),
        ("番号", .number), ("項番", .number), ("連番", .number), ("No.", .number),
        ("方向性", .section), ("柱", .section), ("分野", .section),
        ("所管", .department), ("所属", .department), ("担当", .department), ("部局", .department), ("部署", .department),
        ("department", .department),
        ("指標", .indicator), ("KPI", .indicator), ("アウトカム", .indicator), ("成果", .indicator), ("indicator", .indicator),
        ("単位", .unit), ("unit", .unit),
        ("目標", .target(fiscalYear: nil)), ("目標値", .target(fiscalYear: nil)), ("計画値", .target(fiscalYear: nil)),
        ("計画", .target(fiscalYear: nil)), ("target", .target(fiscalYear: nil)),
        ("実績", .actual(fiscalYear: nil)), ("実績値", .actual(fiscalYear: nil)), ("結果", .actual(fiscalYear: nil)),
        ("達成値", .actual(fiscalYear: nil)), ("result", .actual(fiscalYear: nil)), ("actual", .actual(fiscalYear: nil)),
        ("評価", .status), ("進捗", .status), ("状況", .status), ("区分", .status), ("達成度", .status), ("判定", .status),
        ("status", .status),
        ("要因", .delayReason), ("理由", .delayReason), ("課題", .delayReason), ("原因", .delayReason), ("cause", .delayReason),
        ("対応", .nextSteps), ("方針", .nextSteps), ("改善策", .nextSteps), ("改善", .nextSteps), ("nextsteps", .nextSteps),
    ]

    /// The keywords lower-cased once, in the order of ``keywords``.
    static let loweredKeywords = keywords.map { $0.word.lowercased() }

    /// Single characters that end a department header (`所管課`, `担当局`, `企画部`).
    static let departmentEndings: Set<Character> = ["部", "局", "課", "室"]
    /// Endings that mean "the name / item / content of" the word before them.
    static let nameEndings = ["名称", "項目", "内容", "事項", "名"]

    /// Notes in brackets that say a target header names the indicator (`数値目標（指標）`, `目標（KPI）`).
    private static let indicatorNotes: Set<String> = ["指標", "指標名", "KPI", "成果指標", "目標指標"]

    /// Decides the role of a header, or nil when its words name no role.
    static func decide(_ header: HeaderText) -> ColumnDecision? {
        // `年度区分`, `対象年度`: the year of each row, which its cells must confirm (``RowYear``), not a status.
        if RowYear.headerWords.contains(header.words) { return nil }
        let decision = decideFromWords(header)
        // `数値目標（指標）`: the column of the target's indicator (its name), not of a year's figures.
        if let decision, decision.role == .target(fiscalYear: nil), header.fiscalYear == nil,
            let note = header.notes.first(where: indicatorNotes.contains)
        {
            return ColumnDecision(
                role: .indicator, confidence: 0.8,
                reason: "「\(header.words)」 with the note 「\(note)」: the name of the target's indicator")
        }
        return decision
    }

    private static func decideFromWords(_ header: HeaderText) -> ColumnDecision? {
        let words = header.words
        guard !words.isEmpty else { return nil }
        if let role = knownWordings[words] {
            return ColumnDecision(
                role: role.withFiscalYear(header.fiscalYear), confidence: 1,
                reason: "known wording 「\(words)」")
        }
        // 今後 (from now on) makes anything next steps: 今後の取組, 今後の方向性; so do 次年度以降 (from next
        // year on) and 来年度 (next year): 次年度以降の取組, 来年度の方針.
        for word in ["今後", "次年度", "来年度"] where TextSearch.contains(word, in: words) {
            return ColumnDecision(role: .nextSteps, confidence: 0.9, reason: "「\(word)」 names what comes next")
        }
        var head = words
        var ending: String?
        if let suffix = nameEndings.first(where: { words.hasSuffix($0) && words.count > $0.count }) {
            head = String(words.dropLast(suffix.count))
            ending = suffix
        }
        let lowered = head.lowercased()
        var best: (end: Int, length: Int, word: String, role: ColumnRole)?
        for ((word, role), loweredWord) in zip(keywords, loweredKeywords) {
            // `lowered` is cut from an NFKC key, so TextSearch gives Foundation's answer without its cost.
            guard let range = TextSearch.lastRange(of: loweredWord, in: lowered) else { continue }
            let end = lowered.distance(from: lowered.startIndex, to: range.upperBound)
            if best.map({ end > $0.end || (end == $0.end && word.count > $0.length) }) ?? true {
                best = (end, word.count, word, role)
            }
        }
        if let last = head.last, departmentEndings.contains(last), head.count <= 6,
            best.map({ $0.end < head.count }) ?? true
        {
            return ColumnDecision(role: .department, confidence: 0.7, reason: "ends in 「\(last)」 (a department)")
        }
        // 進捗率, 達成率, 執行率: a rate is a figure computed from others, not the status word.
        if let best, best.role == .status, head.hasSuffix("率") { return nil }
        if let best {
            let exact = best.length == head.count
            let confidence = exact ? 0.9 : 0.8
            let why = exact ? "「\(best.word)」" : "head word 「\(best.word)」 in 「\(words)」"
            return ColumnDecision(
                role: best.role.withFiscalYear(header.fiscalYear), confidence: confidence,
                reason: why + (ending.map { " + 「\($0)」" } ?? ""))
        }
        // 項目, 名称, 内容 alone: the name of the row, i.e. the initiative; but `特記事項`, `備考欄の内容` are remarks.
        if isRemark(words) { return nil }
        if ending != nil || nameEndings.contains(words) {
            return ColumnDecision(role: .title, confidence: 0.6, reason: "「\(words)」 names the row")
        }
        return nil
    }
}

extension HeaderMeaning {
    /// Whether a header's words name a remarks column (備考, 特記事項, 摘要, 補足, 注記): free notes
    /// PlanSheet does not import, said as such rather than as a header it could not read.
    static func isRemark(_ words: String) -> Bool {
        ["特記", "備考", "摘要", "補足", "注記"].contains { TextSearch.contains($0, in: words) }
    }

    /// The known wording closest to a header PlanSheet could not read (most characters in common),
    /// for the message that asks the user to check it; nil when none is close.
    static func nearestWording(to header: String) -> String? {
        let words = HeaderText(header).words
        guard !isRemark(words) else { return nil }
        let characters = Set(words)
        guard !characters.isEmpty else { return nil }
        var best: (score: Double, wording: String)?
        for wording in knownWordings.keys.sorted() {
            let other = Set(wording)
            let score = Double(characters.intersection(other).count) / Double(characters.union(other).count)
            if score > (best?.score ?? 0.3) { best = (score, wording) }
        }
        return best?.wording
    }
}

/// A role given to a column, how sure PlanSheet is, and why.
struct ColumnDecision: Equatable, Sendable {
    /// The role.
    var role: ColumnRole
    /// From 0 to 1: 1 for a known wording, less for a rule or for evidence from the cells.
    var confidence: Double
    /// Why, in words a user can check against the header (`head word 「実績」 in 「年度末実績」`).
    var reason: String

    /// The confidence under which a decision is not taken: the column is reported as undecided instead.
    static let threshold = 0.5
}
