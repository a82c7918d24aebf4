/// Types CSV text on its way into a workbook: numbers become numbers, ISO dates become
/// dates, everything else stays text.
///
/// Only text that means one thing is converted: integers (`-42`, `1,234,567` with correct
/// thousands groups), decimals (`3.14`, `1,234.5`, `0.1372502990034958`: up to 17
/// significant digits, every double PlanSheet's own CSV writes), numbers with an exponent
/// (`1e-10`, `6.02E+23`, `1.2345678901234567e+20`), and ISO dates (`2020-04-01`) and
/// date-times (`2020-04-01T09:30:00`, `2020-04-01 09:30`). Leading zeros (`007`, a code),
/// whole numbers of more than 15 digits (an ID that a double would round), signs other
/// than a leading minus, numbers beyond a double (`1e999`, `1e-400`) and impossible dates
/// all stay text.
public enum CSVValueInference {
    /// The value for one field; empty text is an empty cell.
    public static func value(of text: String) -> CellValue {
        if text.isEmpty { return .empty }
        var utf8Text = text
        let typed: CellValue? = utf8Text.withUTF8 { bytes in
            if let number = number(bytes) { return .number(number) }
            if let date = date(bytes) { return .date(date) }
            return nil
        }
        return typed ?? .string(text)
    }

    /// A number if `bytes` spell an integer, a decimal or a number with an exponent.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        // Most text fails on its first byte.
        guard let first = bytes.first, first == UInt8(ascii: "-") || (first >= 48 && first <= 57) else { return nil }
        var index = first == UInt8(ascii: "-") ? 1 : 0
        let negative = index == 1
        var integerDigits = 0
        var groupLength = 0
        var sawSeparator = false
        var leadingZero = false
        var significant = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                if integerDigits == 0 && byte == 48 { leadingZero = true }
                if significant > 0 || byte != 48 { significant += 1 }
                integerDigits += 1
                groupLength += 1
                if sawSeparator && groupLength > 3 { return nil }
            } else if byte == UInt8(ascii: ",") {
                // The first group holds 1–3 digits, every later group exactly 3.
                if integerDigits == 0 || (sawSeparator ? groupLength != 3 : groupLength > 3) { return nil }
                sawSeparator = true
                groupLength = 0
            } else {
                break
            }
            index += 1
        }
        if integerDigits == 0 || (sawSeparator && groupLength != 3) { return nil }
        if leadingZero && integerDigits > 1 { return nil } // 007 stays text
        var hasFraction = false
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < count, bytes[index] >= 48, bytes[index] <= 57 {
                if significant > 0 || bytes[index] != 48 { significant += 1 }
                index += 1
            }
            guard index > fractionStart else { return nil } // `1.` stays text
            hasFraction = true
        }
        var hasExponent = false
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            // `6.02E+23`, `1e-10`: other tools' form and Swift's own for large and tiny doubles.
            guard !sawSeparator else { return nil }
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponentStart = index
            while index < count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            guard index > exponentStart, index - exponentStart <= 3 else { return nil }
            hasExponent = true
        }
        guard index == count else { return nil }
        // A whole number of more than 15 digits is an ID a double would round; a decimal keeps
        // up to 17, as many as the shortest form of a double that reads back exactly has.
        if significant > (hasFraction || hasExponent ? 17 : 15) { return nil }
        let value: Double?
        if sawSeparator {
            value = Double(String(decoding: bytes.lazy.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self))
        } else {
            value = Double(String(decoding: bytes, as: UTF8.self))
        }
        guard let value, value.isFinite else { return nil } // `1e999` stays text
        if value == 0 && (negative || significant > 0) { return nil } // "-0" and underflows (`1e-400`) stay text
        return value
    }

    /// A date if `bytes` spell `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM[:SS[.fff]]`.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> ExcelDate? {
        guard bytes.count == 10 || bytes.count >= 16, bytes[4] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        guard let year = digits(0..<4), bytes[4] == UInt8(ascii: "-"), let month = digits(5..<7),
            bytes[7] == UInt8(ascii: "-"), let day = digits(8..<10),
            year >= 1900, (1...12).contains(month), day >= 1, day <= ExcelDate.daysIn(month: month, year: year)
        else { return nil }
        if bytes.count == 10 { return ExcelDate(year: year, month: month, day: day) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            let hour = digits(11..<13), bytes[13] == UInt8(ascii: ":"), let minute = digits(14..<16),
            hour < 24, minute < 60
        else { return nil }
        var second = 0.0
        if bytes.count > 16 {
            guard bytes.count >= 19, bytes[16] == UInt8(ascii: ":"), let whole = digits(17..<19), whole < 60 else { return nil }
            second = Double(whole)
            if bytes.count > 19 {
                // Length first: parsing more than six fraction digits into an Int could overflow.
                guard bytes[19] == UInt8(ascii: "."), bytes.count > 20, bytes.count - 20 <= 6,
                    let fraction = digits(20..<bytes.count)
                else { return nil }
                var scale = 1.0
                for _ in 20..<bytes.count { scale *= 10 }
                second += Double(fraction) / scale
            }
        }
        return ExcelDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}
