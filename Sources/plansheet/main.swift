import ArgumentParser
import Foundation

// A closed standard stream is held first, before anything else opens a file in its place;
// then interrupted runs must not leave partial outputs: handlers, then the command.
StandardStreams.secure()
InterruptHandling.install()

do {
    var command = try PlanSheetCommand.parseAsRoot()
    try command.run()
} catch {
    // ArgumentParser ends usage errors with EX_USAGE (64); PlanSheet documents 2 for every
    // usage or input error, so scripts need to check one code only.
    if PlanSheetCommand.exitCode(for: error).rawValue == 64 {
        FileHandle.standardError.write(Data((PlanSheetCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    PlanSheetCommand.exit(withError: error)
}
