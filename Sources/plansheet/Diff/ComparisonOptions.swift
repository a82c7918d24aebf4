import ArgumentParser
import PlanDiff

/// The options `plansheet diff` and `plansheet history` share: where the output goes and
/// how alike two titles must be to count as one initiative, and the safety limits for reading workbooks.
struct ComparisonOptions: ParsableArguments {
    @OptionGroup var destinationOptions: OutputOptions

    @Option(help: "Lowest title similarity (0…1) at which a changed title still counts as the same initiative (a rename).")
    var threshold: Double = DiffOptions.defaultThreshold

    @Flag(help: "With --format csv: prefix text cells starting with = + - @ with ' so a spreadsheet shows them instead of running them (OWASP CSV injection).")
    var escapeFormulas = false

    @OptionGroup(title: "Safety limits")
    var limits: LimitOptions

    /// The output destination, after checking the threshold; `inputs` are never overwritten.
    func destination(inputs: [String]) throws -> OutputDestination {
        guard (0...1).contains(threshold) else {
            throw CLIError.usage(ja: "--threshold は 0 から 1 の間で指定してください", en: "--threshold must be between 0 and 1, not \(threshold)")
        }
        return try destinationOptions.destination(inputs: inputs)
    }
}
