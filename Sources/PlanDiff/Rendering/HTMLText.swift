/// Plan text made safe for HTML, shared by the diff and the report renderers (PlanIO uses
/// it through its dependency on PlanDiff), so every HTML output escapes the same way.
public enum HTMLText {
    /// `text` safe inside HTML elements and quoted attributes: `& < > " '` become entities.
    /// With `lineBreaks`, a line break (`\n`, `\r\n`, `\r`) becomes `<br/>`, since cells are
    /// written over several lines and HTML would otherwise run them together.
    public static func escaped(_ text: String, lineBreaks: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r\n", "\r", "\n":
                if lineBreaks { out += "<br/>" } else { out.append(character) }
            default: out.append(character)
            }
        }
        return out
    }
}
