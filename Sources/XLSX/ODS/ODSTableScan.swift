import Foundation

/// Lists the tables of an OpenDocument `content.xml` from its bytes, without an XML parser:
/// what opening an `.ods` needs (table names, and which table styles hide their table) in a
/// fraction of a libxml2 pass, so a workbook's cells are parsed once, when a sheet is read.
///
/// It leans on XML's rule that `<` never appears inside text or attribute values: every `<`
/// outside a comment, CDATA section or processing instruction starts a tag, so the scan jumps
/// from `<` to `<` and reads attributes only of the few tags it needs (`table`, `style`,
/// `table-properties`, matched by local name as ``ODSContentParser`` matches them, so the
/// tables it lists are the tables a sheet read counts). Whatever it does not fully understand
/// (a DTD, an entity other than the five predefined ones and character references, a
/// non-UTF-8 encoding, a document that ends inside a tag or a table, a tag longer than a
/// chunk allows) throws ``Unsure``, and the caller lists the tables with libxml2 instead,
/// which reads or refuses the document exactly as before.
struct ODSTableScan {
    /// The scan cannot vouch for its answer; list the tables with libxml2.
    struct Unsure: Error {}

    private(set) var tables: [ODSContentParser.Table] = []
    private(set) var hiddenTableStyles: Set<String> = []

    private enum State { case markup, comment, cdata, instruction }
    private var state = State.markup
    /// The unfinished end of the previous chunk (part of a tag, or the last bytes before a terminator).
    private var pending: [UInt8] = []
    private var started = false
    private var rootName: [UInt8]?
    private var rootClosed = false
    private var tableDepth = 0
    private var tableStyleName: String?
    /// A tag split across chunks is kept whole; one longer than this is left to libxml2.
    private static let maxPendingTag = 1 << 20

    /// Scans `content.xml` as it inflates from the archive.
    static func scan(_ entry: ZipEntry, in archive: ZipArchive, limits: ReadLimits) throws -> ODSTableScan {
        var scan = ODSTableScan()
        try archive.read(entry, limits: limits) { chunk in try scan.push(chunk) }
        try scan.finish()
        return scan
    }

    /// Scans a whole document held in memory (tests and the fuzz target).
    static func scan(bytes: [UInt8]) throws -> ODSTableScan {
        var scan = ODSTableScan()
        try bytes.withUnsafeBytes { try scan.push($0) }
        try scan.finish()
        return scan
    }

    mutating func push(_ chunk: UnsafeRawBufferPointer) throws {
        guard chunk.count > 0 else { return }
        if !started {
            started = true
            try checkEncoding(chunk)
        }
        if pending.isEmpty {
            try scan(UnsafeBufferPointer(start: chunk.baseAddress?.assumingMemoryBound(to: UInt8.self), count: chunk.count))
        } else {
            var work = pending
            work.append(contentsOf: chunk)
            pending.removeAll(keepingCapacity: true)
            try work.withUnsafeBufferPointer { try scan($0) }
        }
    }

    mutating func finish() throws {
        guard started, state == .markup, pending.allSatisfy(Self.isSpace), rootClosed, tableDepth == 0 else { throw Unsure() }
    }

    /// UTF-8 only (with or without its byte-order mark); a UTF-16 or other declared encoding goes to libxml2.
    private func checkEncoding(_ chunk: UnsafeRawBufferPointer) throws {
        let head = Array(chunk.prefix(256))
        guard let first = head.first, first == UInt8(ascii: "<") || first == 0xEF, !head.contains(0) else { throw Unsure() }
        let text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml"), let declarationEnd = text.range(of: "?>"),
            let encoding = text[..<declarationEnd.lowerBound].range(of: "encoding")
        {
            let value = text[encoding.upperBound..<declarationEnd.lowerBound].lowercased()
            guard value.contains("utf-8") || value.contains("utf8") else { throw Unsure() }
        }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = 0
        while index < count {
            switch state {
            case .comment, .cdata, .instruction:
                let terminator: [UInt8] = state == .comment ? Array("-->".utf8) : state == .cdata ? Array("]]>".utf8) : Array("?>".utf8)
                guard let end = Self.find(terminator, in: bytes, from: index) else {
                    // Keep the bytes a terminator split across chunks could start with.
                    pending = Array(bytes[max(index, count - terminator.count + 1)..<count])
                    return
                }
                index = end + terminator.count
                state = .markup
            case .markup:
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { return }
                let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard let next = try markup(at: open, in: bytes) else {
                    pending = Array(bytes[open..<count])
                    guard pending.count <= Self.maxPendingTag else { throw Unsure() }
                    return
                }
                index = next
            }
        }
    }

    /// Handles the markup starting at `open` (a `<`); returns where scanning goes on, or nil when the chunk ends first.
    private mutating func markup(at open: Int, in bytes: UnsafeBufferPointer<UInt8>) throws -> Int? {
        let count = bytes.count
        guard open + 1 < count else { return nil }
        switch bytes[open + 1] {
        case UInt8(ascii: "!"):
            guard open + 9 <= count else { return nil }
            if bytes[open + 2] == UInt8(ascii: "-"), bytes[open + 3] == UInt8(ascii: "-") {
                state = .comment
                return open + 4
            }
            if bytes[(open + 2)..<(open + 9)].elementsEqual("[CDATA[".utf8) {
                state = .cdata
                return open + 9
            }
            throw Unsure() // a DTD: libxml2 refuses it with the usual message
        case UInt8(ascii: "?"):
            state = .instruction
            return open + 2
        case UInt8(ascii: "/"):
            guard let close = Self.find([UInt8(ascii: ">")], in: bytes, from: open) else { return nil }
            var name = bytes[(open + 2)..<close]
            while let last = name.last, Self.isSpace(last) { name = name.dropLast() }
            if Self.equals(Self.localName(name), "table") { tableDepth -= 1 }
            if let rootName, name.count == rootName.count, tableDepth == 0, name.elementsEqual(rootName) { rootClosed = true }
            return close + 1
        default:
            var nameEnd = open + 1
            while nameEnd < count, !Self.isSpace(bytes[nameEnd]), bytes[nameEnd] != UInt8(ascii: ">"), bytes[nameEnd] != UInt8(ascii: "/") {
                nameEnd += 1
            }
            guard nameEnd < count else { return nil }
            let name = bytes[(open + 1)..<nameEnd]
            guard rootName != nil else {
                // The root element: nothing to read from it but its name.
                guard let close = try Self.attributes(in: bytes, from: nameEnd, { _, _ in }) else { return nil }
                rootName = Array(name)
                return close.end
            }
            let local = Self.localName(name)
            if Self.equals(local, "table") {
                var tableName: String?
                var styleName: String?
                guard
                    let close = try Self.attributes(
                        in: bytes, from: nameEnd,
                        { attribute, value in
                            if Self.equals(attribute, "name") { tableName = value() } else if Self.equals(attribute, "style-name") { styleName = value() }
                        })
                else { return nil }
                if tableDepth == 0 { tables.append(ODSContentParser.Table(name: tableName ?? "Sheet\(tables.count + 1)", styleName: styleName)) }
                if !close.selfClosing { tableDepth += 1 }
                return close.end
            }
            if Self.equals(local, "style") {
                var family: String?
                var styleName: String?
                guard
                    let close = try Self.attributes(
                        in: bytes, from: nameEnd,
                        { attribute, value in
                            if Self.equals(attribute, "family") { family = value() } else if Self.equals(attribute, "name") { styleName = value() }
                        })
                else { return nil }
                tableStyleName = family == "table" ? styleName : nil
                return close.end
            }
            if Self.equals(local, "table-properties") {
                var display: String?
                guard
                    let close = try Self.attributes(
                        in: bytes, from: nameEnd,
                        { attribute, value in
                            if Self.equals(attribute, "display") { display = value() }
                        })
                else { return nil }
                if let tableStyleName, display == "false" { hiddenTableStyles.insert(tableStyleName) }
                return close.end
            }
            // Any other tag: its attribute values hold no `<`, so the next `<` is the next markup.
            return nameEnd
        }
    }

    /// Reads a tag's attributes from `start` to its `>`, giving each one's local name and a way to decode its value.
    /// Returns where the tag ends and whether it closes itself, or nil when the chunk ends first.
    private static func attributes(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        _ body: (ArraySlice<UInt8>, () -> String) throws -> Void
    ) throws -> (end: Int, selfClosing: Bool)? {
        var index = start
        let count = bytes.count
        while true {
            while index < count, isSpace(bytes[index]) { index += 1 }
            guard index < count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: ">"): return (index + 1, false)
            case UInt8(ascii: "/"):
                guard index + 1 < count else { return nil }
                guard bytes[index + 1] == UInt8(ascii: ">") else { throw Unsure() }
                return (index + 2, true)
            default: break
            }
            let nameStart = index
            while index < count, bytes[index] != UInt8(ascii: "="), !isSpace(bytes[index]) { index += 1 }
            let name = Array(bytes[nameStart..<min(index, count)])[...]
            while index < count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "=") { index += 1 }
            guard index < count else { return nil }
            let quote = bytes[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Unsure() }
            guard let end = find([quote], in: bytes, from: index + 1) else { return nil }
            let raw = bytes[(index + 1)..<end]
            var failed = false
            try body(localName(name)) {
                guard let text = decode(raw) else { failed = true; return "" }
                return text
            }
            guard !failed else { throw Unsure() }
            index = end + 1
        }
    }

    /// An attribute value as an XML parser gives it: the predefined entities and character references
    /// replaced, tabs and line breaks normalised to spaces; nil for anything else (a DTD-declared entity).
    static func decode(_ raw: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        guard raw.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            return String(decoding: raw, as: UTF8.self)
        }
        var out: [UInt8] = []
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                out.append(0x20)
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "&") else { out.append(byte); index += 1; continue }
            guard let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else { return nil }
            let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            switch entity {
            case "amp": out.append(UInt8(ascii: "&"))
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let hex = entity.hasPrefix("#x")
                guard entity.hasPrefix("#"), let code = UInt32(entity.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                    code != 0, let scalar = Unicode.Scalar(code)
                else { return nil }
                out.append(contentsOf: String(Character(scalar)).utf8)
            }
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func localName<Bytes: Collection>(_ name: Bytes) -> Bytes.SubSequence where Bytes.Element == UInt8 {
        guard let colon = name.firstIndex(of: UInt8(ascii: ":")) else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// Whether a name is exactly `literal`: the lengths first, so most tags cost one comparison.
    @inline(__always) private static func equals<Bytes: Collection>(_ name: Bytes, _ literal: StaticString) -> Bool where Bytes.Element == UInt8 {
        guard name.count == literal.utf8CodeUnitCount else { return false }
        var index = 0
        for byte in name {
            guard byte == literal.utf8Start[index] else { return false }
            index += 1
        }
        return true
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The first position of `needle` in `bytes` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            guard let found = memchr(base + index, Int32(first), bytes.count - index) else { return nil }
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard at + needle.count <= bytes.count else { return nil }
            if needle.count == 1 || bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
            index = at + 1
        }
        return nil
    }
}
