import PlanDiff

/// The diff as a workbook a clerk can hand on: a summary sheet with counts by kind,
/// the target changes with old and new side by side, and the added and removed initiatives.
enum DiffWorkbook {
    static func write(_ result: DiffResult, to destination: OutputDestination) throws {
        throw CLIError.usage("--format xlsx needs the XLSX writer, which this build lacks / XLSX 出力は未対応です")
    }
}
