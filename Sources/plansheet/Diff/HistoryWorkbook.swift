import PlanDiff

/// The history as a workbook: one row per indicator and fiscal year, and the revisions.
enum HistoryWorkbook {
    static func write(_ history: History, to destination: OutputDestination) throws {
        throw CLIError.usage("--format xlsx needs the XLSX writer, which this build lacks / XLSX 出力は未対応です")
    }
}
