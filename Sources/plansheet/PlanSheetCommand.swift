import ArgumentParser

/// The `plansheet` command line: one tool, one subcommand per job.
struct PlanSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansheet",
        abstract: "Spreadsheets of public administration: XLSX conversion, plan import, diff and report.",
        discussion: """
        Exit codes: 0 success; 1 the job ran and found something (validation errors, \
        plans that differ, some inputs failed); 2 usage or input error.
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
