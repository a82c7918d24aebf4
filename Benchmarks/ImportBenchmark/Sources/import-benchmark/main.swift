import Foundation
import PlanIO
import XLSX

// Imports N generated department submissions (table layout, cover sheet, merged initiative
// cells, 20 initiatives × 3 indicators each) one file at a time and then in parallel on all
// cores, and prints files per second for both and the speed-up.
//
//   swift run -c release --package-path Benchmarks/ImportBenchmark import-benchmark [FILES] [ROUNDS]
//   import-benchmark --write DIR [FILES]   only writes the submissions into DIR (for callgrind runs
//                                          of `plansheet import DIR` and paired timings)
//   import-benchmark --serial DIR [ROUNDS]  imports the submissions in DIR one at a time, ROUNDS
//                                          times, without timing: CPU seconds measured outside
//                                          (`/usr/bin/time`) compare two builds run in turn

let arguments = CommandLine.arguments
let fileCount = arguments.count > 1 ? Int(arguments[1]) ?? 200 : 200
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3

func submission(department: Int) throws -> Data {
    try WorkbookWriter.data { book in
        try book.addSheet(named: "表紙") { sheet in
            try sheet.append(["部局名", .string("部局\(department)")])
        }
        try book.addSheet(named: "取組状況") { sheet in
            try sheet.append(["■ 行動計画の取組状況（Ｒ２年度）"])
            try sheet.append([])
            try sheet.append(
                [
                    "番号", "方向性", "取組項目", "指標名", "単位", "Ｒ２年度目標", "Ｒ２年度実績", "Ｒ３年度目標",
                    "Ｒ４年度目標", "進捗", "遅れの要因", "今後の取組予定",
                ], style: .header)
            var row = 4
            for initiative in 1...20 {
                for indicator in 1...3 {
                    let first = indicator == 1
                    try sheet.append([
                        first ? .string("\(department)-\(initiative)") : .empty,
                        first ? "県庁のＩＣＴ化・働き方改革" : .empty,
                        first ? .string("部局\(department)の取組\(initiative)による業務効率化の推進") : .empty,
                        .string("指標\(indicator) 利用件数"), "件／年",
                        .number(Double(1000 * indicator)), .string("約\(1000 * indicator + initiative),000"),
                        .string("２万→\(indicator + 2)万"), .number(Double(30000 + indicator)),
                        first ? (initiative % 7 == 0 ? "遅れ" : "順調") : .empty,
                        first && initiative % 7 == 0 ? "新型コロナウイルス感染症の影響により、事業を一時休止したため。" : .empty,
                        first ? "引き続き、関係課と連携して取組を推進する。" : .empty,
                    ])
                }
                for column in [0, 1, 2, 9, 10, 11] {
                    try sheet.merge(CellRange(CellReference(row: row, column: column), CellReference(row: row + 2, column: column)))
                }
                row += 3
            }
        }
    }
}

if arguments.count > 2, arguments[1] == "--write" {
    let target = URL(fileURLWithPath: arguments[2])
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let count = arguments.count > 3 ? Int(arguments[3]) ?? 200 : 200
    for department in 1...count {
        try submission(department: department).write(to: target.appendingPathComponent(String(format: "dept%03d.xlsx", department)))
    }
    print("\(count) submissions written to \(target.path)")
    exit(0)
}

if arguments.count > 2, arguments[1] == "--serial" {
    let files = try PlanImporter.submissionFiles(in: [URL(fileURLWithPath: arguments[2])])
    let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
    var count = 0
    for _ in 0..<rounds {
        for url in files {
            count += SubmissionImporter().read(sheets: try PlanImporter.sheets(of: url), file: url.lastPathComponent).initiatives.count
        }
    }
    print("\(files.count) files × \(rounds): \(count) initiatives")
    exit(0)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-import-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
var bytes = 0
for department in 1...fileCount {
    let data = try submission(department: department)
    bytes += data.count
    try data.write(to: folder.appendingPathComponent(String(format: "dept%03d.xlsx", department)))
}
print("\(fileCount) files, \(bytes / 1024) KiB, 20 initiatives × 3 indicators each; \(ProcessInfo.processInfo.activeProcessorCount) cores")

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let files = try PlanImporter.submissionFiles(in: [folder])
var readingBest = Double.infinity, serialBest = Double.infinity, parallelBest = Double.infinity
var initiatives = 0
for _ in 0..<rounds {
    // Reading the workbooks alone (ZIP, XML, cells into grids), to see what the plan layer adds.
    readingBest = min(
        readingBest,
        try seconds {
            for url in files { _ = try PlanImporter.sheets(of: url) }
        })
    serialBest = min(
        serialBest,
        try seconds {
            var count = 0
            for url in files {
                count += SubmissionImporter().read(sheets: try PlanImporter.sheets(of: url), file: url.lastPathComponent).initiatives.count
            }
            initiatives = count
        })
    parallelBest = min(
        parallelBest,
        try seconds {
            let result = try PlanImporter().importFiles([folder])
            precondition(result.plan.initiatives.count == initiatives, "parallel import lost initiatives")
        })
}
print(String(format: "reading only:  %.3f s, %.0f files/s (workbook to grids, one at a time)", readingBest, Double(fileCount) / readingBest))
print(String(format: "one at a time: %.3f s, %.0f files/s", serialBest, Double(fileCount) / serialBest))
print(
    String(
        format: "parallel:      %.3f s, %.0f files/s (%.2f× one at a time)", parallelBest,
        Double(fileCount) / parallelBest, serialBest / parallelBest))
print("\(initiatives) initiatives imported per run")
