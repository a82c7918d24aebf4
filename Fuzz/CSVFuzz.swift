import Foundation

/// libFuzzer entry point; the work is in `FuzzEntryPoints.csv` (Sources/XLSX/FuzzEntryPoints.swift),
/// so the regression tests replay saved inputs through the same code.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.csv(Data(bytes: data, count: size))
    return 0
}
