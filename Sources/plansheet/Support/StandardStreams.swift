import Foundation
import XLSX

/// Standard input, output and error as the process found them at start-up.
///
/// A stream that was closed (`plansheet … >&-`) must not be reused by chance: the next file
/// the process opens would get its number and receive the output. So a closed stream is
/// held by `/dev/null`, and writing to a closed standard output fails with a clear error
/// instead of vanishing.
enum StandardStreams {
    /// Whether standard output was closed when the process started.
    nonisolated(unsafe) private(set) static var outputWasClosed = false

    /// Checks the three streams; call first thing at start-up.
    static func secure() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            if descriptor == STDOUT_FILENO { outputWasClosed = true }
            let placeholder = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }

    /// Throws when standard output was closed at start-up.
    static func requireOutput() throws {
        if outputWasClosed { throw OutputFileError(path: OutputFileError.standardOutputName, step: .write, code: EBADF) }
    }
}
