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

    /// Makes a profile (usually parsed from a file with `LayoutProfile(yaml:file:)` (LayoutProfileYAML)).
    public init(
        file: String, skipSheets: [SheetPattern] = [], allSheets: SheetRules = SheetRules(line: 0),
        sheets: [SheetRules] = []
    ) {
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

extension LayoutProfile {
    /// The most rows `header rows` may span: as many as a detected header may.
    public static let maximumHeaderRows = HeaderRow.maximumDepth

    /// The status a word of a profile's `status:` means (順調, 達成 → on track; 遅れ, 未達成 → delayed), as a legend reads it.
    public static func status(meaning word: String) -> Status? {
        StatusLegend.meaning(of: word)
    }
}
