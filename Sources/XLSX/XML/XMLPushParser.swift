import CLibXML2
import Foundation

/// Parses one archive part with libxml2's SAX2 push parser, fed chunk by chunk as the
/// entry inflates, so no part is ever held whole in memory and no DOM is built.
///
/// Untrusted input is parsed with network access off and without entity substitution;
/// a document type declaration stops the parse with an error, so billion-laughs and
/// external-entity attacks never expand anything.
final class XMLPushParser {
    /// Unowned: the caller of `parse` holds the handler for the whole parse, and callbacks
    /// then skip a retain/release pair per XML event.
    private unowned(unsafe) let handler: XMLEventHandler
    private var context: xmlParserCtxtPtr?
    /// The first error a handler threw, or the DTD refusal; reported after the chunk returns.
    private var failure: Error?
    private let fileName: String
    private let partName: String
    /// Elements open now, checked against ``ReadLimits/maxNestingDepth``.
    private var depth = 0
    private let maxDepth: Int

    private init(handler: XMLEventHandler, fileName: String, partName: String, maxDepth: Int) {
        self.handler = handler
        self.fileName = fileName
        self.partName = partName
        self.maxDepth = maxDepth
    }

    /// Parses an archive entry, streaming its events to `handler`.
    static func parse(_ entry: ZipEntry, in archive: ZipArchive, limits: ReadLimits, handler: XMLEventHandler) throws {
        let parser = XMLPushParser(
            handler: handler, fileName: archive.fileName, partName: entry.name,
            maxDepth: limits.maxNestingDepth)
        defer { parser.close() }
        try archive.read(entry, limits: limits) { chunk in try parser.push(chunk) }
        try parser.finish()
    }

    /// Parses bytes already in memory (used by tests and by callers holding a part).
    static func parse(
        bytes: [UInt8], fileName: String, partName: String, limits: ReadLimits = .default,
        handler: XMLEventHandler
    ) throws {
        let parser = XMLPushParser(handler: handler, fileName: fileName, partName: partName, maxDepth: limits.maxNestingDepth)
        defer { parser.close() }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let end = min(offset + ZipArchive.chunkSize, raw.count)
                try parser.push(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                offset = end
            }
        }
        try parser.finish()
    }

    private func push(_ chunk: UnsafeRawBufferPointer) throws {
        guard let base = chunk.baseAddress?.assumingMemoryBound(to: CChar.self), chunk.count > 0 else { return }
        if context == nil {
            // The first bytes go in with the context so libxml2 can detect the encoding.
            let head = min(4, chunk.count)
            try start(base, head)
            if chunk.count > head { try feed(base + head, chunk.count - head, terminate: false) }
        } else {
            try feed(base, chunk.count, terminate: false)
        }
    }

    private func finish() throws {
        if context == nil {
            throw XLSXError.malformedXML(file: fileName, part: partName, line: 0, message: "the part is empty")
        }
        try feed(nil, 0, terminate: true)
    }

    private func start(_ bytes: UnsafePointer<CChar>, _ count: Int) throws {
        var sax = Self.makeSAXHandler()
        let userData = Unmanaged.passUnretained(self).toOpaque()
        guard let created = xmlCreatePushParserCtxt(&sax, userData, bytes, Int32(count), nil) else {
            throw XLSXError.malformedXML(file: fileName, part: partName, line: 0, message: "libxml2 could not start")
        }
        context = created
        // NONET: no network; no NOENT (entities stay unexpanded), no HUGE (libxml2's size caps stay on).
        xmlCtxtUseOptions(created, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
    }

    private func feed(_ bytes: UnsafePointer<CChar>?, _ count: Int, terminate: Bool) throws {
        guard let context else { return }
        let status = xmlParseChunk(context, bytes, Int32(count), terminate ? 1 : 0)
        if let failure { throw failure }
        if status != 0 || context.pointee.wellFormed == 0 {
            var message = "not well-formed"
            var line = 0
            if let error = xmlCtxtGetLastError(context) {
                if let text = error.pointee.message {
                    message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
                }
                line = Int(error.pointee.line)
            }
            throw XLSXError.malformedXML(file: fileName, part: partName, line: line, message: message)
        }
    }

    private func close() {
        if let context {
            xmlFreeParserCtxt(context)
            self.context = nil
        }
    }

    private func stop(_ error: Error) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }

    /// Runs `body` with the parser behind libxml2's user-data pointer, without retaining it
    /// (the parser outlives every callback: it frees the context before it goes away).
    @inline(__always) private static func withParser(_ userData: UnsafeMutableRawPointer?, _ body: (XMLPushParser) -> Void) {
        guard let userData else { return }
        Unmanaged<XMLPushParser>.fromOpaque(userData)._withUnsafeGuaranteedRef(body)
    }

    /// The SAX2 callbacks: element and text events go to the handler; a DTD is refused;
    /// errors are collected from the context, not printed.
    private static func makeSAXHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
            XMLPushParser.withParser(userData) { parser in
                guard parser.failure == nil, let localName else { return }
                parser.depth += 1
                guard parser.depth <= parser.maxDepth else {
                    let line = parser.context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0
                    parser.stop(
                        XLSXError.limitExceeded(
                            file: parser.fileName, part: parser.partName,
                            limit: "elements nested deeper than \(parser.maxDepth) levels (line \(line))"))
                    return
                }
                do {
                    try parser.handler.startElement(
                        XMLName(pointer: localName),
                        attributes: XMLAttributes(base: attributes, count: Int(attributeCount), ampersandsEscaped: true))
                } catch { parser.stop(error) }
            }
        }
        sax.endElementNs = { userData, localName, _, _ in
            XMLPushParser.withParser(userData) { parser in
                guard parser.failure == nil, let localName else { return }
                parser.depth -= 1
                do { try parser.handler.endElement(XMLName(pointer: localName)) } catch { parser.stop(error) }
            }
        }
        let characters: charactersSAXFunc = { userData, bytes, count in
            XMLPushParser.withParser(userData) { parser in
                guard parser.failure == nil, let bytes else { return }
                do { try parser.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(count))) } catch { parser.stop(error) }
            }
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.internalSubset = { userData, _, _, _ in
            XMLPushParser.withParser(userData) { parser in
                let line = parser.context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0
                parser.stop(
                    XLSXError.malformedXML(
                        file: parser.fileName, part: parser.partName, line: line,
                        message: "document type declarations (DTD, entities) are not allowed in OOXML parts"))
            }
        }
        sax.externalSubset = sax.internalSubset
        sax.serror = { _, _ in }
        return sax
    }
}
