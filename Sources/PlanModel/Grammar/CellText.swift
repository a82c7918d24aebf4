/// Line and white-space helpers for the text of a cell, shared by the grammar and the importer.
public enum CellText {
    /// The lines of a cell, each trimmed of white space at both ends (blank lines kept as "").
    public static func lines(_ text: String) -> [String] {
        // Most cells are one line: a scalar scan is far cheaper than splitting on Characters.
        guard text.unicodeScalars.contains(where: isNewline) else { return [trimmed(text)] }
        // Character.isNewline covers \n, \r and the \r\n pair (one Character); pure Swift, since
        // Foundation's bridged string calls cost more than the whole rest of the import.
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { trimmed($0) }
    }

    /// The scalars for which `Character.isNewline` holds: each is a grapheme of its own (or the
    /// \r\n pair), so a text without them has no line break at all.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Lines joined with line breaks, without blank lines at either end.
    public static func joined(_ lines: [String]) -> String {
        var lines = lines
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The text without white space (line breaks included) at either end.
    public static func trimmed(_ text: String) -> String {
        // The common case, with nothing to trim, without the generic path's calls: the first and the
        // last scalar tested against the White_Space list itself.
        if let head = text.unicodeScalars.first, let tail = text.unicodeScalars.last,
            !TextScan.isWhitespace(head), !TextScan.isWhitespace(tail)
        {
            return text
        }
        return trimmed(text[...])
    }

    /// The text without white space (line breaks included) at either end.
    public static func trimmed<Text: StringProtocol>(_ text: Text) -> String {
        // Most cells have nothing to trim: two scalar looks instead of walking characters from both ends.
        if let head = text.unicodeScalars.first, let tail = text.unicodeScalars.last,
            !head.properties.isWhitespace, !tail.properties.isWhitespace
        {
            return String(text)
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// The text, trimmed; nil when blank.
    public static func nonBlank(_ text: String) -> String? {
        let result = trimmed(text)
        return result.isEmpty ? nil : result
    }
}
