import Foundation
import XLSX

/// The benchmarks of xlsx-bench, each run in its own process so its peak memory is its own.
enum Benchmarks {
    /// Every benchmark, in the order they are printed.
    static let names = ["read-1M-to-csv", "read-1M-to-jsonl", "write-1M", "csv-to-xlsx-1M", "200-files-to-csv-j1", "200-files-to-csv-j2"]

    /// The scratch folder's inputs.
    struct Inputs {
        var folder: URL
        var rows: Int
        var wide: URL { folder.appendingPathComponent("wide.xlsx") }
        var wideCSV: URL { folder.appendingPathComponent("wide.csv") }
        var departments: URL { folder.appendingPathComponent("departments") }
        var departmentFiles: [URL] {
            ((try? FileManager.default.contentsOfDirectory(atPath: departments.path)) ?? []).sorted().map { departments.appendingPathComponent($0) }
        }
    }

    /// Generates the inputs that are missing: the wide workbook, its CSV, 200 department files.
    static func prepare(_ inputs: Inputs) throws {
        let files = FileManager.default
        if !files.fileExists(atPath: inputs.wide.path) { try Workloads.writeWide(rows: inputs.rows, to: inputs.wide) }
        if !files.fileExists(atPath: inputs.wideCSV.path) {
            let book = try Workbook(contentsOf: inputs.wide)
            guard let sheet = book.sheets.first else { return }
            _ = files.createFile(atPath: inputs.wideCSV.path, contents: nil)
            let handle = try FileHandle(forWritingTo: inputs.wideCSV)
            var encoder = CSVRowEncoder()
            try SheetExporter.export(sheet, of: book, encoder: &encoder) { try handle.write(contentsOf: Data($0)) }
            try handle.close()
        }
        if !files.fileExists(atPath: inputs.departments.path) { _ = try Workloads.writeDepartments(count: 200, into: inputs.departments) }
    }

    /// Runs benchmark `name` `runs` times in this process.
    static func run(_ name: String, inputs: Inputs, runs: Int) throws -> Measurement {
        let wideCells = inputs.rows * 10 + 10
        let output = inputs.folder.appendingPathComponent("out-\(getpid()).xlsx")
        defer { try? FileManager.default.removeItem(at: output) }
        var seconds: (wall: [Double], cpu: [Double])
        var cells = wideCells
        var xml = SheetXMLSize.of(inputs.wide)
        switch name {
        case "read-1M-to-csv":
            seconds = try Measurement.time(runs: runs) { _ = try export(inputs.wide, encoder: CSVRowEncoder()) }
        case "read-1M-to-jsonl":
            seconds = try Measurement.time(runs: runs) { _ = try export(inputs.wide, encoder: JSONLinesRowEncoder()) }
        case "write-1M":
            seconds = try Measurement.time(runs: runs) { try Workloads.writeWide(rows: inputs.rows, to: output) }
            xml = SheetXMLSize.of(output)
        case "csv-to-xlsx-1M":
            seconds = try Measurement.time(runs: runs) { try convertCSV(inputs.wideCSV, to: output) }
            xml = SheetXMLSize.of(output)
        case "200-files-to-csv-j1", "200-files-to-csv-j2":
            let files = inputs.departmentFiles
            let workers = name.hasSuffix("j2") ? 2 : 1
            cells = 0
            xml = files.reduce(0) { $0 + SheetXMLSize.of($1) }
            seconds = try Measurement.time(runs: runs) { cells = try exportAll(files, workers: workers) }
        default:
            throw BenchError("unknown benchmark \(name); known: \(names.joined(separator: ", "))")
        }
        return Measurement(name: name, seconds: seconds.wall, cpuSeconds: seconds.cpu, cells: cells, sheetXMLBytes: xml, peakKiB: Measurement.peakResidentKiB())
    }

    /// Reads the first sheet of `url` through `encoder`, discarding the bytes; returns the cells seen.
    static func export<Encoder: RowEncoder>(_ url: URL, encoder: Encoder) throws -> Int {
        let book = try Workbook(contentsOf: url)
        guard let sheet = book.sheets.first else { return 0 }
        var encoder = encoder
        var bytes = 0
        try SheetExporter.export(sheet, of: book, encoder: &encoder) { bytes += $0.count }
        return bytes
    }

    /// CSV (typed) to a workbook, as `plansheet convert --to xlsx --no-header-style` does.
    static func convertCSV(_ csv: URL, to output: URL) throws {
        var reader = try CSVReader(url: csv)
        try WorkbookWriter.write(to: output, options: WorkbookWriterOptions(compressionLevel: 1, replaceExisting: true)) { book in
            try book.addSheet(named: "bench") { sheet in
                var values: [CellValue] = []
                try reader.forEachRow { fields in
                    values.removeAll(keepingCapacity: true)
                    for field in fields { values.append(CSVValueInference.value(of: field)) }
                    try sheet.append(values)
                }
            }
        }
    }

    /// Every file's first sheet to CSV (discarded) on `workers` threads; returns the cells read.
    static func exportAll(_ files: [URL], workers: Int) throws -> Int {
        let lock = NSLock()
        nonisolated(unsafe) var next = 0, cells = 0
        nonisolated(unsafe) var failure: Error?
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < files.count else { return }
                do {
                    let book = try Workbook(contentsOf: files[index])
                    guard let sheet = book.sheets.first else { continue }
                    var encoder = CSVRowEncoder()
                    var count = 0
                    try book.forEachRow(in: sheet) { count += $0.cells.count }
                    try SheetExporter.export(sheet, of: book, encoder: &encoder) { _ in }
                    lock.lock(); cells += count; lock.unlock()
                } catch {
                    lock.lock(); failure = error; lock.unlock()
                }
            }
        }
        if let failure { throw failure }
        return cells
    }
}

/// A benchmark that could not run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
