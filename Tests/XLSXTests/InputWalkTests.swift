import Foundation
import Testing
import XLSX

/// ``InputWalk`` lists folders with `readdir`: the same files, order and skip reasons as a
/// walk that looks every file up, and symbolic links below a folder are not followed.
@Suite struct InputWalkTests {
    @Test func aWalkSortsByBytesAndNamesEverythingItLeavesOut() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = FileManager.default
        for name in ["b.xlsx", "A.XLSX", "課/c.xlsm", "課/深い/d.xlsx", "notes.pdf", "~$b.xlsx", ".hidden.xlsx", ".git/x.xlsx", "noextension"] {
            let url = root.appendingPathComponent(name)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: url)
        }
        try files.createSymbolicLink(atPath: root.appendingPathComponent("link.xlsx").path, withDestinationPath: root.appendingPathComponent("b.xlsx").path)
        try files.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path, withDestinationPath: root.appendingPathComponent("課").path)
        #expect(mkfifo(root.appendingPathComponent("pipe.xlsx").path, 0o600) == 0)

        let walk = try InputWalk.expand([root.path + "/"], extensions: ["xlsx", "xlsm"])
        #expect(walk.files.map(\.relative) == ["A.XLSX", "b.xlsx", "課/c.xlsm", "課/深い/d.xlsx"])
        #expect(walk.files.first?.path == root.path + "/A.XLSX")
        let skipped = walk.skipped.map { "\($0.path.dropFirst(root.path.count + 1)) \($0.reason)" }
        #expect(
            skipped == [
                ".git hidden", ".hidden.xlsx hidden", "link.xlsx notRegularFile", "linked-folder unacceptedExtension",
                "noextension unacceptedExtension", "notes.pdf unacceptedExtension", "pipe.xlsx notRegularFile",
                "~$b.xlsx lockFile",
            ])
    }

    @Test func aNamedFileIsTakenAsItIsAndAMissingOneIsNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data().write(to: file)
        let walk = try InputWalk.expand([file.path], extensions: ["xlsx"])
        #expect(walk.files.map(\.path) == [file.path])
        #expect(walk.files.map(\.relative) == [file.lastPathComponent])
        #expect(throws: InputWalk.Failure.missing(path: "/no/such/folder")) {
            try InputWalk.expand(["/no/such/folder"], extensions: ["xlsx"])
        }
    }
}
