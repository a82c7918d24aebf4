extension CellStyles {
    /// The styles of a workbook whose cell formats name number formats by id (BIFF's XF records):
    /// each id's kind and display code decided as the XLSX styles part decides them, so a `.xls`
    /// cell shows dates, durations, percents and units exactly as the same cell in an `.xlsx`.
    ///
    /// - Parameters:
    ///   - formatOfStyle: the number format id of each cell format, in cell-format order.
    ///   - customCodes: the format codes the file defines; they override the built-in meaning of their id.
    init(formatOfStyle: [Int], customCodes: [Int: String]) {
        self.init(
            kinds: formatOfStyle.map { id in customCodes[id].map(NumberFormatKind.classify) ?? NumberFormatKind.builtIn(id) },
            displayCodes: formatOfStyle.map { id in
                let code = customCodes[id] ?? NumberFormatKind.builtInPercentCodes[id]
                return code.flatMap { NumberFormatKind.changesMeaning($0) ? $0 : nil }
            })
    }
}
