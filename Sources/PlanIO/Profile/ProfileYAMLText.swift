/// Writes a text as a YAML scalar a clerk can read: plain where YAML takes it as written (Japanese
/// needs no quotes), double-quoted where it would otherwise mean something else (`%`, `: `, `#`, `null`).
enum ProfileYAMLText {
    private static let indicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">",
        "'", "\"", "%", "@", "`",
    ]
    private static let reserved: Set<String> = ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]

    /// The scalar, quoted only when it must be.
    static func scalar(_ text: String) -> String {
        let needsQuotes =
            text.isEmpty || indicators.contains(text.first ?? " ") || text.first?.isWhitespace == true
            || text.last?.isWhitespace == true || text.contains(": ") || text.contains(" #") || text.hasSuffix(":")
            || text.contains(where: \.isNewline) || text.contains("\t") || reserved.contains(text.lowercased())
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n", "\r\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
