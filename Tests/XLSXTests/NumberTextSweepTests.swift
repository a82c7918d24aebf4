import Foundation
import Testing
import TestSupport
@testable import XLSX

/// The byte-level number reader and writer against the standard library on many values:
/// reading must give the very Double `Double(String)` gives (bit for bit), writing the very
/// text `description` gives, for the forms producers write (Excel's 15-17 significant digits,
/// XlsxWriter's `%.16g`, exponent forms).
@Suite struct NumberTextSweepTests {
    /// Doubles of every magnitude a sheet holds: amounts, ratios, integers, tiny and huge values.
    static func sampleValues(count: Int) -> [Double] {
        var generator = SeededGenerator(seed: 20_260_401)
        return (0..<count).map { index in
            let unit = Double.random(in: 0..<1, using: &generator)
            switch index % 6 {
            case 0: return unit
            case 1: return (Double.random(in: -1e6..<1e6, using: &generator) * 100).rounded() / 100
            case 2: return Double(Int.random(in: -1_000_000_000...1_000_000_000, using: &generator))
            case 3: return unit * pow(10, Double(Int.random(in: -12...12, using: &generator)))
            case 4: return unit * pow(10, Double(Int.random(in: -300...300, using: &generator)))
            default: return Double(Int.random(in: 1...999, using: &generator)) / Double(Int.random(in: 1...999, using: &generator))
            }
        }
    }

    private func parse(_ text: String) -> Double? {
        var buffer = TextBuffer()
        Array(text.utf8).withUnsafeBufferPointer { buffer.append($0) }
        return CellText.number(&buffer)
    }

    @Test func readsEveryFormOfManyValuesBitForBitAsTheStandardLibrary() {
        var mismatches: [String] = []
        for value in Self.sampleValues(count: 30_000) {
            for text in [
                value.description, String(format: "%.15g", value), String(format: "%.16g", value),
                String(format: "%.17g", value), String(format: "%.16G", value), String(format: "%.3E", value),
            ] {
                guard let expected = Double(text) else { continue }
                if parse(text)?.bitPattern != expected.bitPattern { mismatches.append(text) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func readsExponentFormsAndKeepsTheSignOfZero() {
        for text in [
            "1.5E-07", "1.5e-7", "2E+22", "-3.25E+05", "1e0", "9007199254740993", "0.1234567890123456",
            "0.00000000000000000000001e22", "1E-22", "1E-23", "123.456E+2", "-0", "-0.0", "0e5",
        ] {
            #expect(parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
        #expect(parse("-0")?.sign == .minus)
        for text in ["1e", "1e+", "e5", "1e5x", "1e1234", ".e1", "1..5"] {
            #expect(parse(text) == Double(text).flatMap { $0.isFinite ? $0 : nil }, "\(text)")
        }
    }

    @Test func writesNumbersAsTheirShortestRoundTripText() {
        var mismatches: [String] = []
        for value in Self.sampleValues(count: 30_000) + [0.1, 1e-05, 5e-324, 1.7976931348623157e308, -0.5, 1e15, 123456789012345.6] {
            var output: [UInt8] = []
            CellValueText.appendNumber(value, to: &output)
            let expected = value == value.rounded(.towardZero) && abs(value) < 1e15 ? String(Int64(value)) : value.description
            if String(decoding: output, as: UTF8.self) != expected { mismatches.append(expected) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
