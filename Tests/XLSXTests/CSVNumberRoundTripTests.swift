import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Numbers that stay numbers: XLSX → CSV → XLSX with PlanSheet's own encoder and typing
/// gives back every number with the same value and every text as the same text.
@Suite struct CSVNumberRoundTripTests {
    /// Workbook values → CSV bytes (CSVRowEncoder) → typed values (CSVReader, CSVValueInference) → workbook → values.
    static func roundTrip(_ rows: [[CellValue]]) throws -> [[CellValue]] {
        var encoder = CSVRowEncoder()
        var csv: [UInt8] = []
        for (index, values) in rows.enumerated() {
            let cells = values.enumerated().map { Cell(column: $0.offset, value: $0.element) }
            encoder.appendRow(Row(number: index + 1, cells: cells), to: &csv)
        }
        var reader = CSVReader(data: Data(csv), name: "round-trip.csv")
        var typed: [[CellValue]] = []
        try reader.forEachRow { fields in typed.append(fields.map(CSVValueInference.value(of:))) }
        let book = try Workbook(
            data: try WorkbookWriter.data { book in
                try book.addSheet(named: "Sheet1") { sheet in for row in typed { try sheet.append(row) } }
            }, name: "round-trip.xlsx")
        return try book.grid(of: try #require(book.sheets.first)).rows.map(Array.init)
    }

    /// The differences between what went in and what came back: numbers by value, texts by text
    /// (a text that spells a number or an ISO date is typed as one: a CSV has no other way to say it).
    static func differences(_ before: [[CellValue]], _ after: [[CellValue]]) -> [String] {
        var found: [String] = []
        for (r, row) in before.enumerated() {
            for (c, value) in row.enumerated() {
                let back = r < after.count && c < after[r].count ? after[r][c] : .empty
                switch value {
                case .number(let number):
                    if case .number(let read) = back, read == number || (read.isNaN && number.isNaN) { continue }
                    found.append("\(CellReference(row: r + 1, column: c)): number \(number) came back as \(back)")
                case .string(let text) where !text.isEmpty:
                    // A CSV cannot say that `4210` was typed as text: such texts come back as what they spell.
                    if back == .string(text) || CSVValueInference.value(of: text) == back { continue }
                    found.append("\(CellReference(row: r + 1, column: c)): text \(text.debugDescription) came back as \(back)")
                default: continue
                }
            }
        }
        return found
    }

    @Test func typingAcceptsEveryNumberPlanSheetsCSVWrites() throws {
        let numbers: [Double] = [
            0.1372502990034958, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, 1e-10, 6.02e23, 1e15, 1234567890123456,
            123456789012345, -987654321.123456789, 1.7976931348623157e308, 5e-324, -2.2250738585072014e-308,
            -0.0, 42, 1e21, 12345.678901234567, 9007199254740993,
        ]
        let texts = ["007", "1234567890123456", "0123", "-0", "1e999", "1e-400", "ＲＰＡ", "1,23", "+5", "=SUM(A1:A2)", "1.", "12E"]
        let rows = numbers.map { [CellValue.number($0)] } + texts.map { [CellValue.string($0)] }
        #expect(Self.differences(rows, try Self.roundTrip(rows)) == [])
    }

    @Test func otherToolsNumberFormsAreNumbers() {
        #expect(CSVValueInference.value(of: "1e-10") == .number(1e-10))
        #expect(CSVValueInference.value(of: "6.02E+23") == .number(6.02e23))
        #expect(CSVValueInference.value(of: "1E5") == .number(100_000))
        #expect(CSVValueInference.value(of: "-1.5e3") == .number(-1500))
        #expect(CSVValueInference.value(of: "0.1372502990034958") == .number(0.1372502990034958))
        #expect(CSVValueInference.value(of: "12345678.901234567") == .number(12345678.901234567))
        for text in ["1234567890123456", "12345678.9012345678", "1e", "1e+", "1e1234", "1,000e3", "007e1", "1.e5", "e5", "1e5x"] {
            #expect(CSVValueInference.value(of: text) == .string(text), "\(text)")
        }
    }

    @Test(.needsSharedCorpus) func everySheetOfTheRealCorpusKeepsItsNumbersAndTextsThroughCSV() throws {
        try Self.checkCorpus("real")
    }

    /// The second corpus (150 workbooks from many producers); about 100 s in a debug build.
    @Test(.needsSharedCorpus) func everySheetOfTheExtraCorpusKeepsItsNumbersAndTextsThroughCSV() throws {
        try Self.checkCorpus("extra/real")
    }

    static func checkCorpus(_ folder: String) throws {
        let directory = try CorpusFixtures.file(folder)
        var checked = 0, numbers = 0
        var failures: [String] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".xlsm") }.sorted()
        for name in names {
            // Workbooks the reader refuses are the conformance suite's business, not this one's.
            guard let book = try? Workbook(contentsOf: directory.appendingPathComponent(name)) else { continue }
            for sheet in book.sheets {
                guard let rows = try? book.grid(of: sheet).rows.map(Array.init) else { continue }
                checked += 1
                numbers += rows.joined().filter { if case .number = $0 { true } else { false } }.count
                failures += differences(rows, try roundTrip(rows)).map { "\(folder)/\(name) [\(sheet.name)] \($0)" }
            }
        }
        print("CSVNumberRoundTripTests: \(folder): \(checked) sheets, \(numbers) numbers, \(failures.count) differences")
        #expect(checked > 0)
        #expect(failures.prefix(20) == [], "\(failures.count) differences")
    }
}

/// `--escape-formulas`: OWASP's defence against CSV injection, off by default.
@Suite struct CSVFormulaEscapingTests {
    static func csv(_ values: [CellValue], escapesFormulas: Bool) -> String {
        var encoder = CSVRowEncoder(escapesFormulas: escapesFormulas)
        var out: [UInt8] = []
        encoder.appendRow(Row(number: 1, cells: values.enumerated().map { Cell(column: $0.offset, value: $0.element) }), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static let hostile: [CellValue] = [
        .string("=HYPERLINK(\"http://x\",\"y\")"), .string("+1"), .string("-2+3"), .string("@SUM(A1)"),
        .string("\tx"), .string("a=b"), .number(-5), .string("ＲＰＡ"),
    ]

    @Test func textThatWouldRunAsAFormulaGetsAQuoteWhenAsked() {
        #expect(
            Self.csv(Self.hostile, escapesFormulas: true)
                == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tx\",a=b,-5,ＲＰＡ\r\n")
        #expect(CSVFormulaEscaping.escaped("=1+1") == "'=1+1")
        #expect(CSVFormulaEscaping.escaped("1+1") == "1+1")
    }

    @Test func formulasAreWrittenAsTheyAreByDefault() {
        #expect(
            Self.csv(Self.hostile, escapesFormulas: false)
                == "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",+1,-2+3,@SUM(A1),\tx,a=b,-5,ＲＰＡ\r\n")
    }
}
