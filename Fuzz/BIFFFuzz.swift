import Foundation

/// libFuzzer entry point; the work is in `FuzzEntryPoints.biff` (Sources/XLSX/Legacy/FuzzEntryPoints+Legacy.swift),
/// so the regression tests replay saved inputs through the same code.
@_cdecl("LLVMFuzzerTestOneInput")
public func biffFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.biff(Data(bytes: data, count: size))
    return 0
}
