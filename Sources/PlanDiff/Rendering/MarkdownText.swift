/// Plan text made safe for a Markdown table cell, shared by the diff and the report renderers
/// (PlanIO uses it through its dependency on PlanDiff), as ``HTMLText`` is for HTML.
public enum MarkdownText {
    /// `text` safe in a table cell: backslash, pipe and Markdown markup get a backslash,
    /// `<`, `>` and `&` become entities (no raw HTML from a department file), and line
    /// breaks become `<br>`.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for character in text {
            defer { previousWasCarriageReturn = character == "\r" }
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "#": out.append("\\"); out.append(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\r\n", "\r": out += "<br>"
            case "\n": if !previousWasCarriageReturn { out += "<br>" }
            default: out.append(character)
            }
        }
        return out
    }
}
