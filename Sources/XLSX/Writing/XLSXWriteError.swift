/// Why a workbook could not be written. Each case names the sheet and cell involved
/// where there is one, so the message alone tells a user what to fix.
public enum XLSXWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A sheet name Excel refuses: empty, longer than 31 characters, containing `: \ / ? * [ ]`,
    /// or starting or ending with an apostrophe.
    case invalidSheetName(String, reason: String)
    /// A second sheet whose name equals an earlier one, ignoring case.
    case duplicateSheetName(String)
    /// Text longer than Excel's 32,767 characters in one cell.
    case cellTextTooLong(sheet: String, cell: String, length: Int)
    /// More than 1,048,576 rows in a sheet.
    case tooManyRows(sheet: String)
    /// More than 16,384 columns in a row.
    case tooManyColumns(sheet: String, row: Int, count: Int)
    /// A merged range that shares a cell with an earlier one.
    case overlappingMerge(sheet: String, range: String, existing: String)
    /// A merged range of a single cell.
    case singleCellMerge(sheet: String, range: String)
    /// A data validation list that Excel cannot store (a comma in an item, or over 255 characters in all).
    case invalidValidationList(sheet: String, reason: String)
    /// A setting that must come before the first row was made after it.
    case settingAfterRows(sheet: String, setting: String)
    /// A formula that is empty or too long.
    case invalidFormula(sheet: String, cell: String, reason: String)
    /// The API was used out of order (for example a sheet used after its closure returned).
    case misuse(String)
    /// The output already exists and the options do not allow replacing it.
    case outputExists(path: String)
    /// Reading or writing a file failed.
    case io(path: String, message: String)
    /// zlib reported an error.
    case compression(status: Int)
    /// The ZIP writer was used out of order.
    case zipState(String)

    /// A one-line message naming the sheet and cell involved.
    public var description: String {
        switch self {
        case .invalidSheetName(let name, let reason): return "invalid sheet name '\(name)': \(reason)"
        case .duplicateSheetName(let name): return "duplicate sheet name '\(name)' (Excel compares sheet names ignoring case)"
        case .cellTextTooLong(let sheet, let cell, let length):
            return "sheet '\(sheet)' cell \(cell): text of \(length) characters; Excel allows at most 32,767 per cell"
        case .tooManyRows(let sheet): return "sheet '\(sheet)': more than 1,048,576 rows, the most Excel allows"
        case .tooManyColumns(let sheet, let row, let count):
            return "sheet '\(sheet)' row \(row): \(count) columns; Excel allows at most 16,384"
        case .overlappingMerge(let sheet, let range, let existing):
            return "sheet '\(sheet)': merged range \(range) overlaps \(existing)"
        case .singleCellMerge(let sheet, let range): return "sheet '\(sheet)': merged range \(range) is a single cell"
        case .invalidValidationList(let sheet, let reason): return "sheet '\(sheet)': data validation list \(reason)"
        case .settingAfterRows(let sheet, let setting):
            return "sheet '\(sheet)': \(setting) must be set before rows are written"
        case .invalidFormula(let sheet, let cell, let reason): return "sheet '\(sheet)' cell \(cell): formula \(reason)"
        case .misuse(let text): return text
        case .outputExists(let path): return "\(path) already exists; set replaceExisting to overwrite it"
        case .io(let path, let message): return "\(path): \(message)"
        case .compression(let status): return "zlib error \(status)"
        case .zipState(let text): return "ZIP writer: \(text)"
        }
    }
}
