import Foundation

/// Which parser reads worksheet parts: the hand-written ``SheetScanner`` (default), or
/// libxml2's SAX2 parser when `PLANSHEET_SHEET_PARSER=libxml2` is set (to compare, or to
/// rule the scanner out). Every other part is always read by libxml2.
enum SheetParserChoice: Sendable {
    case scanner
    case libxml2

    /// The choice the environment makes; the scanner unless `PLANSHEET_SHEET_PARSER=libxml2`.
    static let fromEnvironment: SheetParserChoice =
        ProcessInfo.processInfo.environment["PLANSHEET_SHEET_PARSER"] == "libxml2" ? .libxml2 : .scanner
}
