import Foundation
import Testing
@testable import plansheet
import XLSX

/// Folder inputs expand to the workbooks and CSV files below them, sorted, and a folder
/// with more files than `--max-files` allows is refused before anything is read.
@Suite struct InputFilesTests {
    private func folder(with names: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inputs-\(UUID().uuidString)")
        for name in names {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    @Test func expandsAFolderRecursivelyToSortedWorkbooksLegacyWorkbooksAndCSVFiles() throws {
        let root = try folder(with: [
            "総務課/b.xlsx", "a.CSV", "総務課/~$b.xlsx", ".hidden.xlsx", "notes.txt",
            "財政課/2020/c.xlsm", "old.xls", "z.xlsx",
        ])
        let files = try InputFiles.expand([root.path])
        #expect(files == ["a.CSV", "old.xls", "z.xlsx", "総務課/b.xlsx", "財政課/2020/c.xlsm"].map { root.path + "/" + $0 })
    }

    @Test func keepsNamedFilesAsGivenAndInOrder() throws {
        let root = try folder(with: ["x.txt", "y.xlsx"])
        let named = [root.appendingPathComponent("y.xlsx").path, root.appendingPathComponent("x.txt").path]
        #expect(try InputFiles.expand(named) == named)
    }

    @Test func refusesAFolderWithMoreFilesThanTheLimit() throws {
        let root = try folder(with: (1...4).map { "f\($0).xlsx" })
        #expect(try InputFiles.expand([root.path], maxFiles: 4).count == 4)
        #expect {
            try InputFiles.expand([root.path], maxFiles: 3)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("more than 3 input files") && text.contains("--max-files") && text.contains("上限を変更")
        }
    }

    @Test func refusesAPathThatDoesNotExist() {
        #expect { try InputFiles.expand(["/nonexistent/提出"]) } throws: { error in
            String(describing: error) == "/nonexistent/提出: ファイルまたはフォルダーが見つかりません / no such file or folder"
        }
    }

    @Test func readsLimitOptionsIntoReadLimits() throws {
        let options = try LimitOptions.parse(["--max-entry-size", "64M", "--max-ratio", "100", "--max-depth", "50", "--max-files", "7"])
        #expect(options.readLimits.maxEntrySize == 64 << 20)
        #expect(options.readLimits.maxCompressionRatio == 100)
        #expect(options.readLimits.maxNestingDepth == 50)
        #expect(options.readLimits.maxRows == 1_048_576)
        #expect(options.fileLimit == 7)
        #expect(ByteCount(argument: "2GiB")?.bytes == 2 << 30)
        #expect(ByteCount(argument: "512k")?.bytes == 512 << 10)
        #expect(ByteCount(argument: "-1") == nil)
        #expect(ByteCount(argument: "99999999999T") == nil)
    }

    @Test func namesEveryFileAFolderWalkLeavesOutWithTheReason() throws {
        let root = try folder(with: ["総務課/~$b.xlsx", "notes.txt", "a.xlsx", ".git/config.xlsx"])
        let walk = try InputWalk.expand([root.path], extensions: Workbook.fileExtensions)
        #expect(walk.files.map(\.relative) == ["a.xlsx"])
        #expect(
            walk.skipped.map { "\($0.path.dropFirst(root.path.count + 1)) \($0.reason.rawValue)" }
                == [".git hidden", "notes.txt unacceptedExtension", "総務課/~$b.xlsx lockFile"])
        #expect(walk.skipped.last?.description == "\(root.path)/総務課/~$b.xlsx: Excel の一時ファイル（~$）なので読みません / skipped: an Excel lock file (~$)")
    }
}
