import ArgumentParser
import Foundation

/// `-o`/`--output` and `--force`, the same on every command that writes something.
///
/// One group, so the flags are spelt, explained and checked alike everywhere: output goes
/// to standard output unless `-o` is given, and `-o` never replaces a file without `--force`.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write to this file (a folder where a command writes several) instead of standard output.",
            valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    /// Whether the output goes to standard output (no `-o`, or `-o -`).
    var isStandardOutput: Bool { output == nil || output == "-" }

    /// The destination `-o` names; an existing file without `--force`, or one of `inputs`, is refused.
    func destination(inputs: [String] = []) throws -> OutputDestination {
        try OutputDestination(path: output, force: force, inputs: inputs)
    }

    /// Refuses, in a command's `validate()` (before any input is read), to write a binary
    /// workbook to a terminal.
    func requireFileForBinaryOutput() throws {
        if isStandardOutput && isatty(STDOUT_FILENO) == 1 { throw ValidationError(Self.binaryToTerminal) }
    }

    /// What a binary output on a terminal is told.
    static let binaryToTerminal = CLIError.binaryToTerminal.bilingualMessage
}
