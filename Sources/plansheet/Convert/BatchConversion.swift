import Foundation
import XLSX

/// `plansheet convert` over many workbooks: files and folders in, one output per file
/// (or per sheet) in a folder that mirrors the input names, converted by several workers.
struct BatchConversion: Sendable {
    /// One workbook to convert, and where its outputs go.
    struct Job: Sendable {
        var input: String
        /// The input's path relative to the folder it was found in, without extension (`dept/総務部`).
        var relativeStem: String
    }

    /// What converting one workbook did.
    struct Outcome: Sendable {
        var file: String
        var sheets = 0
        var rows = 0
        var seconds = 0.0
        var error: String?
    }

    var inputs: [String]
    var outputFolder: String
    var format: ConvertOutputFormat
    var sheet: String?
    var allSheets: Bool
    var force: Bool
    var workers: Int
    var limits: ReadLimits

    /// Whether a command line asks for a batch: several inputs, or a folder.
    static func isBatch(_ inputs: [String]) -> Bool {
        var isFolder: ObjCBool = false
        return inputs.count > 1 || inputs.contains { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue }
    }

    /// The workbooks named by the inputs: files as given, folders searched recursively for `.xlsx` and `.xlsm`.
    func jobs() throws -> [Job] {
        var jobs: [Job] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw CLIError.usage("\(input): no such file or folder / ファイルが見つかりません")
            }
            if !isFolder.boolValue {
                jobs.append(Job(input: input, relativeStem: URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent))
                continue
            }
            let root = URL(fileURLWithPath: input).standardizedFileURL
            let found = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
                .filter { ["xlsx", "xlsm"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
                .filter { !URL(fileURLWithPath: $0).lastPathComponent.hasPrefix("~$") } // Excel's lock files
                .sorted()
            for relative in found {
                jobs.append(Job(input: root.appendingPathComponent(relative).path,
                                relativeStem: (relative as NSString).deletingPathExtension))
            }
        }
        return jobs
    }

    /// Converts every job with `workers` threads; progress goes to `progress` as jobs finish.
    func run(_ jobs: [Job], progress: BatchProgress) -> [Outcome] {
        let queue = BatchQueue(jobs: jobs)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, jobs.count))) { _ in
            while let (index, job) = queue.next() {
                let outcome = convert(job)
                queue.record(outcome, at: index)
                progress.finished(outcome)
            }
        }
        return queue.outcomes
    }

    private func convert(_ job: Job) -> Outcome {
        var outcome = Outcome(file: job.input)
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let book = try Workbook(contentsOf: URL(fileURLWithPath: job.input), limits: limits)
            let sheets = try SheetSelection.sheets(in: book, sheet: sheet, all: allSheets)
            let target = URL(fileURLWithPath: outputFolder).appendingPathComponent(job.relativeStem)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            for info in sheets {
                let name = allSheets ? "\(target.lastPathComponent)__\(ConvertCommand.safeFileName(info.name))" : target.lastPathComponent
                let path = target.deletingLastPathComponent().appendingPathComponent(name + "." + format.fileExtension).path
                let destination = try OutputDestination(path: path, force: force, inputs: [job.input])
                try destination.write { sink in
                    switch format {
                    case .jsonl:
                        var encoder = JSONLinesRowEncoder()
                        outcome.rows += try SheetExporter.export(info, of: book, encoder: &encoder) { try sink.write(bytes: $0) }
                    default:
                        var encoder = CSVRowEncoder()
                        outcome.rows += try SheetExporter.export(info, of: book, encoder: &encoder) { try sink.write(bytes: $0) }
                    }
                }
                outcome.sheets += 1
            }
        } catch {
            outcome.error = "\(error)"
        }
        outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return outcome
    }

    /// The `--jsonl-log` line of an outcome: `{"file":…,"sheets":…,"rows":…,"seconds":…,"error":null}`.
    static func logLine(_ outcome: Outcome) -> [UInt8] {
        var line: [UInt8] = Array("{\"file\":".utf8)
        JSONLinesRowEncoder.appendString(outcome.file, to: &line)
        line += Array(",\"sheets\":\(outcome.sheets),\"rows\":\(outcome.rows),\"seconds\":\(String(format: "%.3f", outcome.seconds)),\"error\":".utf8)
        if let error = outcome.error { JSONLinesRowEncoder.appendString(error, to: &line) } else { line += Array("null".utf8) }
        line += Array("}\n".utf8)
        return line
    }
}

/// The shared work list of a batch: hands out jobs one at a time and collects outcomes.
final class BatchQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let jobs: [BatchConversion.Job]
    private var nextIndex = 0
    private var results: [BatchConversion.Outcome?]

    init(jobs: [BatchConversion.Job]) {
        self.jobs = jobs
        results = Array(repeating: nil, count: jobs.count)
    }

    /// The next job and its position, or nil when all are taken.
    func next() -> (Int, BatchConversion.Job)? {
        lock.lock(); defer { lock.unlock() }
        guard nextIndex < jobs.count else { return nil }
        defer { nextIndex += 1 }
        return (nextIndex, jobs[nextIndex])
    }

    func record(_ outcome: BatchConversion.Outcome, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        results[index] = outcome
    }

    /// Outcomes in input order.
    var outcomes: [BatchConversion.Outcome] {
        lock.lock(); defer { lock.unlock() }
        return results.compactMap { $0 }
    }
}

/// A progress bar on standard error (only when it is a terminal): files done, rows per second, time left.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private var done = 0
    private var rows = 0
    private var lastDraw: UInt64 = 0

    init(total: Int) {
        self.total = total
        enabled = isatty(STDERR_FILENO) == 1
    }

    func finished(_ outcome: BatchConversion.Outcome) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        rows += outcome.rows
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 100_000_000 || done == total else { return }
        lastDraw = now
        let elapsed = Double(now - start) / 1e9
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let text = "\r[\(bar)] \(done)/\(total) files  \(Int(Double(rows) / max(elapsed, 0.001))) rows/s  \(Int(left.rounded())) s left "
        FileHandle.standardError.write(Data(text.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Total seconds since the batch started.
    var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}
