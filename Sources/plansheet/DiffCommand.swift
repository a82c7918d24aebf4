import ArgumentParser
import Foundation
import PlanDiff
import PlanModel

/// `plansheet diff OLD NEW`: every change between two plan versions.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two plan versions, target by target and fiscal year by fiscal year.",
        discussion: """
            OLD and NEW are each a plan JSON (plansheet.plan/1), a submission workbook or a folder of \
            submissions. Initiatives pair up by id, then by title (full-width/half-width and spaces \
            ignored), then by title similarity (renames); their indicators likewise.

            Examples:
              plansheet diff Samples/plans/first-adopted.json Samples/plans/revised.json
              plansheet diff Samples/submissions/first-adopted/table Samples/submissions/revised/table
              plansheet diff old.json new.json --format json -o changes.json
              plansheet diff old.json new.json --format xlsx -o 変更点.xlsx --force
              plansheet diff old.json new.json --format csv --threshold 0.5 > changes.csv
              plansheet diff old.json new.json > /dev/null || echo "plans differ"

            Exit codes (as diff(1)): 0 the plans are the same; 1 they differ; 2 error.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, xlsx, md, html
    }

    @Argument(help: "The old version: plan JSON, workbook or folder.")
    var old: String

    @Argument(help: "The new version: plan JSON, workbook or folder.")
    var new: String

    @Option(help: "Output format: text, json, csv, xlsx, md or html.")
    var format: Format = .text

    @OptionGroup var options: ComparisonOptions

    @Flag(name: .customLong("no-actuals"), help: "Compare plans only, not results (実績).")
    var ignoresActuals = false

    func run() throws {
        var differs = false
        try reportingErrors {
            let destination = try options.destination(inputs: [old, new])
            let importOptions = options.limits.importOptions
            let oldPlan = try PlanSource.version(old, options: importOptions)
            let newPlan = try PlanSource.version(new, options: importOptions)
            let result = PlanDiff.compare(
                oldPlan, newPlan,
                options: DiffOptions(threshold: options.threshold, comparesActuals: !ignoresActuals))
            try DiffOutput.write(result, format: format, escapeFormulas: options.escapeFormulas, to: destination)
            differs = !result.isEmpty
        }
        if differs { throw ExitCode(1) }
    }
}
