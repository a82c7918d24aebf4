import Foundation
@testable import XLSX

/// One cell of `expected/<file>/<i>.json`: null, a boolean, a number or a string.
enum CorpusExpectedValue: Decodable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let flag = try? container.decode(Bool.self) { self = .bool(flag); return }
        if let number = try? container.decode(Double.self) { self = .number(number); return }
        self = .string(try container.decode(String.self))
    }

    /// How the corpus conventions write one of our values (dates ISO, durations `PT…`, errors as text).
    init(_ value: CellValue) {
        switch value {
        case .empty: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text), .error(let text): self = .string(text)
        case .date(let date): self = .string(date.isoString)
        case .duration(let days): self = .string(CellValueText.duration(days: days))
        }
    }

    /// Equal, or the same date where openpyxl (the source for one file) writes midnight as `T00:00:00`.
    func matches(_ expected: CorpusExpectedValue) -> Bool {
        if self == expected { return true }
        if case .string(let ours) = self, case .string(let wanted) = expected, wanted.hasSuffix("T00:00:00") {
            return ours == String(wanted.dropLast(9))
        }
        return false
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .number(let number): return String(number)
        case .string(let text): return "\"\(text)\""
        }
    }
}

/// `expected/<file>/index.json`: the sheets and how many rows were kept.
struct CorpusExpectedIndex: Decodable {
    struct Sheet: Decodable {
        var index: Int
        var name: String
        var kind: String
        var rows_written: Int?
        var truncated: Bool?
        /// `none (both libraries failed)` when the corpus has no values for the sheet.
        var values_from: String?
    }
    var sheets: [Sheet]
    var max_rows_kept: Int
}
