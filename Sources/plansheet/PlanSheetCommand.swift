import ArgumentParser

/// The `plansheet` command line: one tool, one subcommand per job.
struct PlanSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansheet",
        abstract: "Spreadsheets of public administration: XLSX conversion, plan import, diff and report.",
        discussion: """
            Exit codes, the same for every command: 0 done, nothing found; 1 done and something \
            found (validation errors, plans that differ, some inputs unreadable: the output covers \
            the others); 2 not done (bad arguments, no usable input, an output that cannot be written). \
            Every failure is one line: plansheet: FILE: 日本語 / English.
            """,
        version: "0.1.0",
        subcommands: [
            ConvertCommand.self,
            ImportCommand.self,
            InspectCommand.self,
            ValidateCommand.self,
            TemplateCommand.self,
            DiffCommand.self,
            HistoryCommand.self,
            ReportCommand.self,
            BenchmarkWriteCommand.self,
            ScanCommand.self,
        ]
    )
}
