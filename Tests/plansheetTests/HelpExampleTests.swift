import Foundation
import Testing
import TestSupport

/// Every `--help` example that names the bundled Samples/ runs as written, in order, in one folder
/// (as a user pasting them one after the other would): an example that cannot work is a bug.
@Suite struct HelpExampleTests {
    static let subcommands = ["convert", "import", "inspect", "validate", "template", "diff", "history", "report"]
    /// The subcommands whose help shows at least one example over the Samples.
    static let withSamplesExamples: Set = ["import", "validate", "diff", "history", "report"]

    /// The help's example lines, each unwrapped: the help is wrapped at 80 columns, and a wrapped
    /// example continues on the next line at column 0.
    static func examples(of subcommand: String) throws -> [String] {
        let help = try runPlansheet(["help", subcommand]).stdout
        var examples: [String] = []
        var previousWasExample = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  plansheet ") {
                examples.append(line.trimmingCharacters(in: .whitespaces))
                previousWasExample = true
            } else if previousWasExample, let first = line.first, first != " ", let last = examples.indices.last {
                examples[last] += " " + line
            } else {
                previousWasExample = false
            }
        }
        return examples
    }

    @Test func everySubcommandHelpShowsExamples() throws {
        for subcommand in Self.subcommands {
            #expect(try Self.examples(of: subcommand).count >= 2, "plansheet help \(subcommand)")
        }
    }

    @Test(arguments: subcommands)
    func theSamplesExamplesOfEachHelpRunAsWritten(_ subcommand: String) throws {
        let folder = try makeScratchFolder("help-examples")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Samples"),
            withDestinationURL: RepositoryFixtures.root.appendingPathComponent("Samples"))
        // Shell-free examples over the Samples only: pipes, redirections and files of the user's own are not run.
        let runnable = try Self.examples(of: subcommand).filter {
            $0.contains("Samples/") && !$0.contains("|") && !$0.contains(">")
        }
        if Self.withSamplesExamples.contains(subcommand) { #expect(!runnable.isEmpty, "no Samples example found in plansheet help \(subcommand)") }
        for example in runnable {
            let arguments = example.split(separator: " ").dropFirst().map(String.init)
            let run = try runPlansheet(arguments, currentDirectory: folder)
            // diff exits 1 when the plans differ, which is what its examples show.
            let expected: Int32 = subcommand == "diff" ? 1 : 0
            #expect(run.status == expected, "\(example): exit \(run.status): \(run.stderr)")
        }
    }
}
