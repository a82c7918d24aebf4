import Foundation

/// Timing and memory of one benchmark, measured in the process that runs it.
struct Measurement {
    var name: String
    /// Wall-clock seconds of each run.
    var seconds: [Double]
    /// CPU seconds (user + system, all threads) of each run: steadier than wall-clock time on a busy machine.
    var cpuSeconds: [Double]
    /// Cells processed per run.
    var cells: Int
    /// Bytes of sheet XML read or written per run (0 when not meaningful).
    var sheetXMLBytes: Int
    /// The process's peak resident set in KiB (getrusage ru_maxrss).
    var peakKiB: Int

    /// The median run (wall clock).
    var median: Double { Self.median(seconds) }
    /// The median run's CPU seconds.
    var medianCPU: Double { Self.median(cpuSeconds) }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2]
    }

    /// Times `runs` runs of `body`: wall-clock seconds and CPU seconds of each run.
    static func time(runs: Int, _ body: () throws -> Void) rethrows -> (wall: [Double], cpu: [Double]) {
        var wall: [Double] = [], cpu: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now, startCPU = cpuSeconds()
            try body()
            let elapsed = ContinuousClock.now - start
            wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            cpu.append(cpuSeconds() - startCPU)
        }
        return (wall, cpu)
    }

    /// The process's peak resident set so far, in KiB: VmHWM on Linux, because ru_maxrss survives
    /// execve and would report the parent's peak for a child process; ru_maxrss elsewhere.
    static func peakResidentKiB() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
        {
            return kib
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
    }

    /// User plus system CPU seconds of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// One tab-separated line: name, median, runs, cells, sheet XML bytes, peak KiB (read back by the parent process).
    var record: String {
        "\(name)\t\(median)\t\(medianCPU)\t\(seconds.count)\t\(cells)\t\(sheetXMLBytes)\t\(peakKiB)"
    }

    /// Parses `record`.
    init?(record: Substring) {
        let fields = record.split(separator: "\t")
        guard fields.count == 7, let median = Double(fields[1]), let cpu = Double(fields[2]), let runs = Int(fields[3]),
            let cells = Int(fields[4]), let bytes = Int(fields[5]), let peak = Int(fields[6])
        else { return nil }
        self.init(
            name: String(fields[0]), seconds: Array(repeating: median, count: runs), cpuSeconds: Array(repeating: cpu, count: runs),
            cells: cells, sheetXMLBytes: bytes, peakKiB: peak)
    }

    init(name: String, seconds: [Double], cpuSeconds: [Double], cells: Int, sheetXMLBytes: Int, peakKiB: Int) {
        self.name = name
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.cells = cells
        self.sheetXMLBytes = sheetXMLBytes
        self.peakKiB = peakKiB
    }

    /// A row of the printed table (rates from wall-clock time).
    var tableRow: String {
        let cellRate = median > 0 ? Double(cells) / median / 1e6 : 0
        let xmlRate = median > 0 && sheetXMLBytes > 0 ? Self.fixed(Double(sheetXMLBytes) / median / 1e6, 1) : "-"
        return Self.pad(name, 22) + Self.left(Self.fixed(median, 3), 9) + Self.left(Self.fixed(medianCPU, 3), 9)
            + Self.left(Self.fixed(cellRate, 2), 10) + Self.left(xmlRate, 10) + Self.left(Self.fixed(Double(peakKiB) / 1024, 1), 9)
    }

    /// The table's header.
    static let tableHeader =
        pad("benchmark", 22) + left("wall s", 9) + left("cpu s", 9) + left("Mcells/s", 10)
        + left("XML MB/s", 10) + left("peak MB", 9)

    private static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    private static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
    private static func left(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(1, width - text.count)) + text }
}
