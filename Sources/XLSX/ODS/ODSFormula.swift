/// Translates an OpenDocument `table:formula` (OpenFormula, `of:=SUM([.A1:.B2];[Data.C3])`) into the
/// text XLSX stores in `<f>` (`SUM(A1:B2,Data!C3)`), so ``Cell/formula`` means the same for `.ods` as for `.xlsx`.
///
/// Only what translates exactly is translated: references (`[.A1]`, `[$Sheet.$A$1:.B2]`,
/// `['My sheet'.A1]`, whole rows and columns), separators (`;` → `,`; inside an inline array `;` → `,`
/// and `|` → `;`), strings, numbers, operators and plain function names. A formula with anything else
/// (a 3-D reference across sheets, `#REF!` inside a reference, a dotted function name such as
/// `COM.MICROSOFT.IFS` or `ORG.OPENOFFICE.…`, an unknown namespace) gives nil: the cell keeps its
/// cached value and no formula, rather than a formula Excel would read differently.
/// `msoxl:=` formulas are already in Excel's syntax and are returned as they are.
enum ODSFormula {
    /// The Excel formula text without `=`, or nil when the formula does not translate exactly.
    static func excelText(_ attribute: UnsafeBufferPointer<UInt8>) -> String? {
        var bytes = Array(attribute)
        // libxml2 hands `&` over as `&#38;`.
        if bytes.contains(UInt8(ascii: "&")) { bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "&#38;", with: "&").utf8) }
        if let body = strip(bytes, prefix: "msoxl:=") { return String(decoding: body, as: UTF8.self) }
        guard let body = strip(bytes, prefix: "of:=") ?? strip(bytes, prefix: "oooc:=") ?? strip(bytes, prefix: "=") else { return nil }
        return translate(body)
    }

    private static func strip(_ bytes: [UInt8], prefix: StaticString) -> ArraySlice<UInt8>? {
        let wanted = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard bytes.count >= wanted.count, bytes.prefix(wanted.count).elementsEqual(wanted) else { return nil }
        return bytes[wanted.count...]
    }

    private static func translate(_ body: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var index = body.startIndex
        var braceDepth = 0
        while index < body.endIndex {
            let byte = body[index]
            switch byte {
            case UInt8(ascii: "\""):
                // A string literal, `""` inside it an escaped quote: copied as it is.
                var end = index + 1
                while end < body.endIndex {
                    if body[end] == UInt8(ascii: "\"") {
                        if end + 1 < body.endIndex, body[end + 1] == UInt8(ascii: "\"") { end += 2; continue }
                        break
                    }
                    end += 1
                }
                guard end < body.endIndex else { return nil }
                out.append(contentsOf: body[index...end])
                index = end + 1
            case UInt8(ascii: "["):
                guard let close = closingBracket(body, from: index), let reference = reference(body[(index + 1)..<close]) else { return nil }
                out.append(contentsOf: reference)
                index = close + 1
            case UInt8(ascii: "{"): braceDepth += 1; out.append(byte); index += 1
            case UInt8(ascii: "}"): braceDepth -= 1; out.append(byte); index += 1
            case UInt8(ascii: ";"): out.append(UInt8(ascii: ",")); index += 1
            case UInt8(ascii: "|"):
                guard braceDepth > 0 else { return nil }
                out.append(UInt8(ascii: ";"))
                index += 1
            case UInt8(ascii: "'"), UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "~"):
                // Sheet names and absolute markers only belong inside [...]; `!` and `~` are OpenFormula's
                // intersection and union operators, which Excel writes differently.
                return nil
            default:
                if isIdentifierByte(byte) {
                    var end = index
                    while end < body.endIndex, isIdentifierByte(body[end]) || body[end] == UInt8(ascii: ".") { end += 1 }
                    let word = body[index..<end]
                    // `1.5` is a number; `COM.MICROSOFT.IFS(` or `A.B` is a name Excel spells otherwise.
                    let isNumber = word.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false
                    guard isNumber || !word.contains(UInt8(ascii: ".")) else { return nil }
                    out.append(contentsOf: word)
                    index = end
                } else {
                    out.append(byte)
                    index += 1
                }
            }
        }
        guard braceDepth == 0 else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// The `]` that closes the reference opened at `open`, skipping quoted sheet names.
    private static func closingBracket(_ body: ArraySlice<UInt8>, from open: Int) -> Int? {
        var index = open + 1
        var quoted = false
        while index < body.endIndex {
            let byte = body[index]
            if byte == UInt8(ascii: "'") { quoted.toggle() } else if byte == UInt8(ascii: "]"), !quoted { return index }
            index += 1
        }
        return nil
    }

    /// `.A1:.B2` → `A1:B2`; `$Data.A1` → `Data!A1`; `'My sheet'.A1:.B2` → `'My sheet'!A1:B2`; nil for anything else.
    private static func reference(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let parts = splitOutsideQuotes(text, on: UInt8(ascii: ":"))
        guard parts.count == 1 || parts.count == 2 else { return nil }
        var sheet: [UInt8]?
        var cells: [ArraySlice<UInt8>] = []
        for (offset, part) in parts.enumerated() {
            guard let dot = lastIndexOutsideQuotes(part, of: UInt8(ascii: ".")) else { return nil }
            var name = part[part.startIndex..<dot]
            if name.first == UInt8(ascii: "$") { name = name.dropFirst() }
            if !name.isEmpty {
                let spelled = sheetName(name)
                // A range's second half may repeat the sheet; a different one is a 3-D reference.
                if offset == 0 { sheet = spelled } else if spelled != sheet { return nil }
            }
            let cell = part[(dot + 1)...]
            guard !cell.isEmpty, cell.allSatisfy({ isIdentifierByte($0) && $0 < 0x80 || $0 == UInt8(ascii: "$") }) else { return nil }
            cells.append(cell)
        }
        var out = sheet.map { $0 + [UInt8(ascii: "!")] } ?? []
        out.append(contentsOf: cells[0])
        if cells.count == 2 { out.append(UInt8(ascii: ":")); out.append(contentsOf: cells[1]) }
        return out
    }

    /// A sheet name as Excel writes it: quoted when it is not a plain word (letters of any script, digits,
    /// `_`, not starting with a digit, not a cell reference such as `AB12`), or when it was quoted already.
    private static func sheetName(_ name: ArraySlice<UInt8>) -> [UInt8] {
        if name.first == UInt8(ascii: "'") { return Array(name) }
        let startsWithDigit = name.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? true
        let plain = name.allSatisfy(isIdentifierByte) && !startsWithDigit && !looksLikeCell(name)
        return plain ? Array(name) : [UInt8(ascii: "'")] + name + [UInt8(ascii: "'")]
    }

    /// Whether a name reads as a cell reference (`A1`, `XFD1048576`), which Excel only takes quoted as a sheet.
    private static func looksLikeCell(_ name: ArraySlice<UInt8>) -> Bool {
        let letters = name.prefix { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
        let rest = name.dropFirst(letters.count)
        return (1...3).contains(letters.count) && !rest.isEmpty && rest.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func splitOutsideQuotes(_ text: ArraySlice<UInt8>, on separator: UInt8) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = text.startIndex
        var quoted = false
        for index in text.indices {
            if text[index] == UInt8(ascii: "'") { quoted.toggle() }
            if text[index] == separator, !quoted {
                parts.append(text[start..<index])
                start = index + 1
            }
        }
        parts.append(text[start...])
        return parts
    }

    private static func lastIndexOutsideQuotes(_ text: ArraySlice<UInt8>, of byte: UInt8) -> Int? {
        var quoted = false
        var found: Int?
        for index in text.indices {
            if text[index] == UInt8(ascii: "'") { quoted.toggle() }
            if text[index] == byte, !quoted { found = index }
        }
        return found
    }
}
