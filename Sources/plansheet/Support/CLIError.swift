import ArgumentParser
import PlanModel

/// An error the command line finds itself (an option out of range, an output that exists, no
/// usable input), with its message in Japanese and English and what it means for the exit code.
struct CLIError: BilingualError {
    /// How the run ends: ``ExitStatus/unusable`` or ``ExitStatus/findings``.
    var status: ExitStatus
    var subject: String?
    var japanese: String
    var english: String

    /// Bad arguments, or no input the job can use (exit 2).
    static func usage(_ subject: String? = nil, ja japanese: String, en english: String) -> CLIError {
        CLIError(status: .unusable, subject: subject, japanese: japanese, english: english)
    }

    /// The job ran and found something: validation errors, some inputs unreadable (exit 1).
    static func findings(_ subject: String? = nil, ja japanese: String, en english: String) -> CLIError {
        CLIError(status: .findings, subject: subject, japanese: japanese, english: english)
    }
}
