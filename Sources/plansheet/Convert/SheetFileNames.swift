import XLSX

/// The file names `--all-sheets` gives a workbook's sheets: each sheet name made safe for a
/// file system, and unique. Sheet names that map to one file name (`a/b` and `a:b` both
/// become `a_b`), or differ only in case (one file on macOS and Windows), get `_2`, `_3`, …
/// in sheet order, so no sheet's output is written over another's.
enum SheetFileNames {
    /// One file-safe, unique (ignoring case) name per sheet, in order.
    static func unique(_ sheets: [SheetInfo]) -> [String] {
        var used: Set<String> = []
        return sheets.map { sheet in
            let base = safeFileName(sheet.name)
            var name = base
            var suffix = 2
            while used.contains(name.lowercased()) {
                name = "\(base)_\(suffix)"
                suffix += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    /// A sheet name made safe as a file name: path separators and control characters become `_`.
    static func safeFileName(_ name: String) -> String {
        let unsafe: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        let cleaned = String(name.map { unsafe.contains($0) || $0.isNewline || ($0.asciiValue ?? 32) < 32 ? "_" : $0 })
        return cleaned.isEmpty || cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
    }
}
