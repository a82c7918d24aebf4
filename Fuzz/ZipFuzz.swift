import Foundation

/// libFuzzer entry point for the ZIP reader: indexes arbitrary bytes as an archive and
/// inflates every entry, checking CRC and limits. Any thrown ``XLSXError`` is a
/// correct answer; a crash, a hang or a sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func zipFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    // Small limits keep each execution fast; the checks that enforce them are what is fuzzed.
    let limits = ReadLimits(maxEntrySize: 8 << 20, maxTotalSize: 32 << 20)
    guard let archive = try? ZipArchive(data: bytes, fileName: "fuzz.xlsx") else { return 0 }
    for entry in archive.entries {
        var sum = 0
        try? archive.read(entry, limits: limits) { chunk in sum &+= chunk.count }
        _ = archive.entry(named: entry.name)
    }
    return 0
}
