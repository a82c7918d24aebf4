import SharedText

extension XMLByteBuffer {
    /// Appends text for an element's content (`<t>`, `<v>`, `<f>`), escaping `& < >` and,
    /// by OOXML's rule for cell text, every character XML cannot carry as `_xHHHH_`
    /// (controls other than tab and line feed, U+FFFE, U+FFFF). Carriage return is escaped
    /// too, because an XML parser would otherwise turn it into a line feed. A literal
    /// `_xHHHH_` in the text gets its underscore escaped as `_x005F_` so that readers do
    /// not decode it.
    func appendEscapedText(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0, attribute: false) }
    }

    /// Appends text for a double-quoted attribute value, escaping `& < > "` and the
    /// characters XML cannot carry as for ``appendEscapedText(_:)``.
    func appendEscapedAttribute(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0, attribute: true) }
    }

    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) {
        guard let start = bytes.baseAddress else { return }
        let length = bytes.count
        var runStart = 0
        var index = 0
        while index < length {
            let byte = start[index]
            // Most bytes need nothing; test the common case first.
            if byte >= 0x40 && byte != UInt8(ascii: "_") && byte != 0xEF { index += 1; continue }
            if byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "_") && byte != 0xEF && !(attribute && byte == UInt8(ascii: "\""))
            {
                index += 1
                continue
            }
            var replacement: StaticString? = nil
            var escapedScalar: UInt32? = nil
            var consumed = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 0x09, 0x0A:
                if attribute { escapedScalar = UInt32(byte) } else { index += 1; continue }
            case UInt8(ascii: "_"):
                if Self.isEscapeSequence(start, index, length) { replacement = "_x005F_" } else { index += 1; continue }
            case 0xEF:
                if index + 2 < length && start[index + 1] == 0xBF && (start[index + 2] == 0xBE || start[index + 2] == 0xBF) {
                    escapedScalar = 0xFFC0 | UInt32(start[index + 2] & 0x3F)
                    consumed = 3
                } else {
                    index += 1; continue
                }
            default:
                escapedScalar = UInt32(byte) // a C0 control, or CR
            }
            if index > runStart { append(start + runStart, count: index - runStart) }
            if let replacement { append(replacement) }
            if let scalar = escapedScalar {
                if attribute {
                    // Attributes hold sheet names and the like, not cell text: use a character reference
                    // for what XML allows, and the OOXML escape for the rest.
                    if scalar == 0x09 {
                        append("&#9;")
                    } else if scalar == 0x0A {
                        append("&#10;")
                    } else if scalar == 0x0D {
                        append("&#13;")
                    } else {
                        appendOOXMLEscape(scalar)
                    }
                } else {
                    appendOOXMLEscape(scalar)
                }
            }
            index += consumed
            runStart = index
        }
        if length > runStart { append(start + runStart, count: length - runStart) }
    }

    /// `_xHHHH_` with upper-case hex digits, as Excel writes it.
    private func appendOOXMLEscape(_ scalar: UInt32) {
        let hex: StaticString = "0123456789ABCDEF"
        append("_x")
        for shift in stride(from: 12, through: 0, by: -4) {
            append(hex.utf8Start[Int((scalar >> UInt32(shift)) & 0xF)])
        }
        append(UInt8(ascii: "_"))
    }

    /// Whether the bytes at `index` spell `_xHHHH_`.
    private static func isEscapeSequence(_ start: UnsafePointer<UInt8>, _ index: Int, _ length: Int) -> Bool {
        guard index + 6 < length, start[index + 1] == UInt8(ascii: "x") || start[index + 1] == UInt8(ascii: "X"),
            start[index + 6] == UInt8(ascii: "_")
        else { return false }
        for offset in 2...5 {
            let byte = start[index + offset]
            let isHex = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102)
            if !isHex { return false }
        }
        return true
    }

    /// Appends a number as the shortest text that reads back as the same `Double`, by SharedText's
    /// `NumberText` rule (whole numbers as digits, others in the standard library's shortest
    /// round-trip form); `-0` keeps its sign, so a sheet reads back bit for bit.
    func appendNumber(_ value: Double) {
        if let integer = NumberText.integer(value) {
            if value == 0 && value.sign == .minus { append("-0"); return }
            appendDecimal(Int(integer))
            return
        }
        var text = value.description
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }
}
