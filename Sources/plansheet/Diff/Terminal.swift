import Foundation

/// Facts about where standard output goes.
enum Terminal {
    /// Whether output to standard output should be coloured: a terminal, and NO_COLOR unset.
    static var standardOutputWantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
