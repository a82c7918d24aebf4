import Foundation
import Testing
import TestSupport

/// The same situation is worded the same by every command: a missing input, a folder that cannot
/// be read, an output that exists without `--force`, a usage error of swift-argument-parser.
@Suite struct SameSituationSameWordsTests {
    static let revised = RepositoryFixtures.sample("plans/revised.json").path
    static let table = RepositoryFixtures.sample("submissions/revised/table").path

    /// Every command that reads inputs, with the arguments it needs besides the input.
    static let readingCommands: [(name: String, before: [String], after: [String])] = [
        ("convert", [], ["--to", "csv", "-o", "converted"]), ("import", [], []), ("inspect", [], []), ("validate", [], []),
        ("diff", [], [revised]), ("history", [], []), ("report", [], []),
    ]

    /// A scratch folder to run in, holding `exists.txt`.
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wording-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: folder.appendingPathComponent("exists.txt"))
        return folder
    }

    /// A folder that exists and cannot be listed: one made unreadable (not for root, who reads
    /// every folder), else /proc/1/map_files, which a container's root cannot list; nil where neither.
    static let unlistableFolder: String? = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unlistable-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0)
        for candidate in [folder.path, "/proc/1/map_files"] {
            var status = stat()
            guard stat(candidate, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { continue }
            guard let directory = opendir(candidate) else { return candidate }
            closedir(directory)
        }
        return nil
    }()

    @Test("a missing input is worded the same by every command", arguments: readingCommands.map(\.name))
    func missingInput(command: String) throws {
        let entry = try #require(Self.readingCommands.first { $0.name == command })
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet([command] + entry.before + ["missing.xlsx"] + entry.after, currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "plansheet: missing.xlsx: ファイルまたはフォルダーが見つかりません / no such file or folder\n")
    }

    @Test(
        "a folder that cannot be read is worded the same by every command", .enabled(if: unlistableFolder != nil),
        arguments: readingCommands.map(\.name))
    func unreadableFolder(command: String) throws {
        let entry = try #require(Self.readingCommands.first { $0.name == command })
        let unlistable = try #require(Self.unlistableFolder)
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet([command] + entry.before + [unlistable] + entry.after, currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "plansheet: \(unlistable): フォルダーを読めません / cannot read the folder\n")
    }

    /// Every command that writes, with arguments that would write to `exists.txt`.
    static let writingCommands: [String: [String]] = [
        "convert": [RepositoryFixtures.sample("submissions/revised/table/somu.xlsx").path, "--to", "csv", "-o", "exists.txt"],
        "import": [table, "-o", "exists.txt"],
        "inspect": [table, "--write-profile", "exists.txt"],
        "validate": [table, "-o", "exists.txt"],
        "template": ["-o", "exists.txt"],
        "diff": [revised, revised, "-o", "exists.txt"],
        "history": [revised, "-o", "exists.txt"],
        "report": [revised, "-o", "exists.txt"],
    ]

    @Test(
        "an output that exists, without --force, is worded the same by every command",
        arguments: ["convert", "import", "inspect", "validate", "template", "diff", "history", "report"])
    func existingOutput(command: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet([command] + (Self.writingCommands[command] ?? []), currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "plansheet: exists.txt: 既に存在します（上書きするには --force） / already exists; add --force to replace it\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("exists.txt"), encoding: .utf8) == "keep\n")
    }

    @Test(
        "a usage error of swift-argument-parser ends with a Japanese line naming the command's help",
        arguments: ["convert", "import", "inspect", "validate", "template", "diff", "history", "report"])
    func usageErrorHint(command: String) throws {
        let result = try runPlansheet([command, "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.hasSuffix("\n使い方: plansheet \(command) --help で説明と例を表示します\n"))
    }
}
