import Foundation
import XLSX

/// Writes a workbook to a command's destination: a file (atomically, as every output)
/// or standard output when that is not a terminal.
enum WorkbookOutput {
    /// Writes the workbook `body` builds; a writer error (a bad sheet name, too many rows) is
    /// reported with `context` (the input it came from) in front, an output fault as it is.
    static func write(
        to destination: OutputDestination, options: WorkbookWriterOptions = WorkbookWriterOptions(),
        context: String? = nil, _ body: (WorkbookWriter) throws -> Void
    ) throws {
        if destination.url == nil && isatty(STDOUT_FILENO) == 1 { throw CLIError.binaryToTerminal }
        try destination.write { sink in
            do {
                try WorkbookWriter.write(to: sink.bytes, options: options, body)
            } catch let error as XLSXWriteError {
                throw CLIError(status: .unusable, subject: context ?? error.subject, japanese: error.japanese, english: error.english)
            }
        }
    }
}
