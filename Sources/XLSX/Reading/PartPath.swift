/// Part-name arithmetic of the Open Packaging Conventions.
enum PartPath {
    /// The `.rels` part that holds a part's relationships: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        let (folder, file) = split(part)
        return folder + "_rels/" + file + ".rels"
    }

    /// Resolves a relationship target against the folder of the source part.
    ///
    /// Absolute targets (`/xl/worksheets/sheet1.xml`) start from the package root;
    /// relative ones from the source's folder, with `.` and `..` segments applied.
    static func resolve(_ target: String, from source: String) -> String {
        let normalized = String(decoding: target.utf8.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
        let joined = normalized.hasPrefix("/") ? normalized : split(source).folder + normalized
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { if !segments.isEmpty { segments.removeLast() }; continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    /// `xl/worksheets/sheet1.xml` → (`xl/worksheets/`, `sheet1.xml`).
    static func split(_ part: String) -> (folder: String, file: String) {
        let trimmed = part.hasPrefix("/") ? String(part.dropFirst()) : part
        guard let slash = trimmed.lastIndex(of: "/") else { return ("", trimmed) }
        return (String(trimmed[...slash]), String(trimmed[trimmed.index(after: slash)...]))
    }
}
