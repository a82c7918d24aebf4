import Foundation

/// The workbook's shared-string table (sharedStrings.xml), written while the sheets stream.
///
/// Each new string is appended, escaped and deflated, to a spool file at once, so the
/// table's text never sits in memory. Only a dictionary for reuse is kept, and it is
/// bounded: when it has spent its memory budget it is cleared and starts over. Repeated
/// strings (status words, department names) are re-learnt at once; a table of millions
/// of distinct strings costs the same memory as one of thousands.
final class SharedStringTable {
    private let spool: ZipWriterSpool
    private let xml = XMLByteBuffer(capacity: 1 << 16)
    private var indices: [ByteKey: Int] = [:]
    private var rememberedBytes = 0
    private let memoryBudget: Int
    /// Strings in the table, counting any stored twice after the dictionary was cleared.
    private(set) var uniqueCount = 0
    /// Cells that refer to the table.
    private(set) var referenceCount = 0

    init(options: WorkbookWriterOptions) throws {
        spool = try ZipWriterSpool(directory: options.temporaryDirectory, level: options.compressionLevel)
        memoryBudget = max(options.sharedStringMemoryBudget, 1 << 16)
    }

    /// The table index of `text`, adding it when it is new.
    func index(of text: String) throws -> Int {
        referenceCount += 1
        let key = ByteKey(text: text)
        if let known = indices[key] { return known }
        let index = uniqueCount
        uniqueCount += 1
        // A rough cost: the string's bytes when stored out of line, plus the dictionary slot.
        let cost = (text.utf8.count > 15 ? text.utf8.count + 32 : 0) + 48
        if rememberedBytes + cost > memoryBudget {
            indices.removeAll(keepingCapacity: true)
            rememberedBytes = 0
        }
        indices[key] = index
        rememberedBytes += cost
        xml.append("<si>")
        SheetWriter.appendTextElement(text, to: xml)
        xml.append("</si>")
        if xml.count >= 1 << 16 { try flushXML() }
        return index
    }

    private func flushXML() throws {
        try spool.write(xml.bytes)
        xml.removeAll()
    }

    /// Adds the table to the archive as xl/sharedStrings.xml.
    func write(to zip: ZipWriter) throws {
        xml.append("</sst>")
        try flushXML()
        let head = XMLByteBuffer(capacity: 256)
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        head.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        head.appendDecimal(referenceCount)
        head.append("\" uniqueCount=\"")
        head.appendDecimal(uniqueCount)
        head.append("\">")
        try zip.addEntry(named: "xl/sharedStrings.xml", prefix: Array(head.bytes), spool: spool)
    }
}

/// A string compared and hashed by its UTF-8 bytes.
///
/// Swift's own `String` hashing normalizes non-ASCII text to NFC first, which made
/// hashing Japanese strings a tenth of the writer's time. Excel does not normalize
/// either: two strings with different bytes are two entries in its table.
struct ByteKey: Hashable {
    var text: String

    func hash(into hasher: inout Hasher) {
        // Native strings are contiguous UTF-8 already; only a bridged one needs a copy.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            var copy = text
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in
                guard a.count == b.count else { return false }
                guard let first = a.baseAddress, let second = b.baseAddress else { return true }
                return memcmp(first, second, a.count) == 0
            }
        }
    }
}
