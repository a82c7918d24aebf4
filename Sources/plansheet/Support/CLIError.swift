import ArgumentParser

/// An error the command line reports to the person or script that ran it, with its exit code.
enum CLIError: Error, CustomStringConvertible {
    /// Bad arguments or unusable input (exit 2).
    case usage(String)
    /// The job could not be done (exit 2).
    case failure(String)
    /// The job ran and found something to report (exit 1): validation errors, differing plans, failed inputs.
    case findings(String)

    var description: String {
        switch self {
        case .usage(let text), .failure(let text), .findings(let text): return text
        }
    }

    /// The process exit code for this error.
    var exitCode: ExitCode {
        switch self {
        case .findings: return ExitCode(1)
        case .usage, .failure: return ExitCode(2)
        }
    }
}

import Foundation

/// Runs a command's body, turning any error into a one-line message on standard
/// error (`plansheet: …`) and the documented exit code, never a stack trace.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CLIError {
        FileHandle.standardError.write(Data("plansheet: \(error.description)\n".utf8))
        throw error.exitCode
    } catch {
        FileHandle.standardError.write(Data("plansheet: \(ErrorMessages.message(for: error))\n".utf8))
        throw ExitCode(2)
    }
}
