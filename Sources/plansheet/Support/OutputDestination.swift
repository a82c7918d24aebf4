import Foundation

/// Where a command's output goes: standard output, or a file written atomically.
///
/// A file is written to a temporary file beside the target and renamed into place
/// only when the command succeeds, so a failure or an interruption never leaves
/// half a file, and an existing file is replaced only with `--force`.
struct OutputDestination {
    /// The target file, or nil for standard output.
    let url: URL?
    /// Whether an existing file may be replaced.
    let force: Bool

    /// Makes a destination from `-o` (nil or `-` for standard output) and `--force`.
    /// Refuses an existing file without `force`, and any path that is one of the inputs.
    init(path: String?, force: Bool, inputs: [String] = []) throws {
        self.force = force
        guard let path, path != "-" else { url = nil; return }
        let target = URL(fileURLWithPath: path).standardizedFileURL
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            == target.resolvingSymlinksInPath().path {
            throw CLIError.usage("output \(path) is also an input; PlanSheet never overwrites an input / 出力先が入力ファイルと同じです")
        }
        if FileManager.default.fileExists(atPath: target.path) && !force {
            throw CLIError.usage("\(path) already exists; add --force to replace it / 既に存在します（上書きするには --force）")
        }
        url = target
    }

    /// Writes everything `body` emits, then commits: renames the temporary file into place.
    func write(_ body: (inout OutputSink) throws -> Void) throws {
        guard let url else {
            var sink = OutputSink(handle: FileHandle.standardOutput)
            try body(&sink)
            try sink.flush()
            return
        }
        let temp = Self.temporaryURL(beside: url)
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw CLIError.failure("cannot create \(temp.path) / 出力ファイルを作成できません")
        }
        TemporaryFiles.shared.register(temp)
        defer { TemporaryFiles.shared.remove(temp) }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            var sink = OutputSink(handle: handle)
            try body(&sink)
            try sink.flush()
            try handle.close()
            try Self.commit(temp, to: url, force: force)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }

    /// A hidden temporary file in the target's folder, so the final rename stays on one file system.
    static func temporaryURL(beside url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
    }

    /// Renames a finished temporary file over the target.
    static func commit(_ temp: URL, to url: URL, force: Bool) throws {
        if !force && FileManager.default.fileExists(atPath: url.path) {
            throw CLIError.usage("\(url.path) already exists; add --force to replace it / 既に存在します（上書きするには --force）")
        }
        guard rename(temp.path, url.path) == 0 else {
            throw CLIError.failure("cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
    }
}

/// A buffered byte sink over a file handle: commands write text or bytes, it writes in large blocks.
struct OutputSink {
    let handle: FileHandle
    private var buffer: [UInt8] = []

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends UTF-8 text.
    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends raw bytes.
    mutating func write<Bytes: Sequence>(bytes: Bytes) throws where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
