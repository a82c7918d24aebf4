import Foundation
import PlanModel
import XLSX

/// A layout profile: what a clerk tells PlanSheet about a template that automatic recognition
/// cannot read (headers in codes, English-only headers, statuses as 1/2/3 …). It is a small YAML
/// file (Docs/IMPORT.md, "Layout profiles"); each rule overrides detection only where it says
/// something, and the rest of the sheet is recognised as without a profile.
///
/// ```swift
/// let profile = try LayoutProfile(contentsOf: URL(fileURLWithPath: "kikaku.profile.yaml"))
/// var options = ImportOptions()
/// options.profile = profile
/// ```
public struct LayoutProfile: Sendable, Hashable {
    /// The profile's file, as named on the command line: every message about a rule names it.
    public var file: String
    /// Sheets not to read (names or patterns with `*` and `?`).
    public var skipSheets: [SheetPattern]
    /// Rules for every sheet (`all sheets:`).
    public var allSheets: SheetRules
    /// Rules for the sheets a name or pattern picks (`sheets:`), in the profile's order.
    public var sheets: [SheetRules]

    /// Makes a profile (usually parsed from a file with ``init(yaml:file:)``).
    public init(file: String, skipSheets: [SheetPattern] = [], allSheets: SheetRules = SheetRules(line: 0),
                sheets: [SheetRules] = []) {
        self.file = file
        self.skipSheets = skipSheets
        self.allSheets = allSheets
        self.sheets = sheets
    }

    /// The rules for a sheet: the first `sheets:` entry whose name matches, over `all sheets:`.
    public func rules(forSheet name: String) -> SheetRules {
        guard let specific = sheets.first(where: { $0.name?.matches(name) ?? false }) else { return allSheets }
        return specific.over(allSheets)
    }

    /// The `skip sheets:` entry that names a sheet, if any.
    public func skipRule(forSheet name: String) -> SheetPattern? {
        skipSheets.first { $0.matches(name) }
    }
}

/// A sheet name, or a pattern with `*` (any characters) and `?` (one character), compared after
/// NFKC normalisation so that full-width and half-width spellings match.
public struct SheetPattern: Sendable, Hashable {
    /// The text as written in the profile.
    public var text: String
    /// The profile line it is on.
    public var line: Int

    /// Makes a pattern.
    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// Whether the text has wildcards; a plain name names exactly one sheet.
    public var isPattern: Bool { text.contains("*") || text.contains("?") }

    /// Whether a sheet name matches.
    public func matches(_ name: String) -> Bool {
        Self.glob(Array(Self.normalised(text)), Array(Self.normalised(name)))
    }

    private static func normalised(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
    }

    /// Wildcard matching without backtracking blow-up: the classic two-pointer walk, linear in practice.
    private static func glob(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0, n = 0
        var star: Int?, resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1; n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p; resume = n; p += 1
            } else if let star {
                p = star + 1; resume += 1; n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

/// What a profile says about one sheet, or about all sheets. Every field is optional: nil means
/// "as detected".
public struct SheetRules: Sendable, Hashable {
    /// The sheet name or pattern (`sheets:` entries only).
    public var name: SheetPattern?
    /// The profile line the block starts on.
    public var line: Int
    /// `skip: true`: the sheet is not read.
    public var skip: Bool?
    /// The one-based header rows (`header rows: 4-5`).
    public var headerRows: ClosedRange<Int>?
    /// The department of every initiative of the sheet that names none in a 所管 column or line.
    public var department: String?
    /// The unit of every target and result column that has none of its own.
    public var unit: String?
    /// The status vocabulary: a cell's text (NFKC, as ``MatchingKey`` writes it) → status.
    public var status: [String: Status]
    /// The profile line of each status entry, by the same key.
    public var statusLines: [String: Int]
    /// Column rules, in the profile's order.
    public var columns: [ColumnRule]

    /// Makes rules that say nothing yet.
    public init(name: SheetPattern? = nil, line: Int) {
        self.name = name
        self.line = line
        status = [:]
        statusLines = [:]
        columns = []
    }

    /// Whether the rules say anything about reading the sheet.
    public var isEmpty: Bool {
        skip == nil && headerRows == nil && department == nil && unit == nil && status.isEmpty && columns.isEmpty
    }

    /// These rules, with what they leave unsaid taken from `general`. Column rules of both apply,
    /// the sheet's first; the sheet's status entries win over the general ones.
    func over(_ general: SheetRules) -> SheetRules {
        var merged = self
        merged.skip = skip ?? general.skip
        merged.headerRows = headerRows ?? general.headerRows
        merged.department = department ?? general.department
        merged.unit = unit ?? general.unit
        merged.status = general.status.merging(status) { _, sheet in sheet }
        merged.statusLines = general.statusLines.merging(statusLines) { _, sheet in sheet }
        merged.columns = columns + general.columns
        return merged
    }
}

/// One `columns:` entry: which column (by letter, by header text, or both) and what it holds.
public struct ColumnRule: Sendable, Hashable {
    /// The zero-based column a letter names (`column: E`).
    public var column: Int?
    /// The header text it must have (`header: 項目3`), compared as ``MatchingKey`` does.
    public var header: String?
    /// The role; nil for `role: ignore`.
    public var role: ProfileRole
    /// The fiscal year of a target or result column (`year: R3`); nil keeps the year in the header.
    public var fiscalYear: Int?
    /// The unit of the column's figures.
    public var unit: String?
    /// The profile line the entry starts on.
    public var line: Int

    /// Makes a rule.
    public init(column: Int? = nil, header: String? = nil, role: ProfileRole, fiscalYear: Int? = nil, unit: String? = nil,
                line: Int) {
        self.column = column
        self.header = header
        self.role = role
        self.fiscalYear = fiscalYear
        self.unit = unit
        self.line = line
    }

    /// How the rule names its column, for messages (`column E 「項目3」`).
    public var place: String {
        let letter = column.map { "column \(CellReference.columnName($0))" }
        let text = header.map { "「\($0)」" }
        return [letter, text].compactMap { $0 }.joined(separator: " ")
    }
}

extension LayoutProfile {
    /// The most rows `header rows` may span: as many as a detected header may.
    public static let maximumHeaderRows = HeaderRow.maximumDepth

    /// The status a word of a profile's `status:` means (順調, 達成 → on track; 遅れ, 未達成 → delayed), as a legend reads it.
    public static func status(meaning word: String) -> Status? {
        StatusLegend.meaning(of: word)
    }
}
