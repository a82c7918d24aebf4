import Foundation

/// A fresh folder under the system's temporary folder, removed by the caller's `defer`.
func makeScratchFolder(_ prefix: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Waits until `condition` holds, checking every few milliseconds, for at most `seconds`
/// (a generous bound: the condition is what the test waits for, not the time).
func waitUntil(seconds: Double = 60, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(1_000)
    }
    return try condition()
}
