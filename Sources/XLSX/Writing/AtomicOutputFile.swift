import Foundation

/// An output file that appears whole or not at all: bytes go to a temporary file beside the
/// target, which becomes the target only on ``commit()``. A failed or interrupted write never
/// leaves half a file and never touches an existing one.
///
/// Without `replacing`, the commit refuses an existing target in the same step as it moves the
/// file into place (`renameat2` with `RENAME_NOREPLACE`, or `link(2)` where the file system has
/// no such rename; both fail on an existing name), so of two runs racing for one name exactly one wins. A target that exists and is not a regular file (a FIFO, a character
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

    /// Opens the output for `target`. Without `replacing`, an existing target is refused by
    /// ``commit()`` in the same step that moves the file into place (``XLSXWriteError/outputExists(path:)``);
    /// a caller that wants to fail before writing checks first, as the command line does. Throws
    /// ``OutputFileError`` when the system refuses.
    ///
    /// The calls are the fewest the guarantees need: without `replacing` nothing is looked up
    /// before the temporary file is created; with it, one `stat` tells a regular file (replaced,
    /// keeping its mode) from a FIFO or device (written into) and from nothing.
    public init(target: URL, replacing: Bool) throws {
        self.target = target
        self.replacing = replacing
        let path = target.path
        var status = stat()
        let resolves = replacing && stat(path, &status) == 0
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
        // A symbolic link to a regular file is followed: the file it names is replaced, the link stays.
        finalPath = resolves && Self.isSymbolicLink(path) ? (Self.realPath(path) ?? path) : path
        let (fd, temporary) = try Self.createTemporaryFile(beside: finalPath, reportingAs: path)
        descriptor = fd
        temporaryPath = temporary
        // A replaced file keeps its mode; a new one gets the usual 0644 (already so when the umask lets it be).
        if resolves {
            fchmod(fd, status.st_mode & 0o7777)
        } else if NewFileMode.createdMode != NewFileMode.wanted {
            fchmod(fd, NewFileMode.wanted)
        }
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
        // One call where the file system can: rename without replacing, which fails on an existing name.
        if let renameWithoutReplacing = Self.renameWithoutReplacing {
            if renameWithoutReplacing(AT_FDCWD, temporaryPath, AT_FDCWD, finalPath, Self.renameNoReplace) == 0 { return }
            if errno == EEXIST { unlink(temporaryPath); throw XLSXWriteError.outputExists(path: target.path) }
            if errno != EINVAL && errno != ENOSYS && errno != ENOTSUP { throw failure(.commit) }
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

    /// Creates `.NAME.UNIQUE.tmp` beside `target`. The name is registered as pending before the
    /// file exists, so a signal arriving at any moment finds it (unlinking a name not yet
    /// created is harmless); an exclusive create makes the name this process's own. `UNIQUE` is a
    /// random number drawn once per process plus a counter: no random draw per file.
    private static func createTemporaryFile(beside target: String, reportingAs path: String) throws -> (Int32, String) {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        for _ in 0..<100 {
            let temporary = folder + "." + name + "." + String(pending.nextSuffix(), radix: 36) + ".tmp"
            pending.insert(temporary)
            let fd = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, NewFileMode.requested)
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

    private static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// glibc's `renameat2`, looked up once: Swift's Glibc module leaves it out (it is declared for
    /// `_GNU_SOURCE` only). Nil where the C library has none; then `link(2)` does the same job.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameWithoutReplacing: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    /// `RENAME_NOREPLACE` from `<linux/fs.h>`.
    private static let renameNoReplace: UInt32 = 1

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static let pending = PendingPaths()
}

/// The mode a new output file gets, and the one to ask `open(2)` for so that the process's umask
/// leaves it as it is and no `fchmod` is needed (the usual umask 022 does).
private enum NewFileMode {
    /// 0644.
    static let wanted: mode_t = 0o644
    /// The umask, read once from /proc/self/status: `umask(2)` can only be read by changing it,
    /// which would race with threads creating files.
    static let umask: mode_t? = {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
        else { return nil }
        return value
    }()
    /// 0644 when the umask keeps it whole, else 0600 (then fixed with `fchmod`).
    static let requested: mode_t = umask.map { $0 & wanted == 0 } == true ? wanted : 0o600
    /// What a file created with ``requested`` ends up with.
    static let createdMode: mode_t = requested & ~(umask ?? 0o777)
}

/// The temporary files of this process not yet committed or discarded, guarded by a lock.
private final class PendingPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var counter = UInt64.random(in: 0...UInt64.max)

    /// A number not handed out before in this process (the first one random).
    func nextSuffix() -> UInt64 {
        lock.lock(); defer { lock.unlock() }
        counter &+= 1
        return counter
    }

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
