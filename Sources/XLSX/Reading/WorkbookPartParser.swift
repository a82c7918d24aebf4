/// Reads `workbook.xml`: the sheets in tab order with their states, and the date system.
final class WorkbookPartParser: XMLEventHandler {
    /// A `<sheet>` element before its relationship is resolved.
    struct SheetEntry {
        var name: String
        var state: SheetInfo.State
        var relationshipID: String?
    }

    private(set) var sheets: [SheetEntry] = []
    private(set) var date1904 = false
    private let maxSheets: Int
    private let fileName: String
    private let partName: String

    init(maxSheets: Int, fileName: String, partName: String) {
        self.maxSheets = maxSheets
        self.fileName = fileName
        self.partName = partName
    }

    /// How deep the current element is: 1 for `<workbook>`.
    private var depth = 0

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        depth += 1
        if name.is("sheet") {
            guard sheets.count < maxSheets else {
                throw XLSXError.limitExceeded(file: fileName, part: partName, limit: "more than \(maxSheets) sheets")
            }
            let state: SheetInfo.State
            switch attributes.string("state") {
            case "hidden": state = .hidden
            case "veryHidden": state = .veryHidden
            default: state = .visible
            }
            sheets.append(
                SheetEntry(
                    name: attributes.string("name") ?? "Sheet\(sheets.count + 1)", state: state,
                    relationshipID: attributes.string("id")))
        } else if name.is("workbookPr") && depth == 2 {
            // Only the workbook's own `<workbookPr>` carries the date system: Mac Excel writes a
            // second one, without `date1904`, inside `<extLst>` (another namespace), which must not reset it.
            date1904 = attributes.bool("date1904")
        }
    }

    func endElement(_ name: XMLName) throws { depth -= 1 }
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
