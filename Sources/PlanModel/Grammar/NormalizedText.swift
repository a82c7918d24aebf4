import Foundation

/// Text after Unicode NFKC normalization, as an array of scalars that remembers, for each
/// scalar, where it came from in the original text.
///
/// Parsing works on the normalized scalars (full-width digits, letters, ／, ：, ％ and －
/// become ASCII), while names and notes are cut from the original text so that they are
/// kept as written. NFKC through Foundation costs microseconds per cell; almost every
/// character of a Japanese plan (kana, kanji, ASCII, full-width ASCII) is mapped here by
/// a table-free fast path, and only the rare other characters go through Foundation.
struct NormalizedText: Sendable {
    /// The normalized scalars.
    let scalars: [Unicode.Scalar]
    /// For each normalized scalar, the UTF-8 offset in `source` of the character it came from;
    /// empty when every scalar maps to exactly one original scalar (the common case, which
    /// then saves an allocation per line: offsets are counted only when a name is cut out).
    let origins: [Int]
    /// The original text.
    let source: String

    /// Normalizes `text`.
    init(_ text: String) {
        var source = text
        source.makeContiguousUTF8()
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(source.utf8.count)
        var needsFoundation = false
        for scalar in source.unicodeScalars {
            guard let mapped = Self.fastMapping(of: scalar), !Self.isCombining(scalar) else {
                needsFoundation = true
                break
            }
            scalars.append(mapped)
        }
        if needsFoundation { (scalars, origins) = Self.normalizeThroughFoundation(source) }
        self.scalars = scalars
        self.origins = origins
        self.source = source
    }

    /// The slow path: each scalar with the combining marks after it (the unit NFKC can
    /// compose) goes through Foundation, unless the fast mapping knows it.
    private static func normalizeThroughFoundation(_ text: String) -> ([Unicode.Scalar], [Int]) {
        let original = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(original.count)
        var offset = 0
        for scalar in original {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        var index = 0
        while index < original.count {
            if let mapped = fastMapping(of: original[index]), !isCombining(original[index]),
                index + 1 == original.count || !isCombining(original[index + 1])
            {
                scalars.append(mapped)
                origins.append(offsets[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < original.count, isCombining(original[end]) { end += 1 }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: original[index..<end])
            for scalar in String(piece).precomposedStringWithCompatibilityMapping.unicodeScalars {
                scalars.append(scalar)
                origins.append(offsets[index])
            }
            index = end
        }
        return (scalars, origins)
    }

    /// The NFKC form of `text` when the fast mapping knows every scalar and none combines (most cells
    /// of a Japanese plan), without going through Foundation; nil when Foundation must normalize it.
    static func fastNFKC(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let mapped = fastMapping(of: scalar), !isCombining(scalar) else { return nil }
            scalars.append(mapped)
        }
        return String(scalars)
    }

    /// The normalized text as a string.
    var string: String { TextScan.string(scalars, 0..<scalars.count) ?? "" }

    /// The original text behind the normalized scalars `range`, as written.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start: Int
        let end: Int
        if origins.isEmpty {
            (start, end) = oneToOneOffsets(range)
        } else {
            start = origins[range.lowerBound]
            // Several normalized scalars can come from one original character (㍻ → 平成):
            // the range ends after the whole character.
            var next = range.upperBound
            while next < origins.count, origins[next] <= origins[range.upperBound - 1] { next += 1 }
            end = next < origins.count ? origins[next] : source.utf8.count
        }
        if let text = source.utf8.withContiguousStorageIfAvailable({ bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }) {
            return text
        }
        return String(decoding: Array(source.utf8)[start..<end], as: UTF8.self)
    }

    /// The UTF-8 offsets of scalars `range` when normalized and original scalars correspond one to one.
    private func oneToOneOffsets(_ range: Range<Int>) -> (Int, Int) {
        var offset = 0
        var start = 0
        for (index, scalar) in source.unicodeScalars.enumerated() {
            if index == range.lowerBound { start = offset }
            if index == range.upperBound { return (start, offset) }
            offset += UTF8.width(scalar)
        }
        return (start, offset)
    }

    /// The NFKC image of a scalar that normalizes to exactly one scalar independently of
    /// its neighbours, or nil when Foundation must decide.
    @inline(__always)
    static func fastMapping(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x00...0x7F:
            return scalar
        case 0xFF01...0xFF5E:
            // Full-width ASCII maps to ASCII by a constant offset.
            return Unicode.Scalar(value - 0xFEE0)
        case 0x3000:
            return " "
        case 0x3001...0x3035, 0x3037, 0x303B...0x303F,
            0x3041...0x3096, 0x309D, 0x309E,
            0x30A1...0x30FE,
            0x4E00...0x9FFF, 0x3400...0x4DBF,
            0x2010, 0x2013...0x2015, 0x2018...0x201D, 0x2020...0x2022, 0x203B,
            0x2190...0x21FF, 0x2212, 0x25A0...0x25FF, 0x2600...0x26FF:
            return scalar
        default:
            return nil
        }
    }

    /// Whether the scalar may compose with the one before it under NFKC.
    @inline(__always)
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return false }
        if value == 0x3099 || value == 0x309A { return true }
        // Kana, kanji and full-width forms never combine; asking the Unicode tables for
        // every character of a Japanese text would cost more than the rest of the parse.
        if (0x3040...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF5E).contains(value) {
            return false
        }
        return scalar.properties.canonicalCombiningClass != .notReordered
            || (0x1160...0x11FF).contains(value) // Hangul vowels and finals compose without a class.
    }
}
