import Foundation
import Testing

/// Outputs under pressure: racing writers, special files, a full disk, a read-only folder
/// and a closed standard output. Each ends in the right file or one clear bilingual line.
@Suite struct OutputFaultTests {
    private func smallCSV(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("in.csv").path
        try Data("取組,目標\r\nＲＰＡ導入,50\r\n".utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func concurrentWritersOfOneOutputWithoutForceExactlyOneWinsEveryTime() throws {
        let folder = try makeScratchFolder("race")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try smallCSV(in: folder)
        for round in 1...12 {
            let output = folder.appendingPathComponent("out\(round).xlsx")
            let writers = (0..<6).map { _ in Process() }
            for writer in writers {
                writer.executableURL = plansheetURL()
                writer.arguments = ["convert", input, "--to", "xlsx", "-o", output.path]
                writer.standardOutput = FileHandle.nullDevice
                writer.standardError = FileHandle.nullDevice
            }
            // All started before any is waited for, so their commits overlap.
            for writer in writers { try writer.run() }
            for writer in writers { writer.waitUntilExit() }
            let statuses = writers.map(\.terminationStatus)
            #expect(statuses.filter { $0 == 0 }.count == 1, "round \(round): \(statuses)")
            #expect(statuses.filter { $0 == 2 }.count == 5, "round \(round): \(statuses)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty)
    }

    @Test func forceWritesIntoDevNullAndLeavesTheDeviceAlone() throws {
        let folder = try makeScratchFolder("devnull")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet(["convert", try smallCSV(in: folder), "--to", "xlsx", "-o", "/dev/null", "--force"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func anExistingDeviceIsRefusedWithoutForce() throws {
        let folder = try makeScratchFolder("devnull")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet(["convert", try smallCSV(in: folder), "--to", "xlsx", "-o", "/dev/null"])
        #expect(result.status == 2)
        #expect(result.stderr == "plansheet: /dev/null: 既に存在します（上書きするには --force） / already exists; add --force to replace it\n")
    }

    @Test func forceWritesIntoAFIFOAndThroughASymbolicLinkToIt() throws {
        let folder = try makeScratchFolder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        let link = folder.appendingPathComponent("link.xlsx").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
        for target in [fifo, link] {
            // The reader is `cat`, copying what arrives in the FIFO into a regular file.
            let copy = folder.appendingPathComponent("copy.xlsx")
            let reader = Process()
            reader.executableURL = URL(fileURLWithPath: "/bin/sh")
            reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, copy.path]
            try reader.run()
            let result = try runPlansheet(["convert", try smallCSV(in: folder), "--to", "xlsx", "-o", target, "--force"])
            reader.waitUntilExit()
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = try Data(contentsOf: copy)
            #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), "a workbook went through \(target)")
            try FileManager.default.removeItem(at: copy)
        }
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
    }

    @Test func forceThroughASymbolicLinkToARegularFileReplacesTheFileAndKeepsTheLink() throws {
        let folder = try makeScratchFolder("link")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.xlsx"), link = folder.appendingPathComponent("link.xlsx")
        try Data("old".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let result = try runPlansheet(["convert", try smallCSV(in: folder), "--to", "xlsx", "-o", link.path, "--force"])
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try Data(contentsOf: real).prefix(2) == Data("PK".utf8))
    }

    @Test func aFullDiskIsOneBilingualLineNamingTheOutput() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else {
            print("skipped: /dev/full is not on this system (Linux only)")
            return
        }
        let folder = try makeScratchFolder("full")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet(["convert", try smallCSV(in: folder), "--to", "xlsx", "-o", "/dev/full", "--force"])
        #expect(result.status == 2)
        #expect(
            result.stderr == "plansheet: /dev/full: 出力ファイルを書き込めません（ディスクの空き容量が足りません）"
                + " / cannot write the output: No space left on device\n")
    }

    @Test func aClosedStandardOutputIsOneBilingualLine() throws {
        let folder = try makeScratchFolder("closed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = [
            "-c", "exec \"$0\" convert \"$1\" --to xlsx >&- 2>\"$2\"", plansheetURL().path,
            try smallCSV(in: folder), folder.appendingPathComponent("err").path,
        ]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 2)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("err"), encoding: .utf8)
                == "plansheet: standard output: 標準出力に書き込めません（出力先が閉じられています）"
                + " / cannot write the output: Bad file descriptor\n")
    }

    /// Mounts a small tmpfs (root on Linux only), runs `body` on it and unmounts it.
    private func withSmallFileSystem(readOnly: Bool, _ body: (URL) throws -> Void) throws {
        let mountPoint = try makeScratchFolder("tmpfs")
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/sh")
        mount.arguments = ["-c", "mount -t tmpfs -o size=64k\(readOnly ? ",ro" : "") tmpfs \"$0\" 2>/dev/null", mountPoint.path]
        try mount.run()
        mount.waitUntilExit()
        guard geteuid() == 0, mount.terminationStatus == 0 else {
            print("skipped: mounting a small tmpfs needs root on Linux; /dev/full covers the full disk")
            return
        }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mountPoint.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        try body(mountPoint)
    }

    /// 40 CSV files of 2,000 rows: more than a 64 KiB disk holds as workbooks.
    private func manyInputs(in folder: URL) throws -> URL {
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let rows = (1...2_000).map { "\($0),\(Double($0) * 7.5),取組\($0)\r\n" }.joined()
        for file in 1...40 { try Data(("番号,金額,名前\r\n" + rows).utf8).write(to: inputs.appendingPathComponent("f\(file).csv")) }
        return inputs
    }

    @Test func aBulkRunOnAFullDiskSaysSoOnceAndStops() throws {
        let folder = try makeScratchFolder("bulkfull")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try manyInputs(in: folder)
        try withSmallFileSystem(readOnly: false) { disk in
            let result = try runPlansheet(["convert", inputs.path, "--to", "xlsx", "-o", disk.appendingPathComponent("out").path, "-j", "1"])
            #expect(result.status == 2)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 2, "\(result.stderr)")
            #expect(lines.first?.contains("出力ファイルを書き込めません（ディスクの空き容量が足りません） / cannot write the output: No space left on device") == true)
            #expect(lines.last?.contains("inputs not converted") == true)
            let written = try FileManager.default.contentsOfDirectory(atPath: disk.appendingPathComponent("out").path)
            #expect(written.allSatisfy { $0.hasSuffix(".xlsx") && !$0.hasPrefix(".") }, "no temporary file left: \(written)")
        }
    }

    @Test func aReadOnlyFolderIsOneBilingualLineNamingTheOutput() throws {
        let folder = try makeScratchFolder("readonly")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try manyInputs(in: folder)
        try withSmallFileSystem(readOnly: true) { disk in
            let single = try runPlansheet([
                "convert", inputs.appendingPathComponent("f1.csv").path, "--to", "xlsx",
                "-o", disk.appendingPathComponent("x.xlsx").path,
            ])
            #expect(single.status == 2)
            #expect(
                single.stderr == "plansheet: \(disk.appendingPathComponent("x.xlsx").path): 出力ファイルを書き込めません"
                    + "（読み取り専用の場所です） / cannot create the output: Read-only file system\n")
            let bulk = try runPlansheet(["convert", inputs.path, "--to", "xlsx", "-o", disk.appendingPathComponent("out").path])
            #expect(bulk.status == 2)
            #expect(bulk.stderr.split(separator: "\n").count == 2, "\(bulk.stderr)")
            #expect(
                bulk.stderr.hasPrefix(
                    "plansheet: \(disk.appendingPathComponent("out").path): 出力ファイルを書き込めません"
                        + "（読み取り専用の場所です） / cannot create the output folder: Read-only file system\n"))
        }
    }
}
