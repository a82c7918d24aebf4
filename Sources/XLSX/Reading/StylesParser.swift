/// Reads `styles.xml` into ``CellStyles``: custom number formats, then each cell format's `numFmtId`.
final class StylesParser: XMLEventHandler {
    private var customFormats: [Int: NumberFormatKind] = [:]
    private var customCodes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false
    /// Depth inside `mc:Fallback`: producers that wrap styles in `mc:AlternateContent` repeat them there.
    private var fallbackDepth = 0

    /// The styles read so far.
    var styles: CellStyles {
        CellStyles(
            kinds: formatIDs.map { customFormats[$0] ?? NumberFormatKind.builtIn($0) },
            displayCodes: formatIDs.map { id in
                let code = customCodes[id] ?? NumberFormatKind.builtInPercentCodes[id]
                return code.flatMap { NumberFormatKind.changesMeaning($0) ? $0 : nil }
            })
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("Fallback") { fallbackDepth += 1; return }
        guard fallbackDepth == 0 else { return }
        if name.is("numFmt") {
            if let id = attributes.integer("numFmtId"), let code = attributes.string("formatCode") {
                customFormats[id] = NumberFormatKind.classify(code)
                customCodes[id] = code
            }
        } else if name.is("cellXfs") {
            inCellFormats = true
        } else if name.is("xf") && inCellFormats {
            formatIDs.append(attributes.integer("numFmtId") ?? 0)
        }
    }

    func endElement(_ name: XMLName) throws {
        if name.is("Fallback") { fallbackDepth -= 1; return }
        if name.is("cellXfs") { inCellFormats = false }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
