import XLSX

/// Which sheets `--sheet` / `--all-sheets` pick from a workbook.
enum SheetSelection {
    /// The sheets to convert: the named or numbered one, every worksheet, or the first visible worksheet.
    static func sheets(in book: Workbook, sheet: String?, all: Bool) throws -> [SheetInfo] {
        if all { return book.sheets.filter { $0.kind == .worksheet } }
        guard let sheet else {
            guard
                let first = book.sheets.first(where: { $0.kind == .worksheet && $0.state == .visible })
                    ?? book.sheets.first(where: { $0.kind == .worksheet })
            else {
                throw CLIError.usage(book.fileName, ja: "ワークシートがありません", en: "the workbook has no worksheet")
            }
            return [first]
        }
        let rule = SheetReference(sheet)
        switch rule {
        case .position(let position):
            if let numbered = book.sheet(at: position) { return [try worksheet(numbered, in: book)] }
        case .name(let name):
            if let named = book.sheet(named: name) { return [try worksheet(named, in: book)] }
        }
        let names = book.sheets.map { "\($0.index) \"\($0.name)\"" }.joined(separator: ", ")
        // A position that is also a sheet's name: say how to reach the name.
        let hint =
            book.sheet(named: sheet) != nil && !sheet.hasPrefix(SheetReference.namePrefix)
            ? "; for the sheet named \(sheet) give --sheet \(SheetReference.namePrefix)\(sheet)" : ""
        let hintJapanese = hint.isEmpty ? "" : "。シート名 \(sheet) は --sheet \(SheetReference.namePrefix)\(sheet) で指定します"
        let namesJapanese = book.sheets.map { "\($0.index)「\($0.name)」" }.joined(separator: "、")
        let (what, whatJapanese): (String, String)
        switch rule {
        case .position(let position): (what, whatJapanese) = ("no sheet at position \(position)", "\(position) 番目のシートがありません")
        case .name(let name): (what, whatJapanese) = ("no sheet named \"\(name)\"", "シート「\(name)」がありません")
        }
        throw CLIError.usage(
            book.fileName, ja: "\(whatJapanese)（シート: \(namesJapanese)）\(hintJapanese)",
            en: "\(what) (sheets: \(names))\(hint)")
    }

    private static func worksheet(_ sheet: SheetInfo, in book: Workbook) throws -> SheetInfo {
        guard sheet.kind == .worksheet || sheet.kind == .macrosheet else {
            throw CLIError.usage(
                book.fileName, ja: "セルのないシートです",
                en: "sheet \(sheet.index) \"\(sheet.name)\" is a \(sheet.kind.rawValue) and has no cells")
        }
        return sheet
    }
}

/// What `--sheet` names: digits are a position from 1 (chart sheets count), `name:TEXT` is
/// the sheet named TEXT (so a tab called `2020` is `name:2020`), anything else is a name.
/// One rule, so a workbook whose sheets are named with digits gives no surprise.
enum SheetReference: Equatable {
    case position(Int)
    case name(String)

    /// The prefix that makes the rest a name.
    static let namePrefix = "name:"

    init(_ text: String) {
        if text.hasPrefix(Self.namePrefix) {
            self = .name(String(text.dropFirst(Self.namePrefix.count)))
        } else if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let position = Int(text) {
            self = .position(position)
        } else {
            self = .name(text)
        }
    }
}
