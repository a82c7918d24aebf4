import Foundation

/// libFuzzer entry point; the work is in `PlanIOFuzzEntryPoints.mergedCells` (Sources/PlanIO/FuzzEntryPoints.swift),
/// so the regression tests replay saved inputs through the same code.
@_cdecl("LLVMFuzzerTestOneInput")
public func mergedCellsFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    PlanIOFuzzEntryPoints.mergedCells(Data(bytes: data, count: size))
    return 0
}
