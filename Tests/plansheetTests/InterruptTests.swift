import Foundation
import Testing

/// Ctrl-C, SIGTERM, a closed terminal (SIGHUP) and Ctrl-\ (SIGQUIT) in the middle of a
/// conversion leave no partial output, no temporary file, no crash report, and the file
/// that was about to be replaced (with `--force`) exactly as it was.
///
/// The conversion reads CSV from standard input, which the test holds open: the run cannot
/// finish before the signal, however fast the machine, so nothing here depends on timing.
@Suite struct InterruptTests {
    /// Files in `folder` that look like AtomicOutputFile's temporary files (`.NAME.XXXXXX.tmp`).
    private func temporaryFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    /// Starts `convert - --to xlsx -o OUTPUT` with standard input held open, waits for its
    /// temporary output to appear, sends `signal` and returns the exit status and standard error.
    private func interruptConversion(
        in folder: URL, output: URL, force: Bool,
        signal: Int32
    ) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = plansheetURL()
        process.arguments = ["convert", "-", "--to", "xlsx", "-o", output.path] + (force ? ["--force"] : [])
        let input = Pipe()
        // Standard error goes beside the folder, whose contents the tests check.
        let errorURL = folder.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        try process.run()
        input.fileHandleForWriting.write(Data("取組,目標\r\nＲＰＡ導入,50\r\n".utf8))
        let started = try waitUntil { try !temporaryFiles(in: folder).isEmpty }
        if !started { process.terminate() }
        try #require(started, "no temporary output appeared within a minute")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        try errorHandle.close()
        defer { try? FileManager.default.removeItem(at: errorURL) }
        return (process.terminationStatus, String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    func aSignalDuringAConversionLeavesTheOldFileIntactAndNoTemporaryFile(signal: Int32) throws {
        let folder = try makeScratchFolder("interrupt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.xlsx")
        let previous = Data("前回の出力 / the previous output\r\n".utf8)
        try previous.write(to: output)

        let run = try interruptConversion(in: folder, output: output, force: true, signal: signal)

        #expect(run.status == 128 + signal)
        #expect(run.stderr == "")
        #expect(try Data(contentsOf: output) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlsx"])
    }

    @Test(arguments: [SIGINT, SIGHUP, SIGQUIT])
    func aSignalDuringAConversionToANewFileLeavesNoFileAtAll(signal: Int32) throws {
        let folder = try makeScratchFolder("interrupt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try interruptConversion(in: folder, output: folder.appendingPathComponent("new.xlsx"), force: false, signal: signal)
        #expect(run.status == 128 + signal)
        #expect(run.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
