import Foundation

/// libFuzzer entry point; the work is in `FuzzEntryPoints.parts` (Sources/XLSX/FuzzEntryPoints.swift),
/// so the regression tests replay saved inputs through the same code.
@_cdecl("LLVMFuzzerTestOneInput")
public func partsFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.parts(Data(bytes: data, count: size))
    return 0
}
