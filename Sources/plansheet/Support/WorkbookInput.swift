import Foundation
import XLSX

/// Opens the workbook a command line names: a file (mapped, not copied), or `-` for
/// standard input, read into memory because a ZIP archive is read from its end.
enum WorkbookInput {
    /// What errors call standard input.
    static let standardInputName = "standard input"

    /// The workbook at `path`, or on standard input for `-`.
    static func open(_ path: String, limits: ReadLimits) throws -> Workbook {
        guard path == "-" else { return try Workbook(contentsOf: URL(fileURLWithPath: path, isDirectory: false), limits: limits) }
        return try Workbook(data: readStandardInput(limit: limits.maxEntrySize), name: standardInputName, limits: limits)
    }

    /// All of standard input, refusing more than `limit` bytes (a workbook's archive is
    /// smaller than what one of its parts may inflate to).
    static func readStandardInput(limit: Int) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try FileHandle.standardInput.read(upToCount: 1 << 20)
            } catch {
                throw XLSXError.unreadable(file: standardInputName, reason: error.localizedDescription)
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if data.count > limit {
                throw XLSXError.limitExceeded(
                    file: standardInputName, part: "(archive)",
                    limit: "more than \(limit) bytes on standard input (--max-entry-size)")
            }
        }
    }
}
