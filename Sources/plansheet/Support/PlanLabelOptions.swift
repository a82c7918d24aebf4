import ArgumentParser

/// `--title` and `--version`: the labels of the plan a command builds (import) or reports on (report).
struct PlanLabelOptions: ParsableArguments {
    @Option(help: "The plan's title, e.g. 行財政改革行動計画 (default: the plan JSON's title, if the inputs are plan JSON).")
    var title: String?

    @Option(help: "The plan's version label, e.g. 当初 or R3改定 (default: the plan JSON's version, if the inputs are plan JSON).")
    var version: String?
}
