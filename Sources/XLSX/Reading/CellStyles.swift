/// What the reader needs from `styles.xml`: for each cell format (`<xf>` in `<cellXfs>`,
/// the `s` attribute of a cell), whether its number format shows a date or a duration.
struct CellStyles: Sendable {
    /// The kind of each cell format, indexed by the `s` attribute.
    var kinds: [NumberFormatKind]
    /// For each cell format, its number format code when it changes what a number means to a reader
    /// (a percent, or text such as a unit around the number: `#,##0"業務"`); nil otherwise.
    var displayCodes: [String?] = []

    /// No styles part: every number is a plain number.
    static let none = CellStyles(kinds: [])

    /// The display code of a cell format, or nil.
    @inline(__always) func displayCode(ofStyle index: Int) -> String? {
        index < displayCodes.count ? displayCodes[index] : nil
    }

    /// The kind of a cell's format; a missing or out-of-range index is the default (General) format.
    @inline(__always) func kind(ofStyle index: Int) -> NumberFormatKind {
        index < kinds.count ? kinds[index] : .number
    }
}
