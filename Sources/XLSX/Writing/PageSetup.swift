/// How a sheet prints: orientation, paper, scaling and centring. Written as the worksheet's
/// `pageSetup`, `printOptions` and `sheetPr/pageSetUpPr` elements.
///
/// ```swift
/// sheet.setPageSetup(.landscapeFitToWidth)          // all columns on one page wide, A4 landscape
/// sheet.repeatRowsOnEveryPage(1...1)               // the header row on every printed page
/// ```
public struct PageSetup: Sendable, Hashable {
    /// Which way the paper is turned.
    public enum Orientation: String, Sendable, Hashable {
        /// Taller than wide.
        case portrait
        /// Wider than tall: tables with many columns.
        case landscape
    }

    /// Paper sizes, with the numbers SpreadsheetML gives them.
    public enum PaperSize: Int, Sendable, Hashable {
        /// 297 × 420 mm.
        case a3 = 8
        /// 210 × 297 mm, what Japanese offices print on.
        case a4 = 9
        /// 8.5 × 11 in.
        case letter = 1
    }

    /// Which way the paper is turned.
    public var orientation: Orientation
    /// The paper.
    public var paperSize: PaperSize
    /// Scale the sheet so that all its columns fit the page width; it runs onto as many pages
    /// down as it needs (`fitToWidth="1" fitToHeight="0"`).
    public var fitToWidth: Bool
    /// Centre the printed area between the left and right margins.
    public var centerHorizontally: Bool

    /// Makes a page setup; the defaults are Excel's (portrait A4, 100 %, not centred).
    public init(
        orientation: Orientation = .portrait, paperSize: PaperSize = .a4, fitToWidth: Bool = false,
        centerHorizontally: Bool = false
    ) {
        self.orientation = orientation
        self.paperSize = paperSize
        self.fitToWidth = fitToWidth
        self.centerHorizontally = centerHorizontally
    }

    /// Landscape A4, every column on one page wide, centred: how wide tables print like documents.
    public static let landscapeFitToWidth = PageSetup(orientation: .landscape, fitToWidth: true, centerHorizontally: true)
}
