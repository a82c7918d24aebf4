import Foundation
import Testing
import TestSupport

/// The mode of what `-o` writes: a new file is 0644 whatever the umask lets `open(2)` give, a
/// replaced one keeps its own, and a batch that finds an output in place refuses it without `--force`.
@Suite struct OutputFileModeTests {
    private func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func aNewOutputIs0644AndAReplacedOneKeepsItsMode() throws {
        let root = try makeScratchFolder("output-mode")
        defer { try? FileManager.default.removeItem(at: root) }
        let book = RepositoryFixtures.workbook("cell-types.xlsx").path
        let fresh = root.appendingPathComponent("new.csv").path
        #expect(try runPlansheet(["convert", book, "--to", "csv", "-o", fresh]).status == 0)
        #expect(try mode(fresh) == 0o644)

        // Under a strict umask the file is created 0600 and then given 0644, as before.
        let strict = root.appendingPathComponent("strict.csv").path
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "umask 077 && exec \"$0\" \"$@\"", plansheetURL().path, "convert", book, "--to", "csv", "-o", strict]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(try mode(strict) == 0o644)

        let kept = root.appendingPathComponent("kept.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: kept))
        #expect(chmod(kept, 0o600) == 0)
        #expect(try runPlansheet(["convert", book, "--to", "csv", "-o", kept, "--force"]).status == 0)
        #expect(try mode(kept) == 0o600)
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == (try String(contentsOfFile: fresh, encoding: .utf8)))
    }

    @Test func aBatchRefusesAnOutputAlreadyInPlaceAndLeavesIt() throws {
        let root = try makeScratchFolder("output-batch")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in"), out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for name in ["a", "b"] {
            try FileManager.default.copyItem(at: RepositoryFixtures.workbook("cell-types.xlsx"), to: input.appendingPathComponent("\(name).xlsx"))
        }
        try Data("mine".utf8).write(to: out.appendingPathComponent("b.csv"))
        let run = try runPlansheet(["convert", input.path, "--to", "csv", "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("out/b.csv: 既に存在します（上書きするには --force） / already exists; add --force to replace it"))
        #expect(try String(contentsOf: out.appendingPathComponent("b.csv"), encoding: .utf8) == "mine")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("a.csv").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
