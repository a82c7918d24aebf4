import Foundation
import PlanIO
import PlanModel
import XLSX
import Yams

/// Walks the YAML tree of a profile, checking every key and value, so that a misspelt key or an
/// unreadable value is an error at its line, never a rule silently ignored.
struct LayoutProfileParser {
    let file: String
    /// Nodes visited so far: a profile is small; aliases that expand without end are refused.
    private var visited = 0
    private static let maximumNodes = 100_000

    init(file: String) {
        self.file = file
    }

    static let topKeys = ["skip sheets", "all sheets", "sheets"]
    static let sheetKeys = ["name", "skip", "header rows", "department", "unit", "status", "columns"]
    static let columnKeys = ["column", "header", "role", "year", "unit"]

    mutating func profile(_ root: Node) throws -> LayoutProfile {
        var profile = LayoutProfile(file: file)
        for entry in try mapping(root, key: "", allowed: Self.topKeys) {
            switch entry.key {
            case "skip sheets":
                profile.skipSheets = try sequence(entry.value, key: entry.key).map { item in
                    SheetPattern(try text(item.node, key: "\(entry.key)[\(item.index)]"), line: line(of: item.node))
                }
            case "all sheets":
                profile.allSheets = try rules(entry.value, key: entry.key, named: false)
            default:
                profile.sheets = try sequence(entry.value, key: entry.key).map { item in
                    try rules(item.node, key: "sheets[\(item.index)]", named: true)
                }
            }
        }
        return profile
    }

    private mutating func rules(_ node: Node, key: String, named: Bool) throws -> SheetRules {
        var rules = SheetRules(line: line(of: node))
        let allowed = named ? Self.sheetKeys : Self.sheetKeys.filter { $0 != "name" }
        for entry in try mapping(node, key: key, allowed: allowed) {
            let path = "\(key).\(entry.key)"
            switch entry.key {
            case "name": rules.name = SheetPattern(try text(entry.value, key: path), line: line(of: entry.value))
            case "skip": rules.skip = try flag(entry.value, key: path)
            case "header rows": rules.headerRows = try headerRows(entry.value, key: path)
            case "department": rules.department = try text(entry.value, key: path)
            case "unit": rules.unit = try unit(entry.value, key: path)
            case "status":
                for pair in try mapping(entry.value, key: path, allowed: nil) {
                    let symbol = MatchingKey(pair.key).rawValue
                    guard !symbol.isEmpty else { throw fail(pair.value, path, ja: "空の記号があります", en: "an empty symbol") }
                    rules.status[symbol] = try status(pair.value, key: "\(path).\(pair.key)")
                    rules.statusLines[symbol] = line(of: pair.value)
                }
            default:
                rules.columns = try sequence(entry.value, key: path).map { item in
                    try column(item.node, key: "\(path)[\(item.index)]")
                }
            }
        }
        if named && rules.name == nil {
            throw fail(node, key, ja: "name（シート名またはパターン）がありません", en: "no name: give the sheet's name or a pattern such as 取組*")
        }
        return rules
    }

    private mutating func column(_ node: Node, key: String) throws -> ColumnRule {
        var letter: Int?
        var header: String?
        var role: ProfileRole?
        var year: Int?
        var unit: String?
        for entry in try mapping(node, key: key, allowed: Self.columnKeys) {
            let path = "\(key).\(entry.key)"
            let value = try text(entry.value, key: path)
            switch entry.key {
            case "column":
                guard value.count <= 3, let reference = CellReference(value.uppercased() + "1") else {
                    throw fail(
                        entry.value, path, ja: "「\(value)」は列の記号（A, B, …, AA）として読めません",
                        en: "\"\(value)\" is not a column letter (A, B, …, AA)")
                }
                letter = reference.column
            case "header": header = value
            case "role":
                guard let parsed = ProfileRole(words: value) else {
                    throw fail(
                        entry.value, path, ja: "「\(value)」は役割として読めません（\(ProfileRole.allWords)）",
                        en: "\"\(value)\" is not a role; use one of: \(ProfileRole.allWords)")
                }
                role = parsed
            case "year":
                guard let fiscalYear = FiscalYear(value) ?? Int(value).flatMap({ (1900...2200).contains($0) ? FiscalYear($0) : nil }) else {
                    throw fail(
                        entry.value, path, ja: "「\(value)」は年度として読めません（2021, R3, 令和3年度）",
                        en: "\"\(value)\" is not a fiscal year (2021, R3, 令和3年度)")
                }
                year = fiscalYear.startYear
            default: unit = try self.unit(entry.value, key: path)
            }
        }
        guard let role else {
            throw fail(node, key, ja: "role（列の役割）がありません", en: "no role: say what the column holds (\(ProfileRole.allWords))")
        }
        guard letter != nil || header != nil else {
            throw fail(
                node, key, ja: "column（列の記号）か header（見出しの文字）で列を指定してください",
                en: "name the column by column (its letter) or header (its header text)")
        }
        if year != nil, role != .target, role != .result {
            throw fail(node, key, ja: "year は target と result の列だけに書けます", en: "year is for target and result columns only")
        }
        return ColumnRule(column: letter, header: header, role: role, fiscalYear: year, unit: unit, line: line(of: node))
    }

    private func headerRows(_ node: Node, key: String) throws -> ClosedRange<Int> {
        let rows: [Int]
        if case .sequence(let items) = node {
            rows = try items.map { item in
                guard let row = Int(try text(item, key: key)) else { throw badRows(item, key) }
                return row
            }
        } else {
            let value = try text(node, key: key).precomposedStringWithCompatibilityMapping
            let parts = value.split(whereSeparator: { "-–〜~".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(parts.count) else { throw badRows(node, key) }
            rows = try parts.map { part in
                guard let row = Int(part) else { throw badRows(node, key) }
                return row
            }
        }
        guard let first = rows.first, let last = rows.last, first >= 1, last <= CellReference.maxRow, first <= last,
            rows.count <= 2 || rows == Array(first...last)
        else { throw badRows(node, key) }
        guard last - first < LayoutProfile.maximumHeaderRows else {
            throw fail(node, key, ja: "見出しは\(LayoutProfile.maximumHeaderRows)行までです", en: "a header spans at most \(LayoutProfile.maximumHeaderRows) rows")
        }
        return first...last
    }

    private func badRows(_ node: Node, _ key: String) -> LayoutProfileError {
        fail(
            node, key, ja: "行番号として読めません（4、4-5、[4, 5] のように書きます）",
            en: "not a row number or range; write 4, 4-5 or [4, 5]")
    }

    private func status(_ node: Node, key: String) throws -> Status {
        let value = try text(node, key: key)
        let compact = value.lowercased().filter { !" _-".contains($0) }
        if compact == "ontrack" { return .onTrack }
        if compact == "delayed" { return .delayed }
        if let status = LayoutProfile.status(meaning: value) { return status }
        throw fail(
            node, key, ja: "「\(value)」は進捗として読めません（onTrack か delayed、または 順調 / 遅れ）",
            en: "\"\(value)\" is not a status; write onTrack or delayed (or 順調 / 遅れ)")
    }

    private func unit(_ node: Node, key: String) throws -> String {
        let value = try text(node, key: key)
        guard value.count <= 20 else { throw fail(node, key, ja: "単位が長すぎます（20文字まで）", en: "the unit is too long (20 characters at most)") }
        return value
    }

    private func flag(_ node: Node, key: String) throws -> Bool {
        switch try text(node, key: key).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, key, ja: "true か false で書いてください", en: "write true or false")
        }
    }

    // MARK: Tree walking

    private mutating func count() throws {
        visited += 1
        guard visited <= Self.maximumNodes else {
            throw LayoutProfileError(file: file, line: 0, key: "", ja: "プロファイルの要素が多すぎます", en: "the profile has too many entries")
        }
    }

    /// The entries of a mapping with their keys normalised (`Header_Rows` → `header rows`); a key not
    /// in `allowed` (when given) or given twice is an error at its line.
    private mutating func mapping(_ node: Node, key: String, allowed: [String]?) throws -> [(key: String, value: Node)] {
        try count()
        // `status:` with only comments under it (as --write-profile leaves it) is an empty mapping.
        if Self.isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            throw fail(node, key, ja: "「キー: 値」の組が必要です", en: "expected key: value entries here")
        }
        var seen: Set<String> = []
        var entries: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            try count()
            let written = try text(keyNode, key: key)
            let name = allowed == nil ? written : Self.normalisedKey(written)
            let path = key.isEmpty ? name : "\(key).\(name)"
            if let allowed, !allowed.contains(name) {
                throw fail(
                    keyNode, path, ja: "「\(written)」というキーはありません（使えるキー: \(allowed.joined(separator: ", "))）",
                    en: "unknown key \"\(written)\"; the keys here are: \(allowed.joined(separator: ", "))")
            }
            guard seen.insert(name).inserted else {
                throw fail(keyNode, path, ja: "キー「\(written)」が2回あります", en: "the key \"\(written)\" is given twice")
            }
            entries.append((name, value))
        }
        return entries
    }

    private mutating func sequence(_ node: Node, key: String) throws -> [(index: Int, node: Node)] {
        try count()
        if Self.isNull(node) { return [] }
        guard case .sequence(let items) = node else {
            throw fail(node, key, ja: "「- 」で始まる項目の並びが必要です", en: "expected a list of items, each starting with \"- \"")
        }
        return try items.enumerated().map { index, item in
            try count()
            return (index + 1, item)
        }
    }

    private func text(_ node: Node, key: String) throws -> String {
        guard case .scalar(let scalar) = node else {
            throw fail(node, key, ja: "文字か数値が必要です", en: "expected a single value here")
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !Self.isNull(node) else {
            throw fail(node, key, ja: "値がありません", en: "no value given")
        }
        return value
    }

    /// Whether a node is YAML's null: a key with nothing (or only comments) after it, `~` or `null`.
    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func line(of node: Node) -> Int { node.mark?.line ?? 0 }

    private func fail(_ node: Node, _ key: String, ja: String, en: String) -> LayoutProfileError {
        LayoutProfileError(file: file, line: line(of: node), key: key, ja: ja, en: en)
    }

    /// `Header_Rows`, `header-rows`, `headerRows` → `header rows`.
    static func normalisedKey(_ key: String) -> String {
        var words = ""
        for character in key {
            if character == "_" || character == "-" || character == " " {
                if !words.hasSuffix(" ") { words.append(" ") }
            } else if character.isUppercase, !words.isEmpty, !words.hasSuffix(" ") {
                words += " " + character.lowercased()
            } else {
                words += character.lowercased()
            }
        }
        return words.trimmingCharacters(in: .whitespaces)
    }

    /// A YAML syntax error at its line.
    static func syntaxError(_ error: YamlError, file: String) -> LayoutProfileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return LayoutProfileError(
                file: file, line: mark.line, key: "",
                ja: "YAML として読めません（\(problem)）。字下げと「キー: 値」の形を確かめてください",
                en: "not valid YAML: \(problem); check the indentation and the key: value form")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return LayoutProfileError(
                file: file, line: context.mark.line, key: "",
                ja: "キー「\(keys)」が2回あります", en: "the key \"\(keys)\" is given twice")
        default:
            return LayoutProfileError(file: file, line: 0, key: "", ja: "YAML として読めません", en: "not valid YAML: \(error)")
        }
    }
}
