import ArgumentParser
import Foundation

// Interrupted runs must not leave partial outputs: handlers first, then the command.
TemporaryFiles.shared.installSignalHandlers()

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
