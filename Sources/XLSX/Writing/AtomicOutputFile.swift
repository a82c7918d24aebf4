import Foundation

/// An output file that appears whole or not at all: bytes go to a temporary file beside the
/// target, which becomes the target only on ``commit()``. A failed or interrupted write never
/// leaves half a file and never touches an existing one.
///
/// Without `replacing`, the commit refuses an existing target in the same step as it moves the
/// file into place (`link(2)`, which fails on an existing name), so of two runs racing for one
/// name exactly one wins. A target that exists and is not a regular file (a FIFO, a character
/// device such as `/dev/null`, or a symbolic link to one) is written into directly when
/// `replacing` is set: only regular files are ever replaced. A symbolic link to a regular file
/// is followed, so the file it names is replaced and the link stays.
///
/// ```swift
/// let file = try AtomicOutputFile(target: url, replacing: false)
/// do {
///     try writeEverything(to: file.descriptor)
///     try file.commit()
/// } catch {
///     file.discard()
///     throw error
/// }
/// ```
///
/// Every temporary file not yet committed or discarded is known to
/// ``removeUnfinishedFiles()``, which a signal handler calls before the process exits.
public final class AtomicOutputFile {
    /// The path as given.
    public let target: URL
    /// Whether an existing regular file may be replaced (and a special file written into).
    public let replacing: Bool
    /// The descriptor to write the output to.
    public let descriptor: Int32
    /// Whether the output goes straight into an existing FIFO or device rather than a temporary file.
    public var writesIntoSpecialFile: Bool { temporaryPath == nil }

    /// Where the finished file goes: the target, or the regular file a symbolic link target names.
    private let finalPath: String
    /// The temporary file, nil when writing into a special file.
    private let temporaryPath: String?
    private var closed = false

    /// Opens the output for `target`. Throws ``XLSXWriteError/outputExists(path:)`` when it
    /// exists and `replacing` is false, and ``OutputFileError`` when the system refuses.
    public init(target: URL, replacing: Bool) throws {
        self.target = target
        self.replacing = replacing
        let path = target.path
        var linkStatus = stat()
        let exists = lstat(path, &linkStatus) == 0
        if exists && !replacing { throw XLSXWriteError.outputExists(path: path) }
        var status = stat()
        let resolves = exists && stat(path, &status) == 0
        if resolves && (status.st_mode & S_IFMT) == S_IFDIR {
            throw OutputFileError(path: path, step: .create, code: EISDIR)
        }
        if resolves && (status.st_mode & S_IFMT) != S_IFREG {
            // O_NONBLOCK is not set: a FIFO waits for its reader, as a shell redirection does.
            let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw OutputFileError(path: path, step: .create) }
            descriptor = fd
            finalPath = path
            temporaryPath = nil
            return
        }
        finalPath = resolves ? (Self.realPath(path) ?? path) : path
        let (fd, temporary) = try Self.createTemporaryFile(beside: URL(fileURLWithPath: finalPath), reportingAs: path)
        descriptor = fd
        temporaryPath = temporary
        // A replaced file keeps its mode; a new one gets the usual 0644.
        fchmod(fd, resolves ? status.st_mode & 0o7777 : 0o644)
    }

    deinit {
        if !closed { close(descriptor) }
        if let temporaryPath, Self.pending.remove(temporaryPath) { unlink(temporaryPath) }
    }

    /// Moves the finished file into place (or, for a special file, closes it).
    /// Without ``replacing``, a file that appeared at the target meanwhile is kept and the
    /// commit throws ``XLSXWriteError/outputExists(path:)``.
    public func commit() throws {
        closed = true
        guard close(descriptor) == 0 else { throw failure(.write) }
        guard let temporaryPath else { return }
        defer { _ = Self.pending.remove(temporaryPath) }
        if replacing {
            guard rename(temporaryPath, finalPath) == 0 else { throw failure(.commit) }
            return
        }
        if link(temporaryPath, finalPath) == 0 {
            unlink(temporaryPath)
            return
        }
        if errno == EEXIST { unlink(temporaryPath); throw XLSXWriteError.outputExists(path: target.path) }
        try commitWithoutHardLinks(temporaryPath)
    }

    /// Deletes the temporary file (a special file is only closed: what went into it is gone).
    public func discard() {
        if !closed { close(descriptor); closed = true }
        if let temporaryPath, Self.pending.remove(temporaryPath) { unlink(temporaryPath) }
    }

    /// Removes every temporary file still being written in this process. For a signal handler
    /// (run from a dispatch source, not from the raw handler: it takes a lock).
    public static func removeUnfinishedFiles() {
        for path in pending.removeAll() { unlink(path) }
    }

    /// Creates `.NAME.RANDOM.tmp` beside `target`. The name is registered as pending before the
    /// file exists, so a signal arriving at any moment finds it (unlinking a name not yet
    /// created is harmless); an exclusive create makes the name this process's own.
    private static func createTemporaryFile(beside target: URL, reportingAs path: String) throws -> (Int32, String) {
        let folder = target.deletingLastPathComponent()
        for _ in 0..<100 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(suffix).tmp").path
            pending.insert(temporary)
            let fd = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, temporary) }
            let code = errno
            _ = pending.remove(temporary)
            if code != EEXIST { throw OutputFileError(path: path, step: .create, code: code) }
        }
        throw OutputFileError(path: path, step: .create, code: EEXIST)
    }

    /// For file systems without hard links: claims the name with an exclusive create, which is
    /// as atomic as `link(2)`, then renames the finished file over the claimed empty one.
    private func commitWithoutHardLinks(_ temporaryPath: String) throws {
        let claim = open(finalPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard claim >= 0 else {
            let code = errno
            unlink(temporaryPath)
            if code == EEXIST { throw XLSXWriteError.outputExists(path: target.path) }
            throw OutputFileError(path: target.path, step: .commit, code: code)
        }
        close(claim)
        Self.pending.insert(finalPath)
        defer { _ = Self.pending.remove(finalPath) }
        guard rename(temporaryPath, finalPath) == 0 else {
            let error = failure(.commit)
            unlink(finalPath)
            throw error
        }
    }

    private func failure(_ step: OutputFileError.Step) -> OutputFileError {
        let error = OutputFileError(path: target.path, step: step)
        if let temporaryPath { unlink(temporaryPath); _ = Self.pending.remove(temporaryPath) }
        return error
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static let pending = PendingPaths()
}

/// The temporary files of this process not yet committed or discarded, guarded by a lock.
private final class PendingPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func insert(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(path)
    }

    /// Forgets `path`; true when it was still pending.
    func remove(_ path: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return paths.remove(path) != nil
    }

    func removeAll() -> Set<String> {
        lock.lock(); defer { lock.unlock() }
        defer { paths.removeAll() }
        return paths
    }
}
