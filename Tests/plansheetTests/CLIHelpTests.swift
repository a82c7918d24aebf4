import Foundation
import Testing

/// Runs the built `plansheet` binary the way a user or a script does.
@Suite struct CLIHelpTests {
    @Test func helpNamesTheToolAndItsExitCodes() throws {
        let result = try runPlansheet(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("plansheet"))
        #expect(result.stdout.contains("Exit codes"))
    }
}
