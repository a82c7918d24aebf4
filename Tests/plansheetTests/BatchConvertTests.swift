import Foundation
import Testing
import TestSupport

/// `plansheet convert` over many files and folders: mirrored outputs, failures reported and skipped,
/// the JSON Lines log, exit codes, and the same outputs whatever the number of workers.
@Suite struct BatchConvertTests {
    private func fixture(_ name: String) -> URL { RepositoryFixtures.workbook(name) }

    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// in/a.xlsx (8 rows), in/dept/b.xlsx (the chart-sheet workbook), in/dept/broken.xlsx (not a ZIP),
    /// in/dept/truncated.xlsx (a workbook cut short), in/notes.csv and in/.hidden.xlsx.
    private func mixedFolder() throws -> URL {
        let root = try scratchFolder()
        let input = root.appendingPathComponent("in")
        let dept = input.appendingPathComponent("dept")
        try FileManager.default.createDirectory(at: dept, withIntermediateDirectories: true)
        let files = FileManager.default
        try files.copyItem(at: fixture("cell-types.xlsx"), to: input.appendingPathComponent("a.xlsx"))
        try files.copyItem(at: fixture("chart-sheet.xlsx"), to: dept.appendingPathComponent("b.xlsx"))
        try Data("this is not a workbook".utf8).write(to: dept.appendingPathComponent("broken.xlsx"))
        let whole = try Data(contentsOf: fixture("errors.xlsx"))
        try whole.prefix(whole.count / 2).write(to: dept.appendingPathComponent("truncated.xlsx"))
        try Data("取組,目標\r\nRPA,50\r\n".utf8).write(to: input.appendingPathComponent("notes.csv"))
        try files.copyItem(at: fixture("cell-types.xlsx"), to: input.appendingPathComponent(".hidden.xlsx"))
        return root
    }

    private func files(below folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    private func logObjects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any])
        }
    }

    @Test func convertsAFolderMirroringNamesAndSkippingBrokenFiles() throws {
        let root = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let result = try runPlansheet(["convert", root.appendingPathComponent("in").path, "--to", "csv", "-o", out.path])
        #expect(result.status == 1)
        #expect(files(below: out) == ["a.csv", "dept/b.csv"])
        let first = try String(contentsOf: out.appendingPathComponent("a.csv"), encoding: .utf8)
        #expect(first.hasPrefix("hello world,string\r\n日本語,string\r\n12345,int\r\n"))
        #expect(result.stderr.contains("broken.xlsx: XLSX ファイルではありません / not an XLSX file"))
        #expect(result.stderr.contains("truncated.xlsx"))
        #expect(result.stderr.hasSuffix("converted 2 files, 2 failed, 13 rows in \(try #require(result.stderr.split(separator: " ").dropLast().last)) s\n"))
        #expect(!result.stderr.contains("\r"), "no progress bar when standard error is not a terminal")
    }

    @Test func writesOneObjectPerInputToTheJSONLinesLog() throws {
        let root = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in").path
        let result = try runPlansheet(["convert", input, "--to", "jsonl", "-o", root.appendingPathComponent("out").path, "--jsonl-log", "-"])
        let log = try logObjects(result.stdout)
        #expect(log.map { $0["file"] as? String } == ["a.xlsx", "dept/b.xlsx", "dept/broken.xlsx", "dept/truncated.xlsx"].map { input + "/" + $0 })
        #expect(log.map { $0["rows"] as? Int } == [8, 5, 0, 0])
        #expect(log.map { $0["sheets"] as? [String] } == [["Sheet1"], ["Sheet1"], [], []])
        #expect(log[0]["error"] is NSNull)
        #expect((log[2]["error"] as? String)?.contains("not an XLSX file") == true)
        #expect(log.allSatisfy { ($0["seconds"] as? Double).map { $0 >= 0 } == true })
    }

    @Test func namesOneOutputPerSheetAfterFileAndSheetWithAllSheets() throws {
        let root = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let logURL = root.appendingPathComponent("run.jsonl")
        let result = try runPlansheet([
            "convert", fixture("errors.xlsx").path, fixture("no-references.xlsx").path,
            "--to", "jsonl", "--all-sheets", "-o", out.path, "--jsonl-log", logURL.path,
        ])
        #expect(result.status == 0)
        #expect(
            files(below: out) == [
                "errors__Feuil1.jsonl", "errors__Feuil2.jsonl", "errors__Feuil3.jsonl",
                "no-references__Continent.jsonl", "no-references__Country.jsonl",
            ])
        let errors = try String(contentsOf: out.appendingPathComponent("errors__Feuil1.jsonl"), encoding: .utf8)
        #expect(errors.hasPrefix("[\"#DIV/0!\"]\n[\"#NAME?\"]\n[\"#VALUE!\"]\n"))
        let log = try logObjects(try String(contentsOf: logURL, encoding: .utf8))
        #expect(log.map { $0["sheets"] as? [String] } == [["Feuil1", "Feuil2", "Feuil3"], ["Continent", "Country"]])
        #expect(log.map { $0["rows"] as? Int } == [7, 9])
        #expect(result.stderr.hasPrefix("plansheet: converted 2 files, 0 failed, 16 rows in "))
    }

    @Test func convertsAFolderOfCSVAndWorkbooksToXLSX() throws {
        let root = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let result = try runPlansheet([
            "convert", root.appendingPathComponent("in").path, "--to", "xlsx", "-o", out.path,
            "--jsonl-log", "-",
        ])
        #expect(result.status == 1)
        #expect(files(below: out) == ["a.xlsx", "dept/b.xlsx", "notes.xlsx"])
        let log = try logObjects(result.stdout)
        let notes = try #require(log.first { ($0["file"] as? String)?.hasSuffix("notes.csv") == true })
        #expect(notes["sheets"] as? [String] == ["notes"])
        #expect(notes["rows"] as? Int == 2)
        let back = try runPlansheet(["convert", out.appendingPathComponent("notes.xlsx").path, "--to", "csv"])
        #expect(back.stdout == "取組,目標\r\nRPA,50\r\n")
    }

    @Test func exitsTwoWhenEveryInputFails() throws {
        let root = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runPlansheet([
            "convert", fixture("corrupted.xlsx").path, fixture("no-worksheets.xlsx").path,
            "--to", "csv", "-o", root.appendingPathComponent("out").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("plansheet: converted 0 files, 2 failed, 0 rows in "))
    }

    @Test func refusesManyInputsWithoutAnOutputFolder() throws {
        let file = fixture("cell-types.xlsx").path
        let result = try runPlansheet(["convert", file, file, "--to", "csv"])
        #expect(result.status == 2, "the documented usage exit, as for every other argument error")
        #expect(result.stderr.contains("need -o DIR"))
    }

    @Test func refusesTwoInputsThatWouldWriteOneOutput() throws {
        let root = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("in/a.xlsx").path
        try FileManager.default.copyItem(atPath: file, toPath: root.appendingPathComponent("in/dept/a.xlsx").path)
        let result = try runPlansheet([
            "convert", file, root.appendingPathComponent("in/dept/a.xlsx").path,
            "--to", "csv", "-o", root.appendingPathComponent("out").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("would both write"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out/a.csv").path))
    }

    @Test func givesTheSameOutputsWithOneAndTwoWorkers() throws {
        let root = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = [RepositoryFixtures.workbooks.path, RepositoryFixtures.sample("submissions").path]
        var outputs: [[String: Data]] = []
        var logs: [[String]] = []
        for workers in ["1", "2"] {
            let out = root.appendingPathComponent("out\(workers)")
            let result = try runPlansheet(
                ["convert"] + inputs + [
                    "--to", "csv", "--all-sheets", "-o", out.path,
                    "-j", workers, "--jsonl-log", "-",
                ])
            #expect(result.status <= 1)
            var contents: [String: Data] = [:]
            for path in files(below: out) { contents[path] = try Data(contentsOf: out.appendingPathComponent(path)) }
            outputs.append(contents)
            // Everything but the timing is the same, line by line in input order.
            logs.append(
                try logObjects(result.stdout).map { object in
                    "\(object["file"] ?? "") \(object["sheets"] ?? "") \(object["rows"] ?? "") \(object["error"] ?? "")"
                })
        }
        #expect(outputs[0].count > 25)
        #expect(outputs[0] == outputs[1])
        #expect(logs[0] == logs[1])
    }

    @Test func keepsStandardOutputForOneInputWithoutOutputFolder() throws {
        let result = try runPlansheet(["convert", fixture("cell-types.xlsx").path, "--to", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[\"hello world\",\"string\"]\n"))
        #expect(result.stderr.isEmpty)
    }
}
