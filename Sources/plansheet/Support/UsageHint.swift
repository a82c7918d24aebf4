import ArgumentParser

/// The Japanese line after swift-argument-parser's usage errors, which it words in English only
/// (`Error: Missing expected argument…`, `Usage: …`): where the command's help and examples are.
enum UsageHint {
    /// `使い方: plansheet diff --help で説明と例を表示します`, naming the subcommand the arguments start with.
    static func japanese(arguments: [String]) -> String {
        let names = PlanSheetCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        let command = arguments.dropFirst().first(where: names.contains).map { "plansheet " + $0 } ?? "plansheet"
        return "使い方: \(command) --help で説明と例を表示します"
    }
}
