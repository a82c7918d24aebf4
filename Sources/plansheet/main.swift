// Interrupted runs must not leave partial outputs: handlers first, then the command.
TemporaryFiles.shared.installSignalHandlers()
PlanSheetCommand.main()
