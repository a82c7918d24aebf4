import Foundation

/// libFuzzer entry point for the whole reader: opens arbitrary bytes as a workbook and
/// streams every sheet (shared strings, styles and sheet parts included) through the
/// CSV and JSON Lines encoders, as `plansheet convert` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func workbookFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let limits = ReadLimits(maxEntrySize: 8 << 20, maxTotalSize: 32 << 20, maxSharedStrings: 100_000,
                            maxStringLength: 1 << 20, maxRows: 100_000)
    guard let book = try? Workbook(data: bytes, name: "fuzz.xlsx", limits: limits) else { return 0 }
    for sheet in book.sheets {
        var csv = CSVRowEncoder()
        _ = try? SheetExporter.export(sheet, of: book, encoder: &csv) { _ in }
        var jsonl = JSONLinesRowEncoder()
        _ = try? SheetExporter.export(sheet, of: book, encoder: &jsonl) { _ in }
        _ = try? book.grid(of: sheet)
    }
    return 0
}
