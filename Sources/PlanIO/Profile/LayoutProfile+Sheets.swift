import PlanModel

extension LayoutProfile {
    /// Why a sheet is not read because of the profile (`skip sheets:` or `skip: true`), or nil.
    func skipReason(forSheet name: String) -> (ja: String, en: String)? {
        let line: Int
        if let pattern = skipRule(forSheet: name) {
            line = pattern.line
        } else if rules(forSheet: name).skip == true {
            line = sheets.first { $0.name?.matches(name) ?? false }?.line ?? allSheets.line
        } else {
            return nil
        }
        return ("プロファイル \(file)（\(line)行目）で読まないシート", "skipped by the profile (\(file):\(line))")
    }

    /// Whether a `sheets:` entry names this sheet by its exact name (no wildcard).
    func namesExactly(_ name: String) -> Bool {
        sheets.contains { $0.name.map { !$0.isPattern && $0.matches(name) } ?? false }
    }

    /// A warning for every sheet name or pattern of the profile that names no sheet of a file.
    func unmatchedRules(sheetNames: [String], file workbook: String) -> [PlanIssue] {
        var patterns = skipSheets.map { (pattern: $0, key: "skip sheets") }
        patterns += sheets.compactMap { rules in rules.name.map { (pattern: $0, key: "sheets") } }
        return patterns.filter { entry in !sheetNames.contains(where: entry.pattern.matches) }.map { entry in
            PlanIssue(
                .warning, .unmatchedProfileRule, at: SourceLocation(file: workbook),
                ja: "プロファイル \(file) \(entry.pattern.line)行目（\(entry.key)）の「\(entry.pattern.text)」に当たるシートがありません"
                    + "（シート: \(sheetNames.joined(separator: "、"))）",
                en: "the profile rule at \(file):\(entry.pattern.line) (\(entry.key)) 「\(entry.pattern.text)」 matches no sheet; "
                    + "the sheets are \(sheetNames.joined(separator: ", "))")
        }
    }
}
