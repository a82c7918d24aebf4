/// Reads `sharedStrings.xml`: each `<si>` becomes one string, its rich-text runs
/// joined, its phonetic runs (`<rPh>`, Japanese furigana) left out, `_xHHHH_` decoded.
///
/// Whitespace is kept as written, with or without `xml:space="preserve"`: that is
/// what Excel shows.
///
/// The strings go into one byte arena (``SharedStringArena``), not a `String` each; past its
/// memory budget, into the arena's temporary file.
final class SharedStringsParser: XMLEventHandler {
    private(set) var strings: SharedStringArena
    private let decoded = TextBuffer()
    private let text = TextBuffer()
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0
    private let limits: ReadLimits
    private let fileName: String
    private let partName: String

    /// `expectedBytes`: the part's inflated size from the ZIP directory, a hint for the arena
    /// (capped by the arena's budget, so a lying directory reserves nothing big; untouched reserved
    /// pages cost no memory). `residentBudget` and `spillDirectory`: see ``SharedStringArena``.
    init(
        limits: ReadLimits, fileName: String, partName: String, expectedBytes: Int = 0,
        residentBudget: Int = SharedStringArena.residentBudget, spillDirectory: String? = nil
    ) {
        self.limits = limits
        self.fileName = fileName
        self.partName = partName
        strings = SharedStringArena(residentBudget: residentBudget, spillDirectory: spillDirectory)
        strings.reserve(bytes: min(max(expectedBytes, 0), limits.maxEntrySize), strings: 0)
    }

    /// The table once the part has been read: what the arena buffers for its temporary file written out.
    func finishedStrings() throws -> SharedStringArena {
        do {
            try strings.finishAppending()
        } catch let failure as SpillFile.Failure {
            throw XLSXError(failure, file: fileName, part: partName)
        }
        return strings
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("t") {
            inText = inItem && phoneticDepth == 0
        } else if name.is("si") {
            guard strings.count < limits.maxSharedStrings else {
                throw XLSXError.limitExceeded(file: fileName, part: partName, limit: "more than \(limits.maxSharedStrings) shared strings")
            }
            inItem = true
            text.removeAll()
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("sst"), let count = attributes.integer("uniqueCount") ?? attributes.integer("count") {
            // The declared count is a hint only: reserve no more than the limit allows.
            strings.reserve(bytes: 0, strings: min(count, limits.maxSharedStrings, 1 << 20))
        }
    }

    func endElement(_ name: XMLName) throws {
        if name.is("t") {
            inText = false
        } else if name.is("si") {
            decoded.removeAll()
            EscapedText.append(text.buffer, to: decoded)
            let fits: Bool
            do {
                fits = try strings.append(decoded.buffer)
            } catch let failure as SpillFile.Failure {
                throw XLSXError(failure, file: fileName, part: partName)
            }
            guard fits else {
                throw XLSXError.limitExceeded(file: fileName, part: partName, limit: "shared strings of more than 4 GiB together")
            }
            inItem = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard inText else { return }
        text.append(bytes)
        if text.count > limits.maxStringLength {
            throw XLSXError.limitExceeded(
                file: fileName, part: partName,
                limit: "shared string \(strings.count) is longer than \(limits.maxStringLength) bytes")
        }
    }
}
