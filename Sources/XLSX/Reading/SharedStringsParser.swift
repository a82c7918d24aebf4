/// Reads `sharedStrings.xml`: each `<si>` becomes one string, its rich-text runs
/// joined, its phonetic runs (`<rPh>`, Japanese furigana) left out, `_xHHHH_` decoded.
///
/// Whitespace is kept as written, with or without `xml:space="preserve"`: that is
/// what Excel shows.
final class SharedStringsParser: XMLEventHandler {
    private(set) var strings: [String] = []
    private var text = TextBuffer()
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0
    private let limits: ReadLimits
    private let fileName: String
    private let partName: String

    init(limits: ReadLimits, fileName: String, partName: String) {
        self.limits = limits
        self.fileName = fileName
        self.partName = partName
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
            strings.reserveCapacity(min(count, limits.maxSharedStrings, 1 << 20))
        }
    }

    func endElement(_ name: XMLName) throws {
        if name.is("t") {
            inText = false
        } else if name.is("si") {
            strings.append(text.string)
            inItem = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard inText else { return }
        text.append(bytes)
        if text.count > limits.maxStringLength {
            throw XLSXError.limitExceeded(file: fileName, part: partName,
                                          limit: "shared string \(strings.count) is longer than \(limits.maxStringLength) bytes")
        }
    }
}
