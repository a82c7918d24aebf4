/// How a cell looks: font, fill, border, alignment and number format.
///
/// Styles are plain values; the writer gives each distinct style one entry in
/// styles.xml however many cells use it.
public struct CellStyle: Sendable, Hashable {
    /// Bold font.
    public var bold: Bool
    /// Italic font.
    public var italic: Bool
    /// Font size in points; nil for the workbook default (11).
    public var fontSize: Double?
    /// Font colour; nil for automatic (black).
    public var fontColor: Color?
    /// Solid background; nil for none.
    public var fillColor: Color?
    /// Wrap long text onto several lines.
    public var wrapText: Bool
    /// Horizontal alignment; nil for Excel's default (text left, numbers right).
    public var horizontalAlignment: HorizontalAlignment?
    /// Vertical alignment; nil for bottom.
    public var verticalAlignment: VerticalAlignment?
    /// A border on all four sides; nil for none.
    public var border: BorderStyle?
    /// Number format; nil for General (or the default date format for dates).
    public var numberFormat: NumberFormat?

    /// Makes a style; every part defaults to Excel's plain cell.
    public init(
        bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: Color? = nil,
        fillColor: Color? = nil, wrapText: Bool = false, horizontalAlignment: HorizontalAlignment? = nil,
        verticalAlignment: VerticalAlignment? = nil, border: BorderStyle? = nil, numberFormat: NumberFormat? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.wrapText = wrapText
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.border = border
        self.numberFormat = numberFormat
    }

    /// Excel's plain cell.
    public static let plain = CellStyle()
    /// A header row cell: bold on pale blue, thin border, centred, wrapped.
    public static let header = CellStyle(
        bold: true, fillColor: .headerBlue, wrapText: true,
        horizontalAlignment: .center, verticalAlignment: .center, border: .thin)
    /// Wrapped text aligned to the top, for long descriptions.
    public static let wrapped = CellStyle(wrapText: true, verticalAlignment: .top)

    /// This style with another number format.
    public func with(numberFormat: NumberFormat?) -> CellStyle {
        var copy = self
        copy.numberFormat = numberFormat
        return copy
    }

    /// Horizontal alignment of a cell's content.
    public enum HorizontalAlignment: String, Sendable, Hashable {
        /// Left, centre, right, or spread to both edges.
        case left, center, right, justify
        /// Centred across the selection (several cells without merging them).
        case centerContinuous
    }

    /// Vertical alignment of a cell's content.
    public enum VerticalAlignment: String, Sendable, Hashable {
        /// Top, middle or bottom of the cell.
        case top, center, bottom
    }

    /// A border line.
    public enum BorderStyle: String, Sendable, Hashable {
        /// Excel's line styles of the same names.
        case thin, medium, thick, dashed, dotted, double
    }
}
