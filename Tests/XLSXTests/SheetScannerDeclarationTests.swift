import Testing
@testable import XLSX

/// The scanner reads an XML declaration only when libxml2 would; anything else goes back to libxml2.
@Suite struct SheetScannerDeclarationTests {
    private func accepts(_ text: String) -> Bool {
        SheetScanner.isWellFormedDeclaration(Array(text.utf8))
    }

    @Test func acceptsTheDeclarationsProducersWrite() {
        #expect(accepts(#" version="1.0" encoding="UTF-8" standalone="yes""#))
        #expect(accepts(#" version='1.0' encoding='utf-8'"#))
        #expect(accepts(#" version="1.0""#))
        #expect(accepts(" version = \"1.0\"  standalone=\"no\" "))
    }

    @Test func handsBackDeclarationsLibxml2Rejects() {
        #expect(!accepts(#" version="1.0" encoding="UTF-8" Unsafestandalone="yes""#))
        #expect(!accepts(#" encoding="UTF-8" version="1.0""#))
        #expect(!accepts(#"version="1.0""#))
        #expect(!accepts(#" version="2.0""#))
        #expect(!accepts(#" version="1.0" standalone="maybe""#))
        #expect(!accepts(#" version="1.0"encoding="UTF-8""#))
        #expect(!accepts(#" version="1.0" encoding="""#))
    }

    @Test func aSheetWithABrokenDeclarationReadsAsLibxml2ReadsIt() throws {
        let sheet =
            #"<?xml version="1.0" Unsafestandalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#
        #expect(throws: SheetScannerFallback.self) {
            try SheetScanner.parse(
                bytes: Array(sheet.utf8),
                handler: SheetParser(
                    sharedStrings: [], styles: .none, date1904: false, limits: .default,
                    fileName: "t.xlsx", partName: "xl/worksheets/sheet1.xml"
                ) { _ in })
        }
    }
}
