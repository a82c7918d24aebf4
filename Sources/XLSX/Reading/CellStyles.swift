/// What the reader needs from `styles.xml`: for each cell format (`<xf>` in `<cellXfs>`,
/// the `s` attribute of a cell), whether its number format shows a date or a duration.
struct CellStyles: Sendable {
    /// The kind of each cell format, indexed by the `s` attribute.
    var kinds: [NumberFormatKind]

    /// No styles part: every number is a plain number.
    static let none = CellStyles(kinds: [])

    /// The kind of a cell's format; a missing or out-of-range index is the default (General) format.
    @inline(__always) func kind(ofStyle index: Int) -> NumberFormatKind {
        index < kinds.count ? kinds[index] : .number
    }
}
