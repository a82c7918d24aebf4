import Foundation
import XLSX

/// What PlanSheet does when it is told to stop: Ctrl-C (SIGINT), SIGTERM, a closed terminal
/// (SIGHUP) or Ctrl-\ (SIGQUIT). Each removes every output still being written (XLSX's
/// ``AtomicOutputFile`` keeps the list) and exits with 128 + the signal number, so an
/// interrupted run leaves neither a partial output nor a stray temporary file, and never
/// prints a crash report.
enum InterruptHandling {
    /// The signals handled; each one's default would leave temporary files behind.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Kept alive for the life of the process: a released source stops delivering.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Starts handling the signals. Call once at start-up, before any output is opened.
    static func install() {
        for signalNumber in signals {
            // Ignored at the process level so only the dispatch source sees it (and the Swift
            // runtime's backtracer, which takes SIGQUIT, does not).
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                AtomicOutputFile.removeUnfinishedFiles()
                Foundation.exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
