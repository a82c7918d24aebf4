import Foundation

/// The progress line of a batch on standard error: files done of total, rows per second,
/// time left. Drawn only when standard error is a terminal, so logs and pipes stay clean;
/// failure messages are printed above it as they happen.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let drawsBar: Bool
    private let start = ContinuousClock.now
    private var done = 0
    private var rows = 0
    private var lastDraw = ContinuousClock.now - .seconds(1)

    /// A progress display for `total` inputs; `interactive` nil means: when standard error is a terminal.
    init(total: Int, interactive: Bool? = nil) {
        self.total = total
        drawsBar = interactive ?? (isatty(STDERR_FILENO) == 1)
    }

    /// Seconds since the batch started.
    var elapsedSeconds: Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Records a finished input: prints its failure (if any), redraws the bar at most ten times a second.
    func finished(_ result: BatchFileResult) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        rows += result.rows
        // An output fault is printed once, by the batch, not once per input.
        if let error = result.error, !result.outputFault {
            clearBar()
            Self.printError(Self.failureLine(file: result.file, error: error))
        }
        let now = ContinuousClock.now
        if drawsBar && (now - lastDraw >= .milliseconds(100) || done == total || result.error != nil) {
            lastDraw = now
            draw()
        }
    }

    /// Removes the bar, before the summary line.
    func close() {
        lock.lock(); defer { lock.unlock() }
        clearBar()
    }

    /// `FILE: reason`, without repeating the file when the reason already names it.
    static func failureLine(file: String, error: String) -> String {
        let name = URL(fileURLWithPath: file, isDirectory: false).lastPathComponent
        return error.contains(name) ? error : "\(file): \(error)"
    }

    private func draw() {
        let seconds = max(elapsedSeconds, 0.001)
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = Double(rows) / seconds
        let left = done == 0 ? 0 : seconds / Double(done) * Double(total - done)
        let line = "\r[\(bar)] \(done)/\(total) files  \(BatchSummary.grouped(Int(rate))) rows/s  \(Self.clock(left)) left\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private func clearBar() {
        if drawsBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole >= 60 ? "\(whole / 60)m\(String(format: "%02d", whole % 60))s" : "\(whole)s"
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data("plansheet: \(line)\n".utf8))
    }
}
