/// What ``Workbook`` needs from a reader of a format other than XLSX (`.xls`, `.ods`):
/// the sheet list, the date system and a way to stream one sheet's rows.
///
/// Each reader turns its format's cells into the same ``Row``/``Cell``/``CellValue``
/// values the XLSX reader produces, under the same ``ReadLimits``, so everything built
/// on ``Workbook`` works on every format unchanged.
protocol LegacyWorkbookReader: AnyObject {
    /// The sheets in tab order.
    var sheets: [SheetInfo] { get }
    /// Whether serials count from 1904 (dates are converted on reading either way).
    var date1904: Bool { get }
    /// Streams a sheet's rows in row order, each with its cells in column order, and returns what the
    /// sheet says besides its rows: merged ranges, hidden rows and columns, display formats that change
    /// what a number means (percent, units), exactly as the XLSX reader reports them.
    func readSheet(_ sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> Workbook.SheetLayout
}
