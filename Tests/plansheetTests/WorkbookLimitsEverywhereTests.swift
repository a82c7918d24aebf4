import Foundation
import Testing

/// Every command that reads a workbook takes the same `--max-…` safety limits:
/// report, diff and history as well as convert, import and validate.
@Suite struct WorkbookLimitsEverywhereTests {
    /// A submission of the repository's samples: 4 rows and more in its first sheet.
    private var submission: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/submissions/revised/free-text/somu.xlsx").path
    }

    @Test(arguments: [["report", "--format", "md"], ["diff"], ["history"]])
    func aCommandReadingWorkbooksObeysMaxRows(command: [String]) throws {
        let inputs = command == ["diff"] ? [submission, submission] : [submission]
        let limited = try runPlansheet(command + inputs + ["--max-rows", "3"])
        #expect(limited.status == 2)
        #expect(limited.stderr.contains("row number 4 is outside 1…3"), "\(limited.stderr)")
        let unlimited = try runPlansheet(command + inputs)
        #expect(unlimited.status == 0, "\(unlimited.stderr)")
    }

    @Test(arguments: ["report", "diff", "history", "convert", "import", "validate"])
    func everyWorkbookCommandListsTheSameLimitOptions(command: String) throws {
        let help = try runPlansheet([command, "--help"])
        for option in [
            "--max-entry-size", "--max-total-size", "--max-ratio", "--max-shared-strings", "--max-string-length",
            "--max-cells-per-row", "--max-rows", "--max-sheets", "--max-depth", "--max-files",
        ] {
            #expect(help.stdout.contains(option), "\(command) --help lacks \(option)")
        }
    }
}
