import Foundation
import XLSX

/// The output folders a batch has made sure of, so each is created (or found) once per run,
/// not once per input: a folder of 10,000 files has one output folder, not 10,000 look-ups.
final class OutputFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var ready: Set<String> = []

    /// Creates `folder` and its parents unless this batch already did; a refusal is an ``OutputFileError``.
    func ensure(_ folder: String) throws {
        lock.lock(); defer { lock.unlock() }
        guard !ready.contains(folder) else { return }
        try OutputFileError.createFolder(URL(fileURLWithPath: folder, isDirectory: true))
        ready.insert(folder)
    }
}
