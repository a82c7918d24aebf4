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
        if key.contains("遅れが生じている") || key.hasSuffix("遅れ") { return .status(.delayed) }
        if key.contains("主な成果") || key.contains("順調") { return .status(.onTrack) }
        if let section = sectionHeading(text) { return .section(section) }
        return .other
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

    /// `所管：企画財政部` or `所管部局: 総務部` → the department.
    static func departmentLine(_ text: String) -> String? {
        let trimmed = ImportText.trimmed(text)
        for label in ["所管部局", "所管課", "所管", "部局名", "担当部局", "担当部署", "担当課", "部局", "所属"] {
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
