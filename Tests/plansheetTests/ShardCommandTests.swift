import Foundation
import Testing
import TestSupport

/// `convert --shard K/N` and `import --shard K/N`, and `import` merging the plan JSON parts the
/// shards wrote: every input converted exactly once, each shard's log and output complete on its
/// own, and the merged parts byte-identical to the plan of one run.
@Suite struct ShardCommandTests {
    private let freeText = RepositoryFixtures.sample("submissions/revised/free-text").path
    private let table = RepositoryFixtures.sample("submissions/revised/table").path

    /// in/ with 7 workbooks in two subfolders, and an Excel lock file (printed as skipped once over all shards).
    private func sevenWorkbooks(in root: URL) throws -> URL {
        let input = root.appendingPathComponent("in")
        for (index, name) in ["a.xlsx", "b.xlsx", "dept/c.xlsx", "dept/d.xlsx", "dept/e.xlsx", "z/f.xlsx", "z/g.xlsx"].enumerated() {
            let target = input.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let source = ["cell-types.xlsx", "chart-sheet.xlsx", "errors.xlsx"][index % 3]
            try FileManager.default.copyItem(at: RepositoryFixtures.workbook(source), to: target)
        }
        try Data("lock".utf8).write(to: input.appendingPathComponent("dept/~$c.xlsx"))
        return input
    }

    private func regularFiles(below folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { found[path] = try Data(contentsOf: url) }
        }
        return found
    }

    private func loggedFiles(_ log: URL) throws -> [String] {
        try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["file"] as? String)
        }
    }

    @Test func convertShardsTogetherWriteEveryOutputOfOneRunExactlyOnce() throws {
        let root = try makeScratchFolder("shard-convert")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = try sevenWorkbooks(in: root)
        let whole = try runPlansheet(["convert", input.path, "--to", "csv", "-o", root.appendingPathComponent("whole").path])
        #expect(whole.status == 0, "\(whole.stderr)")
        let expected = try regularFiles(below: root.appendingPathComponent("whole"))
        #expect(expected.count == 7)

        var merged: [String: Data] = [:]
        var logged: [String] = []
        var lockLines = 0
        for k in 1...3 {
            let out = root.appendingPathComponent("shard\(k)"), log = root.appendingPathComponent("log\(k).jsonl")
            let run = try runPlansheet(["convert", input.path, "--to", "csv", "-o", out.path, "--shard", "\(k)/3", "--jsonl-log", log.path])
            #expect(run.status == 0, "\(run.stderr)")
            let outputs = try regularFiles(below: out)
            #expect(Set(outputs.keys).isDisjoint(with: merged.keys), "shard \(k) repeats an output")
            merged.merge(outputs) { first, _ in first }
            // The log names exactly this shard's inputs, and the summary counts them.
            let files = try loggedFiles(log)
            #expect(files.count == outputs.count)
            #expect(run.stderr.contains("converted \(files.count) file"))
            logged += files
            lockLines += run.stderr.components(separatedBy: "~$c.xlsx: Excel の一時ファイル").count - 1
        }
        #expect(merged == expected)
        #expect(logged == ["a.xlsx", "b.xlsx", "dept/c.xlsx", "dept/d.xlsx", "dept/e.xlsx", "z/f.xlsx", "z/g.xlsx"].map { input.path + "/" + $0 })
        #expect(lockLines == 1)
    }

    @Test func aShardOfOneFileIsABatchAndAShardBeyondTheFilesConvertsNothing() throws {
        let root = try makeScratchFolder("shard-small")
        defer { try? FileManager.default.removeItem(at: root) }
        let book = RepositoryFixtures.workbook("cell-types.xlsx").path
        // One input in two slices: ⌊1·1/2⌋ = 0, so slice 1 is empty and slice 2 holds the file.
        let first = try runPlansheet(["convert", book, "--to", "csv", "-o", root.appendingPathComponent("one").path, "--shard", "1/2"])
        #expect(first.status == 0)
        #expect(first.stderr.contains("converted 0 files, 0 failed"))
        #expect(try regularFiles(below: root.appendingPathComponent("one")).isEmpty)
        let second = try runPlansheet(["convert", book, "--to", "csv", "-o", root.appendingPathComponent("two").path, "--shard", "2/2"])
        #expect(second.status == 0)
        #expect(try regularFiles(below: root.appendingPathComponent("two")).keys.sorted() == ["cell-types.csv"])
    }

    @Test func aBadShardIsAUsageErrorInBothLanguages() throws {
        for bad in ["0/4", "5/4", "1", "x/y"] {
            for command in [["convert", freeText, "--to", "csv", "-o", "/nonexistent-out"], ["import", freeText]] {
                let run = try runPlansheet(command + ["--shard", bad])
                #expect(run.status == 2)
                #expect(run.stderr.contains("--shard \(bad): K/N の形で 1 ≦ K ≦ N を指定してください"))
                #expect(run.stderr.contains("give K/N with 1 ≤ K ≤ N, counted from 1"))
            }
        }
    }

    @Test func mergedImportPartsAreByteIdenticalToThePlanOfOneRun() throws {
        let root = try makeScratchFolder("shard-import")
        defer { try? FileManager.default.removeItem(at: root) }
        let options = ["--title", "行財政改革行動計画", "--version", "R3改定"]
        let whole = try runPlansheet(["import", freeText, table] + options)
        #expect(whole.status == 0, "\(whole.stderr)")
        for count in [2, 3, 4] {
            var parts: [String] = []
            for k in 1...count {
                let part = root.appendingPathComponent("part-\(k)-of-\(count).json").path
                let run = try runPlansheet(["import", freeText, table, "--shard", "\(k)/\(count)", "-o", part] + options)
                #expect(run.status == 0, "\(run.stderr)")
                parts.append(part)
            }
            let merged = try runPlansheet(["import"] + parts)
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdoutData == whole.stdoutData, "\(count) parts")
        }
    }

    @Test func mergedPartsReportDuplicatesAsOneRunDoes() throws {
        let root = try makeScratchFolder("shard-duplicates")
        defer { try? FileManager.default.removeItem(at: root) }
        // The same folder twice: every initiative appears twice, split across the two shards.
        let whole = try runPlansheet(["import", freeText, freeText])
        let parts = try (1...2).map { k -> String in
            let part = root.appendingPathComponent("\(k).json").path
            _ = try runPlansheet(["import", freeText, freeText, "--shard", "\(k)/2", "-o", part])
            return part
        }
        let merged = try runPlansheet(["import"] + parts)
        #expect(merged.stdoutData == whole.stdoutData)
        let duplicates = { (text: String) in text.split(separator: "\n").filter { $0.contains("duplicateInitiative") || $0.contains("にもあります") } }
        #expect(!duplicates(whole.stderr).isEmpty)
        #expect(duplicates(merged.stderr) == duplicates(whole.stderr))
    }

    @Test func partsThatDisagreeOrAShardedMergeAreRefused() throws {
        let root = try makeScratchFolder("shard-refused")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("1.json").path, second = root.appendingPathComponent("2.json").path
        _ = try runPlansheet(["import", freeText, "--shard", "1/2", "--version", "当初", "-o", first])
        _ = try runPlansheet(["import", freeText, "--shard", "2/2", "--version", "R3改定", "-o", second])
        let disagree = try runPlansheet(["import", first, second])
        #expect(disagree.status == 2)
        #expect(disagree.stderr.contains("version が部分ファイルごとに異なります（1.json: 当初 と 2.json: R3改定）。--version で指定してください"))
        #expect(disagree.stderr.contains("the parts give different versions (1.json: 当初 and 2.json: R3改定); choose one with --version"))
        let chosen = try runPlansheet(["import", first, second, "--version", "R3改定"])
        #expect(chosen.status == 0)
        #expect(chosen.stdout.contains("\"version\": \"R3改定\""))

        let sharded = try runPlansheet(["import", first, second, "--shard", "1/2"])
        #expect(sharded.status == 2)
        #expect(sharded.stderr.contains("plan JSON parts are merged by one run without --shard"))

        try Data("{\"schema\": \"plansheet.plan/1\", \"initiatives\": 3}".utf8).write(to: root.appendingPathComponent("bad.json"))
        let broken = try runPlansheet(["import", first, root.appendingPathComponent("bad.json").path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("bad.json"))
        #expect(broken.stderr.contains("cannot read the plan JSON part"))
    }

    @Test func anImportShardBeyondTheFilesWritesAnEmptyPartThatMerges() throws {
        let root = try makeScratchFolder("shard-empty")
        defer { try? FileManager.default.removeItem(at: root) }
        let book = RepositoryFixtures.sample("submissions/revised/free-text/somu.xlsx").path
        let parts = try (1...2).map { k -> String in
            let part = root.appendingPathComponent("\(k).json").path
            let run = try runPlansheet(["import", book, "--shard", "\(k)/2", "-o", part])
            #expect(run.status == 0, "\(run.stderr)")
            return part
        }
        #expect(try String(contentsOfFile: parts[0], encoding: .utf8).contains("\"initiatives\": []"))
        #expect(!(try String(contentsOfFile: parts[1], encoding: .utf8).contains("\"initiatives\": []")))
        let merged = try runPlansheet(["import"] + parts)
        #expect(merged.stdoutData == (try runPlansheet(["import", book])).stdoutData)

        // A folder whose name ends in .json is walked for workbooks, not read as a part.
        let folder = root.appendingPathComponent("submissions.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: book, toPath: folder.appendingPathComponent("somu.xlsx").path)
        #expect(try runPlansheet(["import", folder.path]).stdoutData == (try runPlansheet(["import", book])).stdoutData)
    }
}
