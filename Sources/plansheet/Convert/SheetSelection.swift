import XLSX

/// Which sheets `--sheet` / `--all-sheets` pick from a workbook.
enum SheetSelection {
    /// The sheets to convert: the named or numbered one, every worksheet, or the first visible worksheet.
    static func sheets(in book: Workbook, sheet: String?, all: Bool) throws -> [SheetInfo] {
        if all { return book.sheets.filter { $0.kind == .worksheet } }
        guard let sheet else {
            guard let first = book.sheets.first(where: { $0.kind == .worksheet && $0.state == .visible })
                ?? book.sheets.first(where: { $0.kind == .worksheet }) else {
                throw CLIError.failure("\(book.fileName): the workbook has no worksheet / ワークシートがありません")
            }
            return [first]
        }
        // A sheet named like a number wins over the position, so a tab called "2020" is still reachable by name.
        if let named = book.sheet(named: sheet) { return [try worksheet(named, in: book)] }
        if let index = Int(sheet), let numbered = book.sheet(at: index) { return [try worksheet(numbered, in: book)] }
        let names = book.sheets.map { "\($0.index) \"\($0.name)\"" }.joined(separator: ", ")
        throw CLIError.usage("\(book.fileName): no sheet \(sheet) (sheets: \(names)) / シートが見つかりません")
    }

    private static func worksheet(_ sheet: SheetInfo, in book: Workbook) throws -> SheetInfo {
        guard sheet.kind == .worksheet || sheet.kind == .macrosheet else {
            throw CLIError.usage("\(book.fileName): sheet \(sheet.index) \"\(sheet.name)\" is a \(sheet.kind.rawValue) and has no cells / セルのないシートです")
        }
        return sheet
    }
}
