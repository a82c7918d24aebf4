import Foundation

/// Temporary output files that are still being written; removed if the run is interrupted.
///
/// Ctrl-C (SIGINT) or SIGTERM removes every registered file before the process exits,
/// so an interrupted conversion leaves neither a partial output nor a stray temporary file.
final class TemporaryFiles: @unchecked Sendable {
    /// The process-wide registry.
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    private init() {}

    /// Starts removing registered files on SIGINT and SIGTERM. Call once at start-up.
    func installSignalHandlers() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in
                self?.removeAll()
                Foundation.exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Registers a file that is being written.
    func register(_ url: URL) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(url.path)
    }

    /// Forgets a file (it was renamed into place, or removed).
    func remove(_ url: URL) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(url.path)
    }

    private func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths.removeAll()
    }
}
