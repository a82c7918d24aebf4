import Foundation
import XLSX

/// Writes a workbook to a command's destination: a file (atomically, as every output)
/// or standard output when that is not a terminal.
enum WorkbookOutput {
    static func write(to destination: OutputDestination, _ body: (WorkbookWriter) throws -> Void) throws {
        if destination.url == nil && isatty(STDOUT_FILENO) == 1 {
            throw CLIError.usage("an XLSX workbook is binary; give -o FILE.xlsx or redirect standard output / -o で出力ファイルを指定してください")
        }
        try destination.write { sink in
            let fileSink = FileDescriptorSink(handle: sink.handle, name: destination.url?.path ?? "stdout")
            do {
                try WorkbookWriter.write(to: fileSink, options: WorkbookWriterOptions(replaceExisting: true), body)
            } catch let error as XLSXWriteError {
                throw CLIError.failure(error.description)
            }
        }
    }
}
