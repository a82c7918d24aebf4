import Foundation

/// A temporary file beside a target path that becomes the target only on ``commit(replacing:)``,
/// so a failed or interrupted write never leaves half a file and never touches an existing one.
final class AtomicOutputFile {
    let target: URL
    let temporaryPath: String
    let descriptor: Int32
    private var closed = false

    init(target: URL) throws {
        self.target = target
        let directory = target.deletingLastPathComponent()
        var template = Array(directory.appendingPathComponent(".\(target.lastPathComponent).XXXXXX.tmp").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemps($0, 4) } ?? -1 }
        guard fd >= 0 else {
            throw XLSXWriteError.io(path: target.path, message: "cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        temporaryPath = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp makes the file private (0600); a finished workbook gets the usual 0644.
        fchmod(fd, 0o644)
    }

    deinit { if !closed { close(descriptor) } }

    /// Moves the finished file into place. Without `replacing`, a file that appeared at the
    /// target meanwhile is kept and the write fails: `link(2)` refuses an existing name atomically.
    func commit(replacing: Bool) throws {
        closed = true
        guard close(descriptor) == 0 else { throw failure("cannot close") }
        if replacing {
            guard rename(temporaryPath, target.path) == 0 else { throw failure("cannot rename into place") }
            return
        }
        if link(temporaryPath, target.path) == 0 {
            unlink(temporaryPath)
            return
        }
        if errno == EEXIST { unlink(temporaryPath); throw XLSXWriteError.outputExists(path: target.path) }
        // File systems without hard links: check, then rename.
        if FileManager.default.fileExists(atPath: target.path) { unlink(temporaryPath); throw XLSXWriteError.outputExists(path: target.path) }
        guard rename(temporaryPath, target.path) == 0 else { throw failure("cannot rename into place") }
    }

    /// Deletes the temporary file.
    func discard() {
        if !closed { close(descriptor); closed = true }
        unlink(temporaryPath)
    }

    private func failure(_ what: String) -> XLSXWriteError {
        let message = String(cString: strerror(errno))
        unlink(temporaryPath)
        return XLSXWriteError.io(path: target.path, message: "\(what): \(message)")
    }
}
