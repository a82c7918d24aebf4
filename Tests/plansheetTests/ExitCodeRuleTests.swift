import Foundation
import Testing

/// The one exit-code rule, command by command: 0 done and nothing found; 1 done and something
/// found (validation errors, plans that differ, some inputs unreadable: the output covers the
/// others); 2 not done (bad arguments, no usable input). Every failure is one line
/// `plansheet: FILE: 日本語 / English`.
@Suite struct ExitCodeRuleTests {
    /// A folder with one sample submission and one file that is not a workbook at all.
    private static func halfReadableFolder() throws -> (folder: URL, broken: String) {
        let folder = try ImportCommandFiles.scratch()
        try FileManager.default.copyItem(
            atPath: ImportCommandFiles.samples("revised", "table") + "/somu.xlsx",
            toPath: folder.appendingPathComponent("somu.xlsx").path)
        let broken = folder.appendingPathComponent("broken.xlsx")
        try Data("not a zip archive".utf8).write(to: broken)
        return (folder, broken.path)
    }

    private static let notAZip = "broken.xlsx: error: ファイルを読めません"

    @Test(arguments: ["import", "validate", "inspect"])
    func someUnreadableSubmissionsExitOneAndTheOthersAreStillRead(_ command: String) throws {
        let (folder, _) = try Self.halfReadableFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try runPlansheet([command, folder.path])
        #expect(run.status == 1, "\(run.stderr)")
        #expect((run.stdout + run.stderr).contains(Self.notAZip))
        #expect(run.stdout.contains("somu"), "the readable file is still in the output")
    }

    @Test(arguments: ["import", "validate", "inspect"])
    func noReadableSubmissionExitsTwo(_ command: String) throws {
        let (folder, broken) = try Self.halfReadableFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try runPlansheet([command, broken])
        #expect(run.status == 2, "\(run.stderr)")
        #expect((run.stdout + run.stderr).contains(Self.notAZip))
    }

    @Test func validateExitsOneForValidationErrorsAndZeroWhenClean() throws {
        #expect(try runPlansheet(["validate", ImportCommandFiles.samples("revised", "table")]).status == 0)
        let folder = try ImportCommandFiles.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.xlsx").path
        try ImportCommandFiles.python(ValidateCommandTests.broken, [path])
        let run = try runPlansheet(["validate", path])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("plansheet: エラー 5 件 / 5 error(s)\n"))
    }

    @Test(arguments: [["diff"], ["history"], ["report"]])
    func aPlanVersionWithAnUnreadableWorkbookExitsTwoAndWritesNothing(_ command: [String]) throws {
        let (folder, _) = try Self.halfReadableFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = ImportCommandFiles.root.appendingPathComponent("Samples/plans/revised.json").path
        let arguments = command == ["report"] ? command + [folder.path] : command + [plan, folder.path]
        let run = try runPlansheet(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("plansheet: broken.xlsx: ファイルを読めません"))
    }

    @Test func diffExitsZeroForTheSamePlanAndOneWhenThePlansDiffer() throws {
        let plans = ImportCommandFiles.root.appendingPathComponent("Samples/plans")
        let first = plans.appendingPathComponent("first-adopted.json").path, revised = plans.appendingPathComponent("revised.json").path
        #expect(try runPlansheet(["diff", revised, revised]).status == 0)
        #expect(try runPlansheet(["diff", first, revised]).status == 1)
    }

    @Test(arguments: ["diff", "history", "report"])
    func aBrokenPlanJSONIsOneBilingualLineNamingTheFileAndTheKey(_ command: String) throws {
        let folder = try ImportCommandFiles.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.json")
        try Data(#"{"schema": "plansheet.plan/1", "initiatives": [{"title": 5}]}"#.utf8).write(to: broken)
        let run = try runPlansheet(command == "diff" ? [command, broken.path, broken.path] : [command, broken.path])
        #expect(run.status == 2)
        #expect(
            run.stderr == "plansheet: \(broken.path): 計画 JSON として読めません（initiatives[0].title） "
                + "/ plan JSON: initiatives[0].title: expected a string\n")
    }

    @Test(arguments: [
        ["report", "-", "--year", "来年"], ["validate", ".", "--report-year", "来年"],
        ["template", "--from", "来年", "-o", "/tmp/unused.xlsx"],
    ])
    func everyFiscalYearOptionRefusesTheSameTextTheSameWay(_ arguments: [String]) throws {
        let run = try runPlansheet(arguments)
        #expect(run.status == 2)
        let option = arguments[arguments.firstIndex(of: "来年")! - 1]
        #expect(run.stderr.contains("\(option) 来年: 年度として読めません / \(option) 来年: not a fiscal year (2020, R2, 令和2年度, FY2020)"))
    }

    @Test(arguments: [["import", "--no-such-option"], ["diff", "a.json"], ["convert"], ["history", "--threshold", "2", "x.json"]])
    func usageErrorsExitTwoOnEveryCommand(_ arguments: [String]) throws {
        let run = try runPlansheet(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }
}
