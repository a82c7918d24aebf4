import Foundation

/// Reads CSV as RFC 4180 describes it, and as Excel writes it: fields separated by
/// commas, optionally quoted with `"` (a quote inside doubled), quoted fields that span
/// lines, CRLF, LF or CR line endings, a byte-order mark, and UTF-8 or CP932 text.
///
/// The file is read in chunks, so a CSV of any size passes through a fixed amount of memory.
///
/// ```swift
/// var reader = try CSVReader(url: url)            // encoding detected
/// try reader.forEachRow { fields in print(fields) }
/// ```
public struct CSVReader {
    /// The encoding the file is read in (detected unless given).
    public private(set) var encoding: CSVEncoding
    /// The field separator byte (a comma unless set otherwise).
    public var separator: UInt8 = UInt8(ascii: ",")
    /// Safety limits: a field may hold at most ``ReadLimits/maxStringLength`` bytes and a
    /// record at most ``ReadLimits/maxCellsPerRow`` fields, so memory stays bounded whatever the file.
    public var limits = ReadLimits.default
    private let fileName: String
    private var nextChunk: () throws -> Data?
    /// Bytes read at a time; the first chunk is also the sample the encoding is detected from.
    public static let chunkSize = 1 << 18
    private var firstChunk: Data?

    /// Reads a file; `encoding` nil detects it from the first ``chunkSize`` bytes.
    public init(url: URL, encoding: CSVEncoding? = nil) throws {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw CSVReadError.io(file: url.path, message: "cannot open: \(error.localizedDescription)")
        }
        try self.init(handle: handle, name: url.path, encoding: encoding)
    }

    /// Reads from an open handle such as standard input, naming it `name` in errors.
    public init(handle: FileHandle, name: String, encoding: CSVEncoding? = nil) throws {
        fileName = name
        nextChunk = {
            do { return try handle.read(upToCount: CSVReader.chunkSize).flatMap { $0.isEmpty ? nil : $0 } } catch {
                throw CSVReadError.io(file: name, message: error.localizedDescription)
            }
        }
        firstChunk = try nextChunk()
        self.encoding = encoding ?? CSVEncoding.detect(firstChunk ?? Data(), complete: (firstChunk?.count ?? 0) < CSVReader.chunkSize)
    }

    /// Reads CSV held in memory.
    public init(data: Data, name: String = "CSV", encoding: CSVEncoding? = nil) {
        fileName = name
        firstChunk = data
        nextChunk = { nil }
        self.encoding = encoding ?? CSVEncoding.detect(data, complete: true)
    }

    /// Calls `body` with the fields of each record, in order. A file ending with a line
    /// break has no empty record after it; an empty line is a record of one empty field.
    public mutating func forEachRow(_ body: ([String]) throws -> Void) throws {
        var transcoder = CSVTranscoder(encoding: encoding)
        var parser = CSVRecordParser(separator: separator, limits: limits, fileName: fileName)
        var chunk = firstChunk
        firstChunk = nil
        while let current = chunk {
            let following = try nextChunk()
            let utf8 = try transcoder.transcode(current, last: following == nil, fileName: fileName, line: parser.line)
            try parser.feed(utf8, body)
            chunk = following
        }
        try parser.finish(fileName: fileName, body)
    }
}

/// The RFC 4180 state machine over UTF-8 bytes, fed chunk by chunk.
struct CSVRecordParser {
    let separator: UInt8
    private let maxFieldLength: Int
    private let maxFields: Int
    private let fileName: String
    private(set) var line = 1
    private var field: [UInt8] = []
    private var record: [String] = []
    private var inQuotes = false
    private var quoteJustClosed = false
    private var fieldStarted = false
    private var afterCR = false
    private var quoteLine = 1

    init(separator: UInt8, limits: ReadLimits = .default, fileName: String = "CSV") {
        self.separator = separator
        maxFieldLength = limits.maxStringLength
        maxFields = limits.maxCellsPerRow
        self.fileName = fileName
        field.reserveCapacity(256)
    }

    mutating func feed(_ bytes: [UInt8], _ body: ([String]) throws -> Void) throws {
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == 10 { continue } // the LF of a CRLF
            }
            if inQuotes {
                if byte == UInt8(ascii: "\"") { inQuotes = false; quoteJustClosed = true; continue }
                if byte == 10 { line += 1 }
                field.append(byte)
                if field.count > maxFieldLength { try fieldTooLong() }
                continue
            }
            if quoteJustClosed && byte == UInt8(ascii: "\"") {
                // "" inside a quoted field: one literal quote, and the field goes on.
                field.append(byte)
                inQuotes = true
                quoteJustClosed = false
                continue
            }
            quoteJustClosed = false
            switch byte {
            case separator:
                try endField()
            case 13, 10:
                if byte == 13 { afterCR = true }
                try endField()
                try body(record)
                record.removeAll(keepingCapacity: true)
                line += 1
            case UInt8(ascii: "\"") where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            default:
                // Also a quote in the middle of an unquoted field: kept as text, as Excel does.
                field.append(byte)
                fieldStarted = true
                if field.count > maxFieldLength { try fieldTooLong() }
            }
        }
    }

    private func fieldTooLong() throws {
        throw CSVReadError.limitExceeded(
            file: fileName, line: inQuotes ? quoteLine : line,
            limit: "a field longer than \(maxFieldLength) bytes")
    }

    private mutating func endField() throws {
        guard record.count < maxFields else {
            throw CSVReadError.limitExceeded(file: fileName, line: line, limit: "more than \(maxFields) fields in one record")
        }
        record.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
    }

    mutating func finish(fileName: String, _ body: ([String]) throws -> Void) throws {
        if inQuotes { throw CSVReadError.unterminatedQuote(file: fileName, line: quoteLine) }
        if fieldStarted || !record.isEmpty || quoteJustClosed {
            try endField()
            try body(record)
            record.removeAll()
        }
    }
}
