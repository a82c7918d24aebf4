import ArgumentParser
import Foundation
import PlanIO
import XLSX

/// The safety limits a person may change on the command line, for every command that
/// reads workbooks or folders.
///
/// Every default is far above what a real department file reaches; they exist so a
/// hostile or broken file ends in a clear error instead of exhausting memory or time.
/// Sizes take a unit: `512K`, `64M`, `4G` (binary units; a bare number is bytes).
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The most bytes one part of a workbook may inflate to (default 4G).", valueName: "size"))
    var maxEntrySize: ByteCount?

    @Option(help: ArgumentHelp("The most bytes all parts of one workbook may inflate to together (default 16G).", valueName: "size"))
    var maxTotalSize: ByteCount?

    @Option(
        help: ArgumentHelp(
            "The highest compression ratio allowed for a part, and for the whole workbook, over 16M (default 500, i.e. 500:1).", valueName: "ratio"))
    var maxRatio: Int?

    @Option(help: ArgumentHelp("The most shared strings one workbook may hold (default 16000000).", valueName: "count"))
    var maxSharedStrings: Int?

    @Option(help: ArgumentHelp("The longest text of one cell or shared string (default 32M).", valueName: "size"))
    var maxStringLength: ByteCount?

    @Option(help: ArgumentHelp("The most cells one row may hold (default 16384, Excel's column count).", valueName: "count"))
    var maxCellsPerRow: Int?

    @Option(help: ArgumentHelp("The highest row number accepted (default 1048576, Excel's row count).", valueName: "count"))
    var maxRows: Int?

    @Option(help: ArgumentHelp("The most sheets one workbook may list (default 65535).", valueName: "count"))
    var maxSheets: Int?

    @Option(help: ArgumentHelp("The deepest XML element nesting accepted (default 128; libxml2 stops at 256 regardless).", valueName: "levels"))
    var maxDepth: Int?

    @Option(help: ArgumentHelp("The most input files one folder may expand to (default \(InputFiles.defaultMaxFiles)).", valueName: "count"))
    var maxFiles: Int?

    @Option(
        help: ArgumentHelp(
            "The most rows with values one sheet may have to be imported as a plan (default \(ImportOptions.defaultMaxPlanRows); import, validate, inspect, report, diff).",
            valueName: "count"))
    var maxPlanRows: Int?

    /// Every option with its flag and the reader limits it sets: one table for the check and for ``readLimits``.
    private var settings: [(flag: String, value: Int?, sets: [WritableKeyPath<ReadLimits, Int>])] {
        [
            ("--max-entry-size", maxEntrySize?.bytes, [\.maxEntrySize]), ("--max-total-size", maxTotalSize?.bytes, [\.maxTotalSize]),
            ("--max-ratio", maxRatio, [\.maxCompressionRatio, \.maxArchiveRatio]),
            ("--max-shared-strings", maxSharedStrings, [\.maxSharedStrings]), ("--max-string-length", maxStringLength?.bytes, [\.maxStringLength]),
            ("--max-cells-per-row", maxCellsPerRow, [\.maxCellsPerRow]), ("--max-rows", maxRows, [\.maxRows]),
            ("--max-sheets", maxSheets, [\.maxSheets]), ("--max-depth", maxDepth, [\.maxNestingDepth]),
            ("--max-files", maxFiles, []), ("--max-plan-rows", maxPlanRows, []),
        ]
    }

    func validate() throws {
        for setting in settings {
            if let value = setting.value, value < 1 {
                throw ValidationError("\(setting.flag) must be at least 1 / \(setting.flag) は 1 以上にしてください")
            }
        }
    }

    /// The reader limits: the defaults of ``ReadLimits``, with each option given replacing its default.
    var readLimits: ReadLimits {
        var limits = ReadLimits.default
        for setting in settings {
            guard let value = setting.value else { continue }
            for limit in setting.sets { limits[keyPath: limit] = value }
        }
        return limits
    }

    /// The most files a folder input may expand to.
    var fileLimit: Int { maxFiles ?? InputFiles.defaultMaxFiles }

    /// Import options carrying these limits, for commands that read submissions (report, diff, history).
    var importOptions: ImportOptions {
        var options = ImportOptions(limits: readLimits, maxFiles: fileLimit)
        options.maxPlanRows = planRowLimit
        return options
    }

    var planRowLimit: Int { maxPlanRows ?? ImportOptions.defaultMaxPlanRows }
}

/// A size in bytes as written on the command line: `1048576`, `512K`, `64M`, `4G` (also `64MB`, `64MiB`).
struct ByteCount: ExpressibleByArgument, Equatable {
    /// The size in bytes.
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        var text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        for suffix in ["IB", "B"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
        var shift = 0
        if let last = text.last, let unitShift = shifts[last] {
            shift = unitShift
            text.removeLast()
        }
        guard let number = Int(text), number >= 0 else { return nil }
        let (scaled, overflow) = number.multipliedReportingOverflow(by: 1 << shift)
        guard !overflow else { return nil }
        bytes = scaled
    }
}
