import Foundation

/// Code page 932 (Shift_JIS as Windows extends it), through Foundation's `.shiftJIS`, which on
/// Linux and macOS maps the NEC and IBM extensions (①, ㈱, 髙) and ～ (U+FF5E) as Windows does.
public enum CP932 {
    /// A character with no CP932 code.
    public struct UnencodableCharacter: Error, CustomStringConvertible {
        /// The character.
        public var character: Character
        /// Its line (from 1) in the text.
        public var line: Int

        /// The message, in Japanese and English.
        public var description: String {
            "line \(line): \"\(character)\" (U+\(String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true))) "
                + "has no CP932 code; use --encoding utf8-bom / CP932 で表せない文字です"
        }
    }

    /// Characters that Mac and Unicode input write where Windows has a look-alike of its own:
    /// 〜 (WAVE DASH) is ～ in CP932, − (MINUS SIGN) is －, and so on. Written as the Windows
    /// character, they open in Excel as the user expects instead of failing the export.
    static let windowsEquivalents: [Character: Character] = [
        "\u{301C}": "\u{FF5E}", "\u{2212}": "\u{FF0D}", "\u{2016}": "\u{2225}", "\u{2014}": "\u{2015}",
        "\u{00A2}": "\u{FFE0}", "\u{00A3}": "\u{FFE1}", "\u{00AC}": "\u{FFE2}",
    ]

    /// The text in CP932; 〜 and − become their Windows look-alikes ～ and －.
    public static func encode(_ original: String) throws -> Data {
        let text = String(original.map { windowsEquivalents[$0] ?? $0 })
        // Foundation may return bytes for a character it cannot map (an emoji becomes `?`), so a
        // conversion counts only if it decodes back to the same text.
        if let data = text.data(using: .shiftJIS, allowLossyConversion: false), decode(data) == text { return data }
        // Name the first character that fails, so the user can fix it or switch encoding.
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for character in line where !roundTrips(character) {
                throw UnencodableCharacter(character: character, line: number + 1)
            }
        }
        throw UnencodableCharacter(character: "?", line: 0)
    }

    private static func roundTrips(_ character: Character) -> Bool {
        let text = String(character)
        guard let data = text.data(using: .shiftJIS, allowLossyConversion: false) else { return false }
        return decode(data) == text
    }

    /// CP932 bytes as text, or nil when they are not valid CP932.
    public static func decode(_ data: Data) -> String? {
        String(data: data, encoding: .shiftJIS)
    }
}
