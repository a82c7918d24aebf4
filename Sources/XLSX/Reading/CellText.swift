import Foundation

/// Decoding of the text inside `<v>`: numbers without building a `String`, and ISO 8601 dates.
enum CellText {
    /// The number a `<v>` holds, or nil when the text is not a number.
    ///
    /// Integers and decimals of up to 15 digits (most cells) are converted directly and
    /// exactly; anything else goes through `strtod`, which rounds correctly.
    @inline(__always) static func number(_ text: TextBuffer) -> Double? {
        let bytes = text.buffer
        let count = bytes.count
        guard count > 0 else { return nil }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; index = 1 }
        // Clinger's fast path: a mantissa up to 2^53 and a power of ten up to 10^22 are both
        // exact as Doubles, so one multiplication or division rounds correctly. That covers
        // integers, decimals of up to 16 significant digits below 2^53 (0.1234567890123456)
        // and exponent forms such as 1.5E-07.
        var mantissa = 0
        var digits = 0
        var sawDigit = false
        var decimals = 0
        var seenPoint = false
        var exponent = 0
        var fast = count > index && count - index <= 32
        while fast && index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte | 0x20 == UInt8(ascii: "e") && sawDigit {
                fast = exponentPart(bytes, from: index + 1, into: &exponent)
                break
            } else {
                let digit = Int(byte) &- 48
                if digit < 0 || digit > 9 { fast = false; break }
                // Leading zeros are not significant digits; the mantissa cannot overflow before 17 of them.
                if mantissa != 0 || digit != 0 { digits += 1 }
                if digits > 16 { fast = false; break }
                mantissa = mantissa &* 10 &+ digit
                sawDigit = true
                if seenPoint { decimals += 1 }
            }
            index += 1
        }
        let scale = exponent - decimals
        if fast && sawDigit && mantissa <= 1 << 53 && scale >= -22 && scale <= 22 {
            let magnitude = Double(mantissa)
            let value = scale < 0 ? magnitude / powersOfTen[-scale] : magnitude * powersOfTen[scale]
            return negative ? -value : value
        }
        // strtod also reads hexadecimal (`0x1A`), `inf` and `nan`: none is a number Excel writes.
        guard isDecimal(bytes) else { return nil }
        let start = text.nulTerminated()
        return start.withMemoryRebound(to: CChar.self, capacity: count + 1) { pointer -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(pointer, &end)
            guard let end else { return nil }
            var consumed = end - UnsafeMutablePointer(mutating: pointer)
            // Tolerate trailing whitespace; reject anything else.
            while consumed < count, pointer[consumed] == 0x20 || pointer[consumed] == 0x0A || pointer[consumed] == 0x0D || pointer[consumed] == 0x09 {
                consumed += 1
            }
            guard consumed == count, consumed > 0, value.isFinite else { return nil }
            return value
        }
    }

    /// Reads the exponent after `e` (`+07`, `-7`, `12`: a sign, then one to three digits, then the
    /// end); false when it is anything else, so the caller falls back to `strtod`.
    @inline(__always) private static func exponentPart(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        into exponent: inout Int
    ) -> Bool {
        var index = start
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let digitsStart = index
        var value = 0
        while index < bytes.count, index - digitsStart < 3 {
            let digit = Int(bytes[index]) &- 48
            guard digit >= 0 && digit <= 9 else { return false }
            value = value * 10 + digit
            index += 1
        }
        guard index > digitsStart, index == bytes.count else { return false }
        exponent = negative ? -value : value
        return true
    }

    /// ``number(_:)`` for callers that hold their buffer in a `var`.
    @inline(__always) static func number(_ text: inout TextBuffer) -> Double? { number(text) }

    /// Whether text is a decimal number as XML Schema writes one (`-1.5`, `.5`, `6.02E+23`),
    /// blanks around it allowed.
    static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            return index - start
        }
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var mantissaDigits = digits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard digits() > 0 else { return false }
        }
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        return index == bytes.count
    }

    /// 10⁰ … 10²², all exact in a Double.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// An ISO 8601 date, date-time or time of day (`t="d"` cells): `2020-04-01`,
    /// `2020-04-01T09:30:00.5Z`, `09:30:00`. Time zone suffixes are ignored, as Excel does.
    static func isoDate(_ bytes: UnsafeBufferPointer<UInt8>) -> ExcelDate? {
        var scanner = DigitScanner(bytes: bytes)
        scanner.skipWhitespace()
        var year = 1899, month = 12, day = 30
        var hasDate = false
        if scanner.lookahead(isDateAt: 4) {
            guard let y = scanner.integer(digits: 4), scanner.consume(UInt8(ascii: "-")),
                let m = scanner.integer(digits: 2), scanner.consume(UInt8(ascii: "-")),
                let d = scanner.integer(digits: 2), (1...12).contains(m),
                d >= 1, d <= ExcelDate.daysIn(month: m, year: y)
            else { return nil }
            (year, month, day) = (y, m, d)
            hasDate = true
            if !scanner.consume(UInt8(ascii: "T")) && !scanner.consume(UInt8(ascii: " ")) {
                return scanner.atEndOrZone ? ExcelDate(year: year, month: month, day: day) : nil
            }
        }
        guard let hour = scanner.integer(digits: 2), scanner.consume(UInt8(ascii: ":")),
            let minute = scanner.integer(digits: 2)
        else { return nil }
        var second = 0.0
        if scanner.consume(UInt8(ascii: ":")) {
            guard let whole = scanner.integer(digits: 2) else { return nil }
            second = Double(whole)
            if scanner.consume(UInt8(ascii: ".")) { second += scanner.fraction() }
        }
        guard scanner.atEndOrZone, hour < 25, minute < 60, second < 61 else { return nil }
        if !hasDate {
            return ExcelDate(serial: (Double(hour) * 3600 + Double(minute) * 60 + second) / 86_400)
        }
        return ExcelDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}

/// A cursor over ASCII digits and separators, for ISO 8601 text.
private struct DigitScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipWhitespace() { while index < bytes.count && bytes[index] == 0x20 { index += 1 } }

    func lookahead(isDateAt offset: Int) -> Bool {
        index + offset < bytes.count && bytes[index + offset] == UInt8(ascii: "-")
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func integer(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for _ in 0..<digits {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return value
    }

    mutating func fraction() -> Double {
        var value = 0.0
        var scale = 0.1
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value += Double(bytes[index] - 48) * scale
            scale /= 10
            index += 1
        }
        return value
    }

    /// At the end, or at a time zone designator (`Z`, `+09:00`) and then trailing blanks.
    var atEndOrZone: Bool {
        var position = index
        if position < bytes.count,
            bytes[position] == UInt8(ascii: "Z") || bytes[position] == UInt8(ascii: "+")
                || bytes[position] == UInt8(ascii: "-")
        {
            position = bytes.count
        }
        while position < bytes.count && bytes[position] == 0x20 { position += 1 }
        return position >= bytes.count
    }
}
