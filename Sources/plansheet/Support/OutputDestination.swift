import Foundation
import XLSX

/// Where a command's output goes: standard output, or a file written through XLSX's
/// ``AtomicOutputFile`` (the one mechanism for every output PlanSheet writes).
///
/// A file appears whole or not at all; an existing file is replaced only with `--force`, and
/// the check and the commit are one step, so of two runs racing for one `-o` exactly one wins.
/// A FIFO or device (`-o /dev/null`) is written into with `--force`, never replaced.
struct OutputDestination {
    /// The target file, or nil for standard output.
    let url: URL?
    /// Whether an existing file may be replaced.
    let force: Bool

    /// Makes a destination from `-o` (nil or `-` for standard output) and `--force`.
    /// Refuses an existing file without `force` (early, before any input is read; the commit
    /// checks again atomically), and any path that is one of the inputs. An output that does not
    /// exist yet costs one `lstat`: only an existing one can be an input, which is then checked
    /// by what the two paths name (device and inode), however they are spelt.
    init(path: String?, force: Bool, inputs: [String] = []) throws {
        self.force = force
        guard let path, path != "-" else { url = nil; return }
        var status = stat()
        if lstat(path, &status) == 0 {
            if Self.isOneOf(inputs, path) {
                throw CLIError.usage(path, ja: "出力先が入力ファイルと同じです", en: "the output is also an input; PlanSheet never overwrites an input")
            }
            if !force { throw CLIError.outputExists(path) }
        }
        url = URL(fileURLWithPath: path, isDirectory: false)
    }

    /// Whether `path` names the same file as one of `inputs`.
    private static func isOneOf(_ inputs: [String], _ path: String) -> Bool {
        var target = stat()
        guard stat(path, &target) == 0 else { return false }
        return inputs.contains { input in
            var status = stat()
            return input != "-" && stat(input, &status) == 0 && status.st_dev == target.st_dev && status.st_ino == target.st_ino
        }
    }

    /// Writes everything `body` emits, then commits: the temporary file becomes the output.
    func write(_ body: (inout OutputSink) throws -> Void) throws {
        guard let url else {
            try StandardStreams.requireOutput()
            var sink = OutputSink(FileDescriptorSink(descriptor: STDOUT_FILENO, name: OutputFileError.standardOutputName))
            try body(&sink)
            try sink.flush()
            return
        }
        do {
            let file = try AtomicOutputFile(target: url, replacing: force)
            do {
                var sink = OutputSink(FileDescriptorSink(descriptor: file.descriptor, name: url.path))
                try body(&sink)
                try sink.flush()
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        } catch XLSXWriteError.outputExists(let path) {
            throw CLIError.outputExists(path)
        }
    }
}

/// A command's output stream: text and bytes, buffered into large writes.
struct OutputSink {
    /// The buffered descriptor underneath, for writers that take a ``ZipWriterSink``.
    let bytes: FileDescriptorSink

    init(_ bytes: FileDescriptorSink) { self.bytes = bytes }

    /// Appends UTF-8 text.
    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try bytes.write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends raw bytes.
    func write<Bytes: Sequence>(bytes sequence: Bytes) throws where Bytes.Element == UInt8 {
        let written: Void? = try sequence.withContiguousStorageIfAvailable { try bytes.write(UnsafeRawBufferPointer($0)) }
        if written == nil { try Array(sequence).withUnsafeBytes { try bytes.write($0) } }
    }

    /// Writes out what is buffered.
    func flush() throws { try bytes.flush() }
}
