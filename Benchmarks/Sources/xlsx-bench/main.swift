import Foundation
import XLSX

// xlsx-bench: PlanSheet's XLSX reader and writer measured in-process.
//
//   swift run -c release --package-path Benchmarks xlsx-bench [--rows 100000] [--runs 3] [--workdir DIR] [--only NAME]
//
// Prepares the inputs once (a wide workbook of ROWS x 10 mixed cells, its CSV, 200 department
// files), then runs each benchmark in a child process so its peak memory (ru_maxrss) is its own,
// and prints medians, cells/s, MB/s of sheet XML and peak memory.

func option(_ name: String, in arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let rows = option("--rows").flatMap(Int.init) ?? 100_000
let runs = option("--runs").flatMap(Int.init) ?? 3
let folder = URL(fileURLWithPath: option("--workdir") ?? FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-bench-\(rows)").path)
let inputs = Benchmarks.Inputs(folder: folder, rows: rows)

do {
    if let single = option("--run") {
        print(try Benchmarks.run(single, inputs: inputs, runs: runs).record)
        exit(0)
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    FileHandle.standardError.write(Data("xlsx-bench: preparing inputs in \(folder.path)\n".utf8))
    try Benchmarks.prepare(inputs)
    let selected = option("--only").map { [$0] } ?? Benchmarks.names
    print(
        "xlsx-bench: \(rows * 10 + 10) cells wide workbook (sheet XML \(SheetXMLSize.of(inputs.wide) / 1_000_000) MB), median of \(runs) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores"
    )
    print(Measurement.tableHeader)
    for name in selected {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--run", name, "--rows", String(rows), "--runs", String(runs), "--workdir", folder.path]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0,
            let measurement = Measurement(record: String(decoding: output, as: UTF8.self).split(separator: "\n").last ?? "")
        else {
            print("\(name): failed (status \(child.terminationStatus))")
            continue
        }
        print(measurement.tableRow)
    }
} catch {
    FileHandle.standardError.write(Data("xlsx-bench: \(error)\n".utf8))
    exit(2)
}
