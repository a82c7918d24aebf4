import ArgumentParser
import CLibXML2
import Foundation
import XLSX

/// `plansheet convert` over many inputs: files and folders in, a mirrored tree of outputs in `-o DIR`.
///
/// Inputs are shared by `workers` threads through one index, so a slow file never holds
/// back the rest. A bad input is reported (file and reason) and the batch goes on; the
/// exit status says how it went: 0 all converted, 1 some failed, 2 all failed.
struct BatchConversion {
    var inputs: [BatchInput]
    var converter: BatchFileConverter
    var workers: Int
    /// `--jsonl-log`: a file, `-` for standard output, or nil.
    var logPath: String?
    /// `--shard K/N`: only this slice of `inputs` is converted (and logged); names are checked over all.
    var shard: InputShard? = nil

    /// The extensions a folder contributes for `format`: only the inputs that can become it.
    static func folderExtensions(for format: ConvertOutputFormat) -> Set<String> {
        format == .xlsx ? Workbook.fileExtensions.union(["csv"]) : Workbook.fileExtensions
    }

    /// Converts every input; prints failures, the progress bar and the summary on standard error.
    func run() throws {
        // Over the whole list, so every shard refuses a batch that would collide anywhere.
        try refuseCollidingOutputs()
        let inputs = shard?.slice(of: self.inputs) ?? self.inputs
        // libxml2 2.9 sets up its globals on first use, which is not safe to race: do it once here.
        xmlInitParser()
        let progress = BatchProgress(total: inputs.count)
        let results = Self.convertAll(inputs, workers: workers) { input in
            let result = converter.convert(input)
            progress.finished(result)
            return result
        }
        progress.close()
        try writeLog(results)
        if let fault = results.first(where: \.outputFault)?.error {
            // Said once: every other input would have failed the same way, so the batch stopped.
            let started = results.filter { $0.error != Self.notStarted }
            let summary = BatchSummary(started, seconds: progress.elapsedSeconds)
            FileHandle.standardError.write(
                Data(
                    """
                    plansheet: \(fault)
                    plansheet: stopped, \(inputs.count - started.count) of \(inputs.count) inputs not converted; \(summary.line) \
                    / 出力先に書き込めないため中止しました（\(inputs.count - started.count) 件は未変換）

                    """.utf8))
            throw ExitCode(2)
        }
        let summary = BatchSummary(results, seconds: progress.elapsedSeconds)
        FileHandle.standardError.write(Data("plansheet: \(summary.line)\n".utf8))
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    /// Runs `convert` over `inputs` on `workers` threads; results come back in input order.
    static func convertAll(
        _ inputs: [BatchInput], workers: Int,
        convert: @escaping @Sendable (BatchInput) -> BatchFileResult
    ) -> [BatchFileResult] {
        let store = ResultStore(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, inputs.count))) { _ in
            while let index = store.claimNext() {
                store.record(convert(inputs[index]), at: index)
            }
        }
        return store.results(inputs: inputs)
    }

    /// The error of an input the batch never reached (it stopped on an output fault).
    static let notStarted = "not converted: the batch stopped / 中止のため未変換"

    /// Two inputs that would write the same output (a.xlsx and a.csv, or two files of one name) are a usage error.
    private func refuseCollidingOutputs() throws {
        var seen: [String: String] = [:]
        for input in inputs {
            let target = converter.outputURL(for: input).path
            if let other = seen[target] {
                throw CLIError.usage(
                    target, ja: "出力ファイル名が重複します（\(other) と \(input.path)）",
                    en: "\(other) and \(input.path) would both write it; convert them in separate runs")
            }
            seen[target] = input.path
        }
    }

    private func writeLog(_ results: [BatchFileResult]) throws {
        guard let logPath else { return }
        let text = results.map { $0.jsonLine + "\n" }.joined()
        // A run record, rewritten by each run (so no --force needed), through the one output mechanism.
        try OutputDestination(path: logPath, force: true).write { sink in try sink.write(text) }
    }
}

/// The shared work index and the results slots of a batch, guarded by one lock.
private final class ResultStore: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var stopped = false
    private let count: Int
    private var slots: [BatchFileResult?]

    init(count: Int) {
        self.count = count
        slots = Array(repeating: nil, count: count)
    }

    func claimNext() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count, !stopped else { return nil }
        next += 1
        return next - 1
    }

    func record(_ result: BatchFileResult, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = result
        if result.outputFault { stopped = true }
    }

    func results(inputs: [BatchInput]) -> [BatchFileResult] {
        lock.lock(); defer { lock.unlock() }
        return zip(slots, inputs).map { $0 ?? BatchFileResult(file: $1.path, error: BatchConversion.notStarted) }
    }
}
