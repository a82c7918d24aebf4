/// Part names as OOXML matches them: case-insensitively, with `/` separators and no leading `/`.
///
/// Some producers write `xl\workbook.xml` (Windows separators) or `/xl/workbook.xml`;
/// Excel opens both, so lookups normalise the stored name and the wanted one alike.
enum ZipPartName {
    /// The lookup key of a part name: lower-cased, `\` turned into `/`, leading `/` removed.
    static func key(_ name: String) -> String {
        var text = name
        if text.utf8.contains(UInt8(ascii: "\\")) { text = text.replacingBackslashes() }
        while text.hasPrefix("/") { text.removeFirst() }
        return text.lowercased()
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
    }
}
