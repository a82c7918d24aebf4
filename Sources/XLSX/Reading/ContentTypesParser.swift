/// Reads `[Content_Types].xml`: which part is the workbook when `_rels/.rels` does not say.
final class ContentTypesParser: XMLEventHandler {
    /// Part names declared with a spreadsheet main-document content type (`.xlsx`, `.xlsm`, templates).
    private(set) var workbookParts: [String] = []

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        guard name.is("Override"), let part = attributes.string("PartName"),
            let type = attributes.string("ContentType")
        else { return }
        if type.contains("spreadsheetml.sheet.main") || type.contains("sheet.macroEnabled.main")
            || type.contains("spreadsheetml.template.main") || type.contains("template.macroEnabled.main")
        {
            workbookParts.append(part)
        }
    }

    func endElement(_ name: XMLName) throws {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
