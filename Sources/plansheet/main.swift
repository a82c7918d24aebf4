import ArgumentParser
import Foundation

// A closed standard stream is held first, before anything else opens a file in its place;
// then interrupted runs must not leave partial outputs: handlers, then the command.
StandardStreams.secure()
InterruptHandling.install()

do {
    var command = try PlanSheetCommand.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    // A command's own failure, already printed by `reportingErrors`.
    exit(code.rawValue)
} catch {
    // ArgumentParser's errors: help and version to standard output, usage errors with the
    // documented exit code (ExitStatus), not its EX_USAGE, and a Japanese line after its English.
    let status = ExitStatus.of(error)
    guard status != .success else { PlanSheetCommand.exit(withError: error) }
    let message = PlanSheetCommand.fullMessage(for: error) + "\n" + UsageHint.japanese(arguments: CommandLine.arguments) + "\n"
    FileHandle.standardError.write(Data(message.utf8))
    exit(status.rawValue)
}
