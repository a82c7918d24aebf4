import Foundation

/// A hand-written, byte-level XML scanner for worksheet parts: it feeds the same
/// ``XMLEventHandler`` events libxml2's SAX2 parser would (local names, attributes as
/// five-pointer slots, decoded text) to ``SheetParser``, at a fraction of the cost.
///
/// It understands the plain XML that spreadsheet producers write: UTF-8, elements with
/// or without namespace prefixes, attributes in either quote, the five predefined entities
/// and character references, CDATA, comments and processing instructions. Anything else
/// — a DTD, another encoding, malformed or unbalanced markup, invalid UTF-8, an unknown
/// entity, nesting beyond the limit — throws ``SheetScannerFallback`` before any event
/// for that markup is sent, and the caller re-reads the sheet with libxml2, which then
/// gives the same values or the same error as it always did. It never guesses.
///
/// Chunks are scanned in place; a token cut by a chunk boundary is carried over and
/// completed by the next chunk. Names and entity text are decoded in the buffer itself
/// (decoding only ever shortens), so no cell allocates.
final class SheetScanner {
    /// The parser the events go to: a worksheet's or the shared-string table's, by their
    /// concrete types (not the protocol), so events are direct calls. Unmanaged: the caller of
    /// `parse` holds it for the whole parse, and an `unowned(unsafe)` reference was still
    /// retained and released around every event.
    private enum Target {
        case sheet(Unmanaged<SheetParser>)
        case strings(Unmanaged<SharedStringsParser>)
    }
    private let handler: Target
    private let maxDepth: Int
    /// Held bytes: the carry-over of the previous chunk followed by the current chunk.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Attribute slots as libxml2 passes them: local name, prefix, URI, value start, value end.
    private var slots: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    private var slotCapacity: Int
    /// Per attribute of the tag being read: name start, name end, colon (or -1), value start, value end.
    private var nameBounds: UnsafeMutablePointer<Int>
    /// ``nameClasses``, held by the instance so the hot loop reads it without a lazy-global check.
    private let nameTable: UnsafeMutablePointer<UInt8>
    /// Qualified names of the open elements, concatenated, and where each starts.
    private var openNames: UnsafeMutablePointer<UInt8>
    private var openNamesCount = 0
    private var openNamesCapacity: Int
    private var openStarts: UnsafeMutablePointer<Int>
    private var openStartsCapacity = 32
    private var openDepth = 0
    /// Namespace prefixes declared on open elements, with the depth that declared them.
    private var declaredPrefixes: [(prefix: [UInt8], depth: Int)] = [] {
        didSet { hasDeclaredPrefixes = !declaredPrefixes.isEmpty }
    }
    /// Whether ``declaredPrefixes`` holds any: a plain flag, tested on every end tag where
    /// reading the array itself cost a run-time exclusivity check.
    private var hasDeclaredPrefixes = false
    private var beganDocument = false
    private var sawRoot = false
    /// The longest token carried over a chunk boundary before handing the sheet to libxml2.
    static let maxCarry = 1 << 20

    private init(handler: Target, maxDepth: Int) {
        self.handler = handler
        self.maxDepth = maxDepth
        capacity = ZipArchive.chunkSize * 2
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        slotCapacity = 16
        slots = UnsafeMutablePointer<UnsafePointer<UInt8>?>.allocate(capacity: slotCapacity * 5)
        nameBounds = UnsafeMutablePointer<Int>.allocate(capacity: slotCapacity * 5)
        nameTable = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        nameTable.initialize(from: Self.nameClasses, count: 256)
        openNamesCapacity = 256
        openNames = UnsafeMutablePointer<UInt8>.allocate(capacity: openNamesCapacity)
        openStarts = UnsafeMutablePointer<Int>.allocate(capacity: openStartsCapacity)
    }

    deinit {
        buffer.deallocate()
        slots.deallocate()
        nameBounds.deallocate()
        nameTable.deallocate()
        openNames.deallocate()
        openStarts.deallocate()
    }

    /// Scans an archive entry, streaming its events to `handler`.
    /// A sheet this large (inflated) on a machine with two cores or more is inflated on a second
    /// thread while this one scans (``ChunkPipeline``); smaller ones are not worth a thread.
    static let pipelineThreshold = 4 << 20

    /// Whether sheets are inflated on a second thread: more than one core, and
    /// `PLANSHEET_READ_THREADS` not set to 1 (to compare the two, as the benchmarks do).
    static let pipelines =
        ProcessInfo.processInfo.activeProcessorCount > 1
        && ProcessInfo.processInfo.environment["PLANSHEET_READ_THREADS"] != "1"

    static func parse(_ entry: ZipEntry, in archive: ZipArchive, limits: ReadLimits, handler: SheetParser) throws {
        try parse(entry, in: archive, limits: limits, target: .sheet(Unmanaged.passUnretained(handler)))
    }

    /// Scans the shared-string part (plain SpreadsheetML like a sheet), streaming its events to `handler`.
    static func parse(_ entry: ZipEntry, in archive: ZipArchive, limits: ReadLimits, handler: SharedStringsParser) throws {
        try parse(entry, in: archive, limits: limits, target: .strings(Unmanaged.passUnretained(handler)))
    }

    private static func parse(_ entry: ZipEntry, in archive: ZipArchive, limits: ReadLimits, target: Target) throws {
        let scanner = SheetScanner(handler: target, maxDepth: limits.maxNestingDepth)
        if pipelines && entry.uncompressedSize >= pipelineThreshold {
            try ChunkPipeline.run(
                produce: { emit in try archive.read(entry, limits: limits, emit) },
                consume: { chunk in try scanner.push(chunk) })
        } else {
            try archive.read(entry, limits: limits) { chunk in try scanner.push(chunk) }
        }
        try scanner.finish()
    }

    /// Scans bytes in memory, cut into chunks of `chunkSize` (tests cut them small to split every token).
    static func parse(
        bytes: [UInt8], chunkSize: Int = ZipArchive.chunkSize, limits: ReadLimits = .default,
        handler: SheetParser
    ) throws {
        let scanner = SheetScanner(handler: .sheet(Unmanaged.passUnretained(handler)), maxDepth: limits.maxNestingDepth)
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let end = min(offset + max(chunkSize, 1), raw.count)
                try scanner.push(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                offset = end
            }
        }
        try scanner.finish()
    }

    // Events go to the parser through a +0 reference: no retain and release per event.

    @inline(__always) private func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        switch handler {
        case .sheet(let parser): try parser._withUnsafeGuaranteedRef { try $0.startElement(name, attributes: attributes) }
        case .strings(let parser): try parser._withUnsafeGuaranteedRef { try $0.startElement(name, attributes: attributes) }
        }
    }

    @inline(__always) private func endElement(_ name: XMLName) throws {
        switch handler {
        case .sheet(let parser): try parser._withUnsafeGuaranteedRef { try $0.endElement(name) }
        case .strings(let parser): try parser._withUnsafeGuaranteedRef { try $0.endElement(name) }
        }
    }

    @inline(__always) private func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        switch handler {
        case .sheet(let parser): try parser._withUnsafeGuaranteedRef { try $0.characters(bytes) }
        case .strings(let parser): try parser._withUnsafeGuaranteedRef { try $0.characters(bytes) }
        }
    }

    private func push(_ chunk: UnsafeRawBufferPointer) throws {
        guard let source = chunk.baseAddress, chunk.count > 0 else { return }
        if count + chunk.count > capacity {
            let newCapacity = max(capacity * 2, count + chunk.count)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        (buffer + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: chunk.count)
        count += chunk.count
        let consumed = try scan(final: false)
        let left = count - consumed
        if left > 0 && consumed > 0 { buffer.update(from: buffer + consumed, count: left) }
        count = left
        if left > Self.maxCarry { throw SheetScannerFallback(reason: "a token longer than \(Self.maxCarry) bytes") }
    }

    private func finish() throws {
        let consumed = try scan(final: true)
        guard consumed == count else { throw SheetScannerFallback(reason: "the part ends inside markup") }
        guard sawRoot, openDepth == 0 else { throw SheetScannerFallback(reason: "unbalanced or missing root element") }
    }

    // MARK: - The scan loop

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let slash = UInt8(ascii: "/")
    private static let bang = UInt8(ascii: "!")
    private static let question = UInt8(ascii: "?")
    private static let ampersand = UInt8(ascii: "&")

    /// Scans what is held; returns how many bytes were consumed (the rest waits for more input).
    private func scan(final: Bool) throws -> Int {
        var position = 0
        if !beganDocument {
            guard let start = try documentStart(final: final) else { return 0 }
            position = start
            beganDocument = true
        }
        while position < count {
            if buffer[position] == Self.lessThan {
                guard position + 1 < count else { break }
                let next = buffer[position + 1]
                let end: Int?
                if next == Self.slash {
                    end = try endTag(at: position)
                } else if next == Self.bang {
                    end = try markupDeclaration(at: position, final: final)
                } else if next == Self.question {
                    end = try processingInstruction(at: position)
                } else {
                    end = try startTag(at: position)
                }
                guard let end else { break }
                position = end
            } else {
                position = try text(from: position, final: final)
                if position < count && buffer[position] != Self.lessThan { break }
            }
        }
        return position
    }

    /// Skips a UTF-8 byte order mark and checks the XML declaration; nil when more bytes are needed.
    private func documentStart(final: Bool) throws -> Int? {
        var position = 0
        if count >= 1 && buffer[0] == 0xEF {
            guard count >= 3 || final else { return nil }
            guard count >= 3, buffer[1] == 0xBB, buffer[2] == 0xBF else { throw SheetScannerFallback(reason: "not UTF-8") }
            position = 3
        }
        guard count - position >= 6 || final else { return nil }
        guard position < count, buffer[position] == Self.lessThan else {
            throw SheetScannerFallback(reason: "the part does not start with markup")
        }
        guard matches(at: position, "<?xml") else { return position }
        guard let close = find(Self.question, Self.greaterThan, from: position + 5) else {
            if final { throw SheetScannerFallback(reason: "unterminated XML declaration") }
            return nil
        }
        let declaration = UnsafeBufferPointer(start: buffer + position, count: close - position)
        // A declaration libxml2 would reject must not be read leniently here: hand it back.
        guard Self.isWellFormedDeclaration(Array(declaration.dropFirst(5))) else {
            throw SheetScannerFallback(reason: "an XML declaration that is not version, encoding, standalone")
        }
        let lowered = declaration.map { $0 | 0x20 }
        // Only UTF-8 (stated or implied) is scanned; any other encoding is libxml2's to convert.
        if let found = Self.range(of: Array("encoding".utf8), in: lowered) {
            let rest = lowered[found.upperBound...].filter { $0 != UInt8(ascii: " ") | 0x20 && $0 != UInt8(ascii: "=") | 0x20 }
            let utf8 = Array("\"utf-8".utf8).map { $0 | 0x20 }
            let utf8Single = Array("'utf-8".utf8).map { $0 | 0x20 }
            guard rest.starts(with: utf8) || rest.starts(with: utf8Single) else {
                throw SheetScannerFallback(reason: "an encoding other than UTF-8")
            }
        }
        return close + 2
    }

    /// Whether the pseudo-attributes of an XML declaration (the bytes between `<?xml` and
    /// `?>`) are exactly XML 1.0's: `version`, then optionally `encoding`, then optionally
    /// `standalone` (`yes` or `no`), each after white space, quoted with `"` or `'`.
    static func isWellFormedDeclaration(_ bytes: [UInt8]) -> Bool {
        func isLatinLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var index = 0
        func skipSpace() -> Bool {
            let start = index
            while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
            return index > start
        }
        func pseudoAttribute(_ name: String) -> [UInt8]? {
            let saved = index
            let nameBytes = Array(name.utf8)
            guard bytes.count - index >= nameBytes.count,
                bytes[index..<(index + nameBytes.count)].elementsEqual(nameBytes)
            else { return nil }
            index += nameBytes.count
            _ = skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { index = saved; return nil }
            index += 1
            _ = skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                index = saved
                return nil
            }
            let quote = bytes[index]
            index += 1
            let valueStart = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
            guard index < bytes.count else { index = saved; return nil }
            let value = Array(bytes[valueStart..<index])
            index += 1
            return value
        }
        guard skipSpace(), let version = pseudoAttribute("version"),
            version.count >= 3, version.starts(with: Array("1.".utf8)),
            version.dropFirst(2).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return false }
        var spaced = skipSpace()
        if spaced, let encoding = pseudoAttribute("encoding") {
            // EncName: a Latin letter, then letters, digits, '.', '_' or '-' (XML 1.0 §4.3.3).
            guard let first = encoding.first, isLatinLetter(first),
                encoding.dropFirst().allSatisfy({
                    isLatinLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                        || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
                })
            else { return false }
            spaced = skipSpace()
        }
        if spaced, let standalone = pseudoAttribute("standalone") {
            guard standalone == Array("yes".utf8) || standalone == Array("no".utf8) else { return false }
            _ = skipSpace()
        }
        return index == bytes.count
    }

    private static func range(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }

    @inline(__always) private func matches(at position: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard position + length <= count else { return false }
        return memcmp(buffer + position, literal.utf8Start, length) == 0
    }

    /// The position of the first `first` followed by `second` at or after `from`, or nil.
    private func find(_ first: UInt8, _ second: UInt8, from: Int) -> Int? {
        var position = from
        while position + 1 < count {
            guard let hit = memchr(buffer + position, Int32(first), count - position - 1) else { return nil }
            let index = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if buffer[index + 1] == second { return index }
            position = index + 1
        }
        return nil
    }

    // MARK: - Text

    /// Sends the text from `start` up to the next `<` (or up to a safe cut when the chunk
    /// ends first); returns where it stopped.
    private func text(from start: Int, final: Bool) throws -> Int {
        var end: Int
        if let hit = memchr(buffer + start, Int32(Self.lessThan), count - start) {
            end = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        } else {
            end = count
            if !final { end = safeTextCut(from: start) }
        }
        guard end > start else { return start }
        if openDepth == 0 {
            // Outside the root element only whitespace may stand; libxml2 reports none of it.
            for index in start..<end where !Self.isWhitespace(buffer[index]) {
                throw SheetScannerFallback(reason: "text outside the root element")
            }
            return end
        }
        let decodedEnd = try decode(from: start, to: end, attribute: false)
        if decodedEnd > start {
            try characters(UnsafeBufferPointer(start: buffer + start, count: decodedEnd - start))
        }
        return end
    }

    /// Where text cut by the chunk end can be split: before an unfinished entity reference,
    /// a UTF-8 sequence, a carriage return (it may pair with a line feed) or `]` (it may start `]]>`).
    private func safeTextCut(from start: Int) -> Int {
        var end = count
        var look = count - 1
        let floor = max(start, count - 12)
        while look >= floor {
            let byte = buffer[look]
            if byte == Self.ampersand { end = look; break }
            if byte == UInt8(ascii: ";") { break }
            look -= 1
        }
        var lead = end - 1
        while lead >= start && lead > end - 4 && buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
        if lead >= start && buffer[lead] >= 0xC0 {
            let needed = buffer[lead] >= 0xF0 ? 4 : buffer[lead] >= 0xE0 ? 3 : 2
            if end - lead < needed { end = lead }
        }
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        while end > start && buffer[end - 1] == UInt8(ascii: "]") { end -= 1 }
        return end
    }

    @inline(__always) private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Validates text or an attribute value and decodes it in place (entity and character
    /// references, line ends; in attributes, whitespace to spaces); returns the new end.
    private func decode(from start: Int, to end: Int, attribute: Bool) throws -> Int {
        // Most text is printable ASCII with nothing to decode: check it without rewriting.
        var read = start
        while read < end {
            let byte = buffer[read]
            guard byte >= 0x20 && byte < 0x80 && byte != Self.ampersand && byte != Self.greaterThan && byte != Self.lessThan else { break }
            read += 1
        }
        if read == end { return end }
        var write = read
        while read < end {
            let byte = buffer[read]
            if byte >= 0x20 && byte < 0x80 && byte != Self.ampersand && byte != Self.greaterThan && byte != Self.lessThan {
                buffer[write] = byte
                read += 1
                write += 1
                continue
            }
            switch byte {
            case Self.ampersand:
                let (scalar, length) = try reference(at: read, end: end)
                write += Self.encode(scalar, into: buffer + write)
                read += length
            case Self.greaterThan:
                // "]]>" may not stand in text.
                if !attribute && read - start >= 2 && buffer[read - 1] == UInt8(ascii: "]") && buffer[read - 2] == UInt8(ascii: "]") {
                    throw SheetScannerFallback(reason: "]]> in text")
                }
                buffer[write] = byte
                read += 1
                write += 1
            case Self.lessThan:
                throw SheetScannerFallback(reason: "< in an attribute value")
            case 0x0D:
                let pairs = read + 1 < end && buffer[read + 1] == 0x0A
                buffer[write] = attribute ? 0x20 : 0x0A
                read += pairs ? 2 : 1
                write += 1
            case 0x09, 0x0A:
                buffer[write] = attribute ? 0x20 : byte
                read += 1
                write += 1
            default:
                guard byte >= 0x80 else { throw SheetScannerFallback(reason: "a control character") }
                let length = try utf8Length(at: read, end: end)
                if write != read { (buffer + write).update(from: buffer + read, count: length) }
                read += length
                write += length
            }
        }
        return write
    }

    /// The length of the valid UTF-8 sequence of an XML character at `position`.
    private func utf8Length(at position: Int, end: Int) throws -> Int {
        let lead = buffer[position]
        let length: Int
        var scalar: UInt32
        if lead >= 0xC2 && lead <= 0xDF {
            length = 2; scalar = UInt32(lead & 0x1F)
        } else if lead >= 0xE0 && lead <= 0xEF {
            length = 3; scalar = UInt32(lead & 0x0F)
        } else if lead >= 0xF0 && lead <= 0xF4 {
            length = 4; scalar = UInt32(lead & 0x07)
        } else {
            throw SheetScannerFallback(reason: "invalid UTF-8")
        }
        guard position + length <= end else { throw SheetScannerFallback(reason: "invalid UTF-8") }
        for index in 1..<length {
            let continuation = buffer[position + index]
            guard continuation & 0xC0 == 0x80 else { throw SheetScannerFallback(reason: "invalid UTF-8") }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard scalar >= minimum, Self.isXMLCharacter(scalar) else { throw SheetScannerFallback(reason: "invalid UTF-8") }
        return length
    }

    /// XML 1.0's Char production.
    @inline(__always) private static func isXMLCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The character an entity or character reference at `position` stands for, and the reference's length.
    private func reference(at position: Int, end: Int) throws -> (UInt32, Int) {
        var semicolon = position + 1
        while semicolon < end && semicolon - position <= 12 && buffer[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < end, buffer[semicolon] == UInt8(ascii: ";") else {
            throw SheetScannerFallback(reason: "an unterminated reference")
        }
        let name = UnsafeBufferPointer(start: buffer + position + 1, count: semicolon - position - 1)
        let length = semicolon - position + 1
        if name.elementsEqual("amp".utf8) { return (0x26, length) }
        if name.elementsEqual("lt".utf8) { return (0x3C, length) }
        if name.elementsEqual("gt".utf8) { return (0x3E, length) }
        if name.elementsEqual("quot".utf8) { return (0x22, length) }
        if name.elementsEqual("apos".utf8) { return (0x27, length) }
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { throw SheetScannerFallback(reason: "an unknown entity") }
        var value: UInt32 = 0
        let hex = name[1] == UInt8(ascii: "x")
        let digits = name.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty, digits.count <= 8 else { throw SheetScannerFallback(reason: "a bad character reference") }
        for digit in digits {
            let nibble: UInt32
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = UInt32(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: nibble = UInt32(digit - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: nibble = UInt32(digit - UInt8(ascii: "A") + 10)
            default: throw SheetScannerFallback(reason: "a bad character reference")
            }
            value = value * (hex ? 16 : 10) + nibble
        }
        guard Self.isXMLCharacter(value) else { throw SheetScannerFallback(reason: "a reference to a non-character") }
        return (value, length)
    }

    /// Writes a scalar as UTF-8; returns the byte count.
    @inline(__always) private static func encode(_ scalar: UInt32, into target: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case 0..<0x80:
            target[0] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            target[0] = UInt8(0xC0 | scalar >> 6)
            target[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case 0x800..<0x10000:
            target[0] = UInt8(0xE0 | scalar >> 12)
            target[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            target[0] = UInt8(0xF0 | scalar >> 18)
            target[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            target[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }

    // MARK: - Markup

    /// `<!-- -->` is skipped and `<![CDATA[ ]]>` sent as text; any other `<!` (a DOCTYPE) goes to libxml2.
    private func markupDeclaration(at position: Int, final: Bool) throws -> Int? {
        if matches(at: position, "<!--") {
            guard let close = find(UInt8(ascii: "-"), UInt8(ascii: "-"), from: position + 4) else { return nil }
            guard close + 2 < count else { return nil }
            guard buffer[close + 2] == Self.greaterThan else { throw SheetScannerFallback(reason: "-- inside a comment") }
            _ = try decodeCDATA(from: position + 4, to: close)
            return close + 3
        }
        if matches(at: position, "<![CDATA[") {
            guard openDepth > 0 else { throw SheetScannerFallback(reason: "CDATA outside the root element") }
            var search = position + 9
            while true {
                guard let close = find(UInt8(ascii: "]"), UInt8(ascii: "]"), from: search) else { return nil }
                guard close + 2 < count else { return nil }
                if buffer[close + 2] == Self.greaterThan {
                    let start = position + 9
                    // Validate and normalise line ends only: CDATA has no references, and its `&` is literal.
                    let end = try decodeCDATA(from: start, to: close)
                    if end > start { try characters(UnsafeBufferPointer(start: buffer + start, count: end - start)) }
                    return close + 3
                }
                search = close + 1
            }
        }
        if count - position < 9 && !final { return nil }
        throw SheetScannerFallback(reason: "a document type or other declaration")
    }

    private func decodeCDATA(from start: Int, to end: Int) throws -> Int {
        var read = start
        var write = start
        while read < end {
            let byte = buffer[read]
            if byte >= 0x20 && byte < 0x80 {
                buffer[write] = byte
                read += 1
                write += 1
            } else if byte == 0x0D {
                buffer[write] = 0x0A
                read += read + 1 < end && buffer[read + 1] == 0x0A ? 2 : 1
                write += 1
            } else if byte == 0x09 || byte == 0x0A {
                buffer[write] = byte
                read += 1
                write += 1
            } else if byte >= 0x80 {
                let length = try utf8Length(at: read, end: end)
                if write != read { (buffer + write).update(from: buffer + read, count: length) }
                read += length
                write += length
            } else {
                throw SheetScannerFallback(reason: "a control character")
            }
        }
        return write
    }

    /// Processing instructions carry nothing a sheet needs; a late `<?xml` goes to libxml2.
    private func processingInstruction(at position: Int) throws -> Int? {
        guard let close = find(Self.question, Self.greaterThan, from: position + 2) else { return nil }
        guard close > position + 2, nameTable[Int(buffer[position + 2])] == 1 else {
            throw SheetScannerFallback(reason: "a processing instruction without a target")
        }
        // The target is an ASCII name (no `:`) ended by white space or `?>`; anything else is libxml2's to reject.
        var targetEnd = position + 3
        while targetEnd < close, nameTable[Int(buffer[targetEnd])] == 1 || nameTable[Int(buffer[targetEnd])] == 2 { targetEnd += 1 }
        guard targetEnd == close || Self.isWhitespace(buffer[targetEnd]) else {
            throw SheetScannerFallback(reason: "a processing instruction target that is not a name")
        }
        let target = UnsafeBufferPointer(start: buffer + position + 2, count: targetEnd - position - 2)
        if target.count == 3 && target.map({ $0 | 0x20 }).elementsEqual("xml".utf8) {
            throw SheetScannerFallback(reason: "an XML declaration after the start")
        }
        _ = try decodeCDATA(from: position + 2, to: close)
        return close + 2
    }

    /// Byte classes for names: 1 = may start a name, 2 = may only continue one, 3 = `:`.
    private static let nameClasses: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return 1
        case 0x30...0x39, 0x2D, 0x2E: return 2
        case 0x3A: return 3
        default: return 0
        }
    }

    /// The end of a name at `start` (ASCII name characters, at most one `:` inside), or
    /// `limit` when the held bytes end inside it. Non-ASCII names are valid XML but never
    /// SpreadsheetML: libxml2 takes them.
    @inline(__always) private func scanName(from start: Int, limit: Int, colon: inout Int) throws -> Int {
        var position = start
        colon = -1
        while position < limit {
            let kind = nameTable[Int(buffer[position])]
            if kind == 0 { break }
            if kind == 3 {
                guard colon < 0 else { throw SheetScannerFallback(reason: "a bad name") }
                colon = position
            }
            position += 1
        }
        if position == limit { return limit }
        // A name starts with a letter or `_`, and so does the local part after a prefix.
        guard position > start, nameTable[Int(buffer[start])] == 1,
            colon < 0 || (colon > start && colon + 1 < position && nameTable[Int(buffer[colon + 1])] == 1)
        else { throw SheetScannerFallback(reason: "a bad name") }
        return position
    }

    private func endTag(at position: Int) throws -> Int? {
        guard let hit = memchr(buffer + position + 2, Int32(Self.greaterThan), count - position - 2) else { return nil }
        let close = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        var colon = -1
        let end = try scanName(from: position + 2, limit: close, colon: &colon)
        guard end > position + 2 else { throw SheetScannerFallback(reason: "a malformed end tag") }
        var index = end
        while index < close {
            guard Self.isWhitespace(buffer[index]) else { throw SheetScannerFallback(reason: "a malformed end tag") }
            index += 1
        }
        guard openDepth > 0 else { throw SheetScannerFallback(reason: "an end tag with no open element") }
        let openStart = openStarts[openDepth - 1]
        let length = end - position - 2
        guard openNamesCount - openStart == length, memcmp(openNames + openStart, buffer + position + 2, length) == 0 else {
            throw SheetScannerFallback(reason: "mismatched end tag")
        }
        openNamesCount = openStart
        openDepth -= 1
        if hasDeclaredPrefixes {
            while let last = declaredPrefixes.last, last.depth > openDepth { declaredPrefixes.removeLast() }
        }
        buffer[end] = 0
        try endElement(XMLName(pointer: UnsafePointer(buffer + (colon >= 0 ? colon + 1 : position + 2))))
        return close + 1
    }

    private func startTag(at position: Int) throws -> Int? {
        let limit = count
        var elementColon = -1
        let nameEnd = try scanName(from: position + 1, limit: limit, colon: &elementColon)
        guard nameEnd < limit else { return nil }
        // First pass: find every attribute and the tag's end without changing a byte, so a
        // tag cut by the chunk end is read again whole from the next chunk.
        var index = nameEnd
        var found = 0
        var selfClosing = false
        var close = 0
        while true {
            let before = index
            while index < limit && Self.isWhitespace(buffer[index]) { index += 1 }
            guard index < limit else { return nil }
            let byte = buffer[index]
            if byte == Self.greaterThan { close = index; break }
            if byte == Self.slash {
                guard index + 1 < limit else { return nil }
                guard buffer[index + 1] == Self.greaterThan else { throw SheetScannerFallback(reason: "a malformed start tag") }
                selfClosing = true
                close = index + 1
                break
            }
            guard index > before else { throw SheetScannerFallback(reason: "attributes not separated by whitespace") }
            let nameStart = index
            var colon = -1
            let attributeEnd = try scanName(from: nameStart, limit: limit, colon: &colon)
            guard attributeEnd < limit else { return nil }
            index = attributeEnd
            while index < limit && Self.isWhitespace(buffer[index]) { index += 1 }
            guard index < limit else { return nil }
            guard buffer[index] == UInt8(ascii: "=") else { throw SheetScannerFallback(reason: "an attribute without a value") }
            index += 1
            while index < limit && Self.isWhitespace(buffer[index]) { index += 1 }
            guard index < limit else { return nil }
            let quote = buffer[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw SheetScannerFallback(reason: "an unquoted attribute value")
            }
            let valueStart = index + 1
            guard valueStart < limit, let hit = memchr(buffer + valueStart, Int32(quote), limit - valueStart) else { return nil }
            let valueEnd = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if found == slotCapacity { growSlots() }
            let bounds = nameBounds + found * 5
            bounds[0] = nameStart
            bounds[1] = attributeEnd
            bounds[2] = colon
            bounds[3] = valueStart
            bounds[4] = valueEnd
            found += 1
            index = valueEnd + 1
        }
        guard !(sawRoot && openDepth == 0) else { throw SheetScannerFallback(reason: "a second root element") }
        guard openDepth < maxDepth else { throw SheetScannerFallback(reason: "nesting beyond the limit") }
        try checkDistinct(found)
        let depth = openDepth + 1
        // Second pass: namespace declarations, then values decoded in place and the slots.
        var attributeCount = 0
        for attribute in 0..<found {
            let bounds = nameBounds + attribute * 5
            let nameStart = bounds[0]
            let colon = bounds[2]
            // Every value is checked, namespace URIs too: `<` or a bad reference there is libxml2's to reject.
            let decodedEnd = try decode(from: bounds[3], to: bounds[4], attribute: true)
            if buffer[nameStart] == UInt8(ascii: "x") && isNamespaceDeclaration(nameStart: nameStart, nameEnd: bounds[1], colon: colon) {
                if colon >= 0 {
                    declaredPrefixes.append((Array(UnsafeBufferPointer(start: buffer + colon + 1, count: bounds[1] - colon - 1)), depth))
                }
                continue
            }
            let slot = slots + attributeCount * 5
            slot[0] = UnsafePointer(buffer + (colon >= 0 ? colon + 1 : nameStart))
            slot[1] = nil
            slot[2] = nil
            slot[3] = UnsafePointer(buffer + bounds[3])
            slot[4] = UnsafePointer(buffer + decodedEnd)
            attributeCount += 1
        }
        // Prefixes are checked once the whole tag is read: it may declare them after using them.
        for attribute in 0..<found where nameBounds[attribute * 5 + 2] >= 0 {
            let bounds = nameBounds + attribute * 5
            let prefixLength = bounds[2] - bounds[0]
            let prefix = UnsafeBufferPointer(start: buffer + bounds[0], count: prefixLength)
            let reserved =
                (prefixLength == 5 && memcmp(buffer + bounds[0], "xmlns", 5) == 0)
                || (prefixLength == 3 && memcmp(buffer + bounds[0], "xml", 3) == 0)
            guard reserved || isDeclared(prefix) else { throw SheetScannerFallback(reason: "an undeclared attribute prefix") }
        }
        if elementColon >= 0 {
            guard isDeclared(UnsafeBufferPointer(start: buffer + position + 1, count: elementColon - position - 1)) else {
                throw SheetScannerFallback(reason: "an undeclared element prefix")
            }
        }
        // Names end in whitespace, `=`, `/` or `>`: all read now, so they become NULs.
        for attribute in 0..<found { buffer[nameBounds[attribute * 5 + 1]] = 0 }
        let localName = XMLName(pointer: UnsafePointer(buffer + (elementColon >= 0 ? elementColon + 1 : position + 1)))
        if !selfClosing { pushOpenName(from: position + 1, to: nameEnd) }
        buffer[nameEnd] = 0
        sawRoot = true
        try startElement(localName, attributes: XMLAttributes(base: slots, count: attributeCount))
        if selfClosing {
            if hasDeclaredPrefixes {
                while let last = declaredPrefixes.last, last.depth >= depth { declaredPrefixes.removeLast() }
            }
            try endElement(localName)
        }
        return close + 1
    }

    /// Whether an attribute is `xmlns` or `xmlns:prefix` (libxml2 reports those as namespaces, not attributes).
    @inline(__always) private func isNamespaceDeclaration(nameStart: Int, nameEnd: Int, colon: Int) -> Bool {
        let prefixEnd = colon >= 0 ? colon : nameEnd
        return prefixEnd - nameStart == 5 && memcmp(buffer + nameStart, "xmlns", 5) == 0
    }

    private func pushOpenName(from start: Int, to end: Int) {
        let length = end - start
        if openNamesCount + length > openNamesCapacity {
            let newCapacity = (openNamesCount + length) * 2
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: openNames, count: openNamesCount)
            openNames.deallocate()
            openNames = grown
            openNamesCapacity = newCapacity
        }
        (openNames + openNamesCount).update(from: buffer + start, count: length)
        if openDepth == openStartsCapacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: openStartsCapacity * 2)
            grown.update(from: openStarts, count: openDepth)
            openStarts.deallocate()
            openStarts = grown
            openStartsCapacity *= 2
        }
        openStarts[openDepth] = openNamesCount
        openNamesCount += length
        openDepth += 1
    }

    /// Whether a prefix is bound on an open element (or on the element being read).
    private func isDeclared(_ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        for declared in declaredPrefixes.reversed() where declared.prefix.count == prefix.count {
            if declared.prefix.withUnsafeBufferPointer({ $0.elementsEqual(prefix) }) { return true }
        }
        return false
    }

    /// Throws when two attributes of a tag share a qualified name (libxml2 rejects the tag).
    private func checkDistinct(_ attributeCount: Int) throws {
        guard attributeCount > 1 else { return }
        for first in 0..<(attributeCount - 1) {
            let firstStart = nameBounds[first * 5]
            let firstLength = nameBounds[first * 5 + 1] - firstStart
            for second in (first + 1)..<attributeCount {
                let secondStart = nameBounds[second * 5]
                guard firstLength == nameBounds[second * 5 + 1] - secondStart else { continue }
                var same = true
                for offset in 0..<firstLength where buffer[firstStart + offset] != buffer[secondStart + offset] {
                    same = false
                    break
                }
                if same {
                    throw SheetScannerFallback(reason: "a repeated attribute")
                }
            }
        }
    }

    private func growSlots() {
        let grown = UnsafeMutablePointer<UnsafePointer<UInt8>?>.allocate(capacity: slotCapacity * 10)
        grown.update(from: slots, count: slotCapacity * 5)
        slots.deallocate()
        slots = grown
        let grownBounds = UnsafeMutablePointer<Int>.allocate(capacity: slotCapacity * 10)
        grownBounds.update(from: nameBounds, count: slotCapacity * 5)
        nameBounds.deallocate()
        nameBounds = grownBounds
        slotCapacity *= 2
    }
}

/// The scanner met input it does not handle; the sheet is re-read with libxml2.
struct SheetScannerFallback: Error {
    /// What the scanner did not handle (for tests and diagnostics).
    let reason: String
}
