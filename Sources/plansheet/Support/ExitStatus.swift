import ArgumentParser
import Foundation
import PlanModel

/// The exit codes every command keeps to, and the one mapping from an error to its line on
/// standard error and its code (as swift-argument-parser's `MessageInfo` does for its own errors).
///
/// - 0: the job was done and found nothing to report (`diff`: the plans are the same).
/// - 1: the job was done and found something: validation errors, plans that differ, some
///   inputs that could not be read or gave nothing (the output covers the others).
/// - 2: the job could not be done: bad arguments, no usable input (every input unreadable, a
///   plan version or report input that cannot be read whole), an output that exists without
///   `--force` or cannot be written.
enum ExitStatus: Int32 {
    case success = 0
    case findings = 1
    case unusable = 2

    /// The exit status a run ending in `error` has.
    static func of(_ error: Error) -> ExitStatus {
        switch error {
        case let error as CLIError: return error.status
        case let code as ExitCode: return ExitStatus(rawValue: code.rawValue) ?? .unusable
        default:
            // ArgumentParser ends help with 0 and usage errors with EX_USAGE (64); PlanSheet documents 2
            // for every usage or input error, so scripts need to check one code only.
            let parser = PlanSheetCommand.exitCode(for: error)
            return parser == .success ? .success : .unusable
        }
    }

    /// The one line a run ending in `error` prints: the error's own bilingual message where it
    /// has one (every error of the libraries and of the command line does), else its description.
    static func message(for error: Error) -> String {
        if let error = error as? BilingualError { return error.bilingualMessage }
        return String(describing: error).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
    }
}

/// Runs a command's body, turning any error into its one line on standard error
/// (`plansheet: …`) and its exit code (``ExitStatus/of(_:)``), never a stack trace.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("plansheet: \(ExitStatus.message(for: error))\n".utf8))
        throw ExitCode(ExitStatus.of(error).rawValue)
    }
}
