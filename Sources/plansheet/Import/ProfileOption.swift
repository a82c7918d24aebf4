import ArgumentParser
import Foundation
import LayoutProfileYAML
import PlanIO

/// `--profile FILE`, shared by import, validate and inspect: the layout profile, read and checked
/// before any submission is, so that a mistake in it is a usage error (exit 2) naming its line.
struct ProfileOption: ParsableArguments {
    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp(
            "A layout profile (YAML) for templates PlanSheet does not recognise; see README \"Layout profiles\".",
            valueName: "file"))
    var path: String?

    /// The profile, or nil without `--profile`. A ``LayoutProfileError`` ends the run with exit 2
    /// and its one line (`p.yaml:14: sheets[1].columns[2].role: … / …`).
    func load() throws -> LayoutProfile? {
        guard let path else { return nil }
        return try LayoutProfile(contentsOf: URL(fileURLWithPath: path), name: path)
    }
}
