import Foundation

/// libFuzzer entry point; the work is in `FuzzEntryPoints.workbook` (Sources/XLSX/FuzzEntryPoints.swift),
/// so the regression tests replay saved inputs through the same code.
@_cdecl("LLVMFuzzerTestOneInput")
public func workbookFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.workbook(Data(bytes: data, count: size))
    return 0
}
