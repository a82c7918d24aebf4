import Foundation

/// The text encoding of a CSV file.
public enum CSVEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 with a byte-order mark (EF BB BF), as Excel's "CSV UTF-8" saves it.
    case utf8BOM = "utf8-bom"
    /// Shift_JIS as Windows extends it (code page 932, windows-31j): what Japanese Excel's plain "CSV" saves,
    /// including NEC and IBM extensions such as ①, ㈱ and 髙.
    case cp932

    /// Guesses the encoding from the first bytes of a file: a byte-order mark means UTF-8 with BOM,
    /// bytes that are valid UTF-8 mean UTF-8, anything else CP932. `complete` says whether
    /// `sample` is the whole file; if not, a multi-byte character cut at its end is not held against UTF-8.
    public static func detect(_ sample: some Collection<UInt8>, complete: Bool) -> CSVEncoding {
        let bytes = Array(sample)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
        if !complete {
            for cut in 1...3 where bytes.count > cut {
                if String(validating: bytes.dropLast(cut), as: UTF8.self) != nil { return .utf8 }
            }
        }
        return .cp932
    }
}

/// Turns chunks of a file in one ``CSVEncoding`` into chunks of UTF-8, carrying a
/// character cut at a chunk's end over to the next chunk.
struct CSVTranscoder {
    let encoding: CSVEncoding
    private var carry: [UInt8] = []
    private var atStart = true
    /// Whether the previous chunk ended with CR, so an LF starting this one ends no further line.
    private var previousEndedWithCR = false

    init(encoding: CSVEncoding) { self.encoding = encoding }

    /// UTF-8 for the next chunk (`last` for the final one). Throws on bytes invalid in the
    /// encoding, naming the line they are on (`line` is the line the chunk starts on).
    mutating func transcode(_ chunk: Data, last: Bool, fileName: String, line: Int) throws -> [UInt8] {
        let startsAfterCR = previousEndedWithCR
        previousEndedWithCR = chunk.last == 13
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry.removeAll()
        if atStart {
            atStart = false
            // A BOM is dropped whatever the encoding was forced to; it is never part of the first field.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) && encoding != .cp932 { bytes.removeFirst(3) }
        }
        switch encoding {
        case .utf8, .utf8BOM:
            if !last {
                let keep = Self.incompleteUTF8Suffix(bytes)
                if keep > 0 { carry = Array(bytes.suffix(keep)); bytes.removeLast(keep) }
            }
            guard String(validating: bytes, as: UTF8.self) != nil else {
                let bad = Self.firstInvalidLine(bytes, startsAfterCR: startsAfterCR) { String(validating: $0, as: UTF8.self) != nil }
                throw CSVReadError.invalidEncoding(file: fileName, line: line + bad, encoding: encoding)
            }
            return bytes
        case .cp932:
            if !last && Self.endsWithLeadByte(bytes) { carry = [bytes.removeLast()] }
            guard let text = String(data: Data(bytes), encoding: .shiftJIS) else {
                let bad = Self.firstInvalidLine(bytes, startsAfterCR: startsAfterCR) { String(data: Data($0), encoding: .shiftJIS) != nil }
                throw CSVReadError.invalidEncoding(file: fileName, line: line + bad, encoding: encoding)
            }
            return Array(text.utf8)
        }
    }

    /// How many line breaks (LF, CRLF or CR) come before the first line of `bytes` that `isValid`
    /// refuses. Lines can be checked one by one because neither UTF-8 nor CP932 uses the bytes
    /// of CR and LF inside a character.
    static func firstInvalidLine(_ bytes: [UInt8], startsAfterCR: Bool, isValid: (ArraySlice<UInt8>) -> Bool) -> Int {
        var breaks = 0
        var start = startsAfterCR && bytes.first == 10 ? 1 : 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10 || byte == 13 {
                if !isValid(bytes[start..<index]) { return breaks }
                if byte == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 { index += 1 }
                breaks += 1
                start = index + 1
            }
            index += 1
        }
        return breaks
    }

    /// How many bytes at the end start a UTF-8 sequence that the chunk cuts short.
    static func incompleteUTF8Suffix(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        var continuation = 0
        while index >= 0 && continuation < 3 && bytes[index] & 0xC0 == 0x80 { continuation += 1; index -= 1 }
        guard index >= 0 else { return 0 }
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return length > continuation + 1 ? continuation + 1 : 0
    }

    /// Whether the last byte is the first half of a CP932 double-byte character.
    static func endsWithLeadByte(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var lastWasLead = false
        while index < bytes.count {
            let byte = bytes[index]
            if (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte) {
                if index == bytes.count - 1 { lastWasLead = true }
                index += 2
            } else {
                index += 1
            }
        }
        return lastWasLead
    }
}
