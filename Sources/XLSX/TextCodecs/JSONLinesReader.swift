import Foundation

/// Reads JSON Lines where each line is a JSON array of one row's values: strings,
/// numbers, `true`/`false` and `null` (an empty cell). Blank lines are empty rows.
///
/// This is the shape `plansheet convert --to jsonl` writes, so a sheet survives the trip
/// through JSON Lines and back.
public struct JSONLinesReader {
    private let fileName: String
    private var nextChunk: () throws -> Data?
    /// Safety limits: one line (one row) may hold at most ``ReadLimits/maxStringLength`` bytes,
    /// so a file without line breaks cannot take memory without bound.
    public var limits = ReadLimits.default

    /// Reads a file.
    public init(url: URL) throws {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw CSVReadError.io(file: url.path, message: "cannot open: \(error.localizedDescription)")
        }
        self.init(handle: handle, name: url.path)
    }

    /// Reads from an open handle such as standard input.
    public init(handle: FileHandle, name: String) {
        fileName = name
        nextChunk = {
            do { return try handle.read(upToCount: CSVReader.chunkSize).flatMap { $0.isEmpty ? nil : $0 } } catch {
                throw CSVReadError.io(file: name, message: error.localizedDescription)
            }
        }
    }

    /// Reads JSON Lines held in memory.
    public init(data: Data, name: String = "JSON Lines") {
        fileName = name
        var pending: Data? = data
        nextChunk = {
            defer { pending = nil }; return pending
        }
    }

    /// Calls `body` with each line's values.
    public mutating func forEachRow(_ body: ([CellValue]) throws -> Void) throws {
        let decoder = JSONDecoder()
        var carry = Data()
        var line = 0
        func handle(_ bytes: Data) throws {
            line += 1
            var text = bytes
            if line == 1 && text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
            if text.last == 13 { text.removeLast() }
            if text.allSatisfy({ $0 == 32 || $0 == 9 }) { try body([]); return }
            do {
                let values = try decoder.decode([JSONLinesValue].self, from: text)
                try body(values.map(\.cellValue))
            } catch let error as DecodingError {
                throw CSVReadError.invalidJSONLine(
                    file: fileName, line: line, message: "not a JSON array of strings, numbers, booleans and nulls (\(Self.summary(error)))")
            }
        }
        while let chunk = try nextChunk() {
            // The carried bytes hold no line break: search only the new chunk, so a long line costs linear time.
            let searched = carry.count
            carry.append(chunk)
            var start = carry.startIndex
            var searchFrom = carry.startIndex + searched
            while let newline = carry[searchFrom...].firstIndex(of: 10) {
                try handle(carry[start..<newline])
                start = carry.index(after: newline)
                searchFrom = start
            }
            carry = Data(carry[start...])
            if carry.count > limits.maxStringLength {
                throw CSVReadError.limitExceeded(
                    file: fileName, line: line + 1,
                    limit: "a line longer than \(limits.maxStringLength) bytes")
            }
        }
        if !carry.isEmpty { try handle(carry) }
    }

    private static func summary(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            return context.debugDescription
        @unknown default:
            return "invalid JSON"
        }
    }
}

/// One JSON scalar of a JSON Lines row.
private enum JSONLinesValue: Decodable {
    case null, bool(Bool), number(Double), string(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    var cellValue: CellValue {
        switch self {
        case .null: return .empty
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number)
        case .string(let text): return .string(text)
        }
    }
}
