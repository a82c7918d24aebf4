import SharedText

/// One field of the diff or history CSV: a figure, which a spreadsheet must read as a number
/// (`-5` is never formula-escaped), or text, which is escaped when asked for. Quoting is
/// SharedText's `CSVField`, the rule the XLSX CSV codec uses.
enum CSVCell {
    /// A figure, a fiscal year or a horizon; nil is an empty field.
    case figure(String?)
    /// Text from a plan or a label; nil is an empty field.
    case text(String?)

    /// The old or new side of a change: a figure when it is a number.
    init(_ value: ChangeValue?) {
        switch value {
        case .number?: self = .figure(value?.description)
        case .text(let text)?: self = .text(text)
        case nil: self = .text(nil)
        }
    }

    /// The fields joined by commas, with the CRLF that ends a CSV record.
    static func line(_ cells: [CSVCell], escapingFormulas: Bool) -> String {
        cells.map { cell in
            switch cell {
            case .figure(let field): CSVField.quoted(field ?? "")
            case .text(let field): CSVField.quoted(field ?? "", escapingFormulas: escapingFormulas)
            }
        }.joined(separator: ",") + "\r\n"
    }
}
