/// Why a CSV or JSON Lines file could not be read; each case names the file and line.
public enum CSVReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Bytes that are not valid in the file's encoding.
    case invalidEncoding(file: String, line: Int, encoding: CSVEncoding)
    /// A quoted field still open at the end of the file.
    case unterminatedQuote(file: String, line: Int)
    /// A JSON Lines line that is not a JSON array of scalars.
    case invalidJSONLine(file: String, line: Int, message: String)
    /// The file could not be read.
    case io(file: String, message: String)
    /// A field or record passes a limit from ``ReadLimits`` (an unclosed quote swallowing the file, a line of millions of commas).
    case limitExceeded(file: String, line: Int, limit: String)

    /// A one-line message naming the file and line.
    public var description: String {
        switch self {
        case .invalidEncoding(let file, let line, let encoding):
            return "\(file) line \(line): bytes that are not valid \(encoding.rawValue); try --encoding"
        case .unterminatedQuote(let file, let line): return "\(file): the quoted field opened on line \(line) never closes"
        case .invalidJSONLine(let file, let line, let message): return "\(file) line \(line): \(message)"
        case .io(let file, let message): return "\(file): \(message)"
        case .limitExceeded(let file, let line, let limit): return "\(file) line \(line): exceeds a safety limit: \(limit)"
        }
    }
}
