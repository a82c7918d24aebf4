import PlanModel

/// A title line above a block of rows, and what it says about the rows under it:
/// `（１）県庁のＩＣＴ化・働き方改革` gives the section, `主な成果` and `遅れが生じている取組`
/// the status, `所管：企画財政部` the department. `■ 行動計画の取組状況` says nothing.
enum BlockTitle: Equatable {
    /// A direction heading; the section is the text after the number, as written.
    case section(String)
    /// A heading that gives the status of the rows under it.
    case status(Status)
    /// `所管：…`: the department of the sheet.
    case department(String)
    /// Any other title line.
    case other

    /// Reads a title line.
    static func parse(_ text: String) -> BlockTitle {
        let key = MatchingKey(text).rawValue
        if let department = departmentLine(text) { return .department(department) }
        // A line naming both kinds (`1 順調 2 概ね順調 3 遅れ`, a legend not read as one) says how to
        // fill in the status, not the status of the rows under it.
        if explainsStatuses(key) { return .other }
        if key.contains("遅れが生じている") || key.hasSuffix("遅れ") { return .status(.delayed) }
        if key.contains("主な成果") || key.contains("順調") { return .status(.onTrack) }
        if let section = sectionHeading(text) { return .section(section) }
        // `【企画部】` or `■ 総務部` over a block of rows: the department of the rows under it.
        if let marked = markedSection(text) ?? bulleted(text), isDepartmentName(marked) { return .department(marked) }
        // `行財政改革の取組結果一覧（県民生活部）`: a title naming the department in brackets at its end.
        if let named = trailingBracket(text), isDepartmentName(named) { return .department(named) }
        return .other
    }

    /// Whether a short text without spaces is the name of a department (企画部, 総務局, 行政改革推進課,
    /// 教育委員会: the endings a sheet named after a department has).
    static func isDepartmentName(_ text: String) -> Bool {
        text.count <= 16 && !text.contains(where: \.isWhitespace)
            && SubmissionImporter.departmentNameEndings.contains { text.hasSuffix($0) }
    }

    /// Whether a line (as a `MatchingKey`) names both an on-track and a delayed status, as a legend or
    /// an instruction does (`達成：目標を達成（順調）　未達成：…（遅れ）`).
    static func explainsStatuses(_ key: String) -> Bool {
        guard key.count <= 160, key.contains("遅") || key.contains("未達") else { return false }
        return key.contains("順調") || key.replacingOccurrences(of: "未達成", with: "").contains("達成")
    }

    /// Built once (see HeaderText's yearPattern on sharing a compiled regex).
    nonisolated(unsafe) private static let sectionNumber = #/\(\s*\d+\s*\)\s*|\d+[.．]\s*|[①-⑨]\s*/#

    /// `（１）県庁のＩＣＴ化・働き方改革` → `県庁のＩＣＴ化・働き方改革`; also `(2) …`, `1. …`.
    static func sectionHeading(_ text: String) -> String? {
        let trimmed = ImportText.trimmed(text)
        let normalized = trimmed.precomposedStringWithCompatibilityMapping
        guard let match = normalized.prefixMatch(of: Self.sectionNumber) else { return nil }
        // Cut the same number of characters from the original, so the section keeps its full-width letters.
        let consumed = normalized[match.range].count
        let originalRest = ImportText.trimmed(trimmed.dropFirst(consumed))
        return originalRest.isEmpty ? nil : originalRest
    }

    /// Marks that open a heading inside a table, after NFKC (Ⅰ is `I`): a Roman numeral or a number
    /// followed by a space or a point, or a bracketed label (`【方向性１】`, `[Ⅱ]`).
    nonisolated(unsafe) private static let headingMark = #/[IVX]+(?:[.．、]\s*|\s+)|\d+\s+|【[^】]{1,12}】\s*|\[[^\]]{1,12}\]\s*/#

    /// Wrappers that make a whole line a heading: `＜経営感覚を持った行財政運営＞`, `≪…≫`, `【企画部】`.
    private static let wrappers: [Character: Character] = ["<": ">", "〈": "〉", "《": "》", "≪": "≫", "【": "】", "[": "]", "〔": "〕"]

    /// The section a heading inside a table names when it opens with a heading's mark (`Ⅰ　県庁の…`,
    /// `【方向性１】県庁の…`, `２　多様な主体との連携…`) or is wrapped whole (`＜…＞`); nil otherwise.
    /// Only for a lone text inside the table: above the table such marks open titles (`【様式１】…`).
    static func markedSection(_ text: String) -> String? {
        if let section = sectionHeading(text) { return section }
        let trimmed = ImportText.trimmed(text)
        let normalized = trimmed.precomposedStringWithCompatibilityMapping
        if let open = normalized.first, let close = wrappers[open], normalized.last == close, normalized.count > 2 {
            return ImportText.nonBlank(String(trimmed.dropFirst().dropLast()))
        }
        guard let match = normalized.prefixMatch(of: Self.headingMark) else { return nil }
        // NFKC may write one character as several (Ⅱ is `II`): cut the original where its normalized
        // prefix covers the mark.
        let consumed = normalized[match.range].count
        var cut = 0
        while cut < trimmed.count, trimmed.prefix(cut).precomposedStringWithCompatibilityMapping.count < consumed { cut += 1 }
        return ImportText.nonBlank(ImportText.trimmed(trimmed.dropFirst(cut)))
    }

    /// The text in brackets at the end of a line (`…一覧（県民生活部）` → `県民生活部`), or nil.
    static func trailingBracket(_ text: String) -> String? {
        let trimmed = ImportText.trimmed(text)
        guard let close = trimmed.last, close == "）" || close == ")" else { return nil }
        guard let open = trimmed.lastIndex(where: { $0 == "（" || $0 == "(" }), open > trimmed.startIndex else { return nil }
        return ImportText.nonBlank(String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
    }

    /// Marks a clerk puts before a group row's name (`■ 企画財政部`, `◆会計局`).
    private static let groupBullets: Set<Character> = ["■", "□", "◆", "◇", "●", "○", "◎", "▼", "▶", "►", "・", "◼"]

    /// The text after a group row's bullet and white space (`■ 総務部` → `総務部`); nil without a bullet.
    static func bulleted(_ text: String) -> String? {
        let trimmed = ImportText.trimmed(text)
        guard let first = trimmed.first, groupBullets.contains(first) else { return nil }
        return ImportText.nonBlank(ImportText.trimmed(trimmed.dropFirst()))
    }

    /// Labels of a department line, longest first where one starts another.
    static let departmentLabels = [
        "所管部局", "所管課", "所管部", "所管", "部局名", "担当部局", "担当部署", "担当部名", "担当部", "担当課", "主管部局",
        "主管部", "主管課", "提出部局", "提出課", "部署名", "所属名", "部名", "課名", "部局", "所属",
    ]

    /// `部局名` | `企画財政部` in two cells of a row above the table: the department.
    static func departmentPair(label: String, value: String) -> String? {
        let key = MatchingKey(label).rawValue.filter { $0 != ":" }
        guard departmentLabels.contains(key), let name = ImportText.nonBlank(value), name.count <= 30 else { return nil }
        return name
    }

    /// `所管：企画財政部` or `所管部局: 総務部` → the department.
    static func departmentLine(_ text: String) -> String? {
        let trimmed = ImportText.trimmed(text)
        for label in departmentLabels {
            guard trimmed.hasPrefix(label) else { continue }
            let afterLabel = trimmed.dropFirst(label.count)
            let rest = afterLabel.drop { $0 == " " || $0 == "　" }
            // `所管：企画財政部`, or the label and the name apart by white space (`担当部局　企画財政部`).
            let spaced = rest.count < afterLabel.count
            guard let first = rest.first, first == "：" || first == ":" || spaced else { continue }
            let name = ImportText.trimmed(first == "：" || first == ":" ? rest.dropFirst() : rest)
            return name.isEmpty || name.count > 30 ? nil : name
        }
        return nil
    }
}
