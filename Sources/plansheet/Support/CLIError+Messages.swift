import PlanIO

/// The command line's own errors that more than one command raises, each said once.
extension CLIError {
    /// Some inputs could not be read or gave nothing; the output covers the others.
    static let someInputsUnread = CLIError.findings(
        ja: "読めない、または取組のないファイルがあります（上のメッセージを参照）",
        en: "some files could not be read or gave no initiative; see the messages above")

    /// An output (`-o`, `--write-profile`) that exists, without `--force`: every command says it so.
    static func outputExists(_ path: String) -> CLIError {
        .usage(path, ja: "既に存在します（上書きするには --force）", en: "already exists; add --force to replace it")
    }

    /// No plan was named on the command line.
    static let noPlanGiven = CLIError.usage(ja: "計画ファイルを指定してください", en: "give at least one plan")

    /// A binary workbook would go to a terminal.
    static let binaryToTerminal = CLIError.usage(
        ja: "-o で出力ファイルを指定してください", en: "an XLSX workbook is binary; give -o FILE.xlsx or redirect standard output")

    /// CSV or JSON Lines asked to convert to something other than a workbook.
    static let textInputNeedsXLSX = CLIError.usage(
        ja: "CSV と JSON Lines は xlsx にだけ変換できます（--to xlsx）", en: "CSV and JSON Lines inputs convert to xlsx: add --to xlsx")

    /// A fiscal-year option whose value reads as no fiscal year.
    static func notAFiscalYear(_ option: String, _ text: String) -> CLIError {
        .usage(ja: "\(option) \(text): 年度として読めません", en: "\(option) \(text): not a fiscal year (2020, R2, 令和2年度, FY2020)")
    }

    /// The rule for commands that read submissions and report on them (import, validate, inspect):
    /// when not one file could be read there is nothing to report on (exit 2); when some could
    /// not, the job is done for the others and the run ends with ``someInputsUnread`` (exit 1).
    static func requireSomeReadableFile(_ result: PlanImporter.Result) throws {
        let unreadable = Set(result.issues.filter { $0.kind == .unreadableFile }.map(\.location.file))
        guard !result.files.isEmpty, unreadable.count < result.files.count else {
            throw CLIError.usage(
                ja: "読み込めるファイルが1つもありません（上のメッセージを参照）",
                en: "not one of the files could be read; see the messages above")
        }
    }
}
