/// One sheet of a workbook as the workbook part lists it: name, tab position, visibility and kind.
public struct SheetInfo: Sendable, Hashable, CustomStringConvertible {
    /// Whether a sheet's tab shows in Excel.
    public enum State: String, Sendable, Hashable {
        /// A normal tab.
        case visible
        /// Hidden; the user can unhide it from Excel's menu.
        case hidden
        /// Hidden so that only a macro or another program can unhide it.
        case veryHidden
    }

    /// What a sheet holds.
    public enum Kind: String, Sendable, Hashable {
        /// Cells: the usual sheet.
        case worksheet
        /// A sheet that is one chart; it has no cells.
        case chartsheet
        /// An Excel 5 dialog sheet.
        case dialogsheet
        /// An Excel 4 macro sheet.
        case macrosheet
        /// A relationship of a type this reader does not know.
        case unknown
    }

    /// The tab name.
    public let name: String
    /// The tab's visibility.
    public let state: State
    /// What the sheet holds.
    public let kind: Kind
    /// Position in the workbook, counting from 1, chart sheets included (as `--sheet 2` counts).
    public let index: Int
    /// The archive part holding the sheet (`xl/worksheets/sheet1.xml`), or nil when the workbook does not resolve it.
    public let partName: String?

    /// Makes a sheet description.
    public init(name: String, state: State, kind: Kind, index: Int, partName: String?) {
        self.name = name
        self.state = state
        self.kind = kind
        self.index = index
        self.partName = partName
    }

    /// `2 "Data" (hidden worksheet)`.
    public var description: String { "\(index) \"\(name)\" (\(state.rawValue) \(kind.rawValue))" }
}
