import ArgumentParser
import Foundation
import XLSX

/// `plansheet scan`: the floor under `convert` — inflate a sheet's XML, or inflate and
/// SAX-parse it doing nothing per event — timed, for benchmarks.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Time the floor under convert: inflate (and SAX-parse) a sheet's XML doing nothing else.",
        discussion: """
            Prints the stage, the XML bytes, the seconds and the MB/s on one line. Scripts/bench-read.sh \
            uses it to show how close convert comes to what zlib and libxml2 alone take.

            Examples:
              plansheet scan big.xlsx --stage inflate
              plansheet scan big.xlsx --stage parse --sheet 2
            """,
        shouldDisplay: false
    )

    @Argument(help: "The workbook to read.")
    var input: String

    @Option(help: "inflate (zlib only) or parse (zlib and libxml2 SAX, no work per event).")
    var stage: Workbook.FloorStage = .parse

    @Option(help: "The sheet: digits are a position from 1, name:TEXT a name, other text a name. Default: the first visible worksheet.")
    var sheet: String?

    func run() throws {
        try reportingErrors {
            let book = try Workbook(contentsOf: URL(fileURLWithPath: input))
            guard let target = try SheetSelection.sheets(in: book, sheet: sheet, all: false).first else { return }
            let start = DispatchTime.now().uptimeNanoseconds
            let bytes = try book.measureFloor(of: target, stage: stage)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print("\(stage.rawValue) \(bytes) bytes \(String(format: "%.3f", seconds)) s \(String(format: "%.1f", Double(bytes) / 1_048_576 / seconds)) MB/s")
        }
    }
}

extension Workbook.FloorStage: ExpressibleByArgument {}
