/// Finds the style index for each cell of a row that shares one style, asking the
/// style sheet once per kind of value instead of once per cell. Dates, times and
/// durations without a number format of their own get a matching one, so they show as
/// dates rather than serial numbers.
struct StyleResolver {
    private let style: CellStyle?
    private let styles: StyleSheet
    private var plain = -1, date = -1, dateTime = -1, time = -1, duration = -1

    init(style: CellStyle?, styles: StyleSheet) {
        self.style = style
        self.styles = styles
        if style == nil { plain = 0 }
    }

    mutating func index(for value: CellValue) -> Int {
        switch value {
        case .date(let excelDate):
            let serial = excelDate.serial
            if serial >= 0 && serial < 1 { return cached(&time, .timeOfDay) }
            if serial != serial.rounded(.down) { return cached(&dateTime, .isoDateTime) }
            return cached(&date, .isoDate)
        case .duration:
            return cached(&duration, .elapsedTime)
        default:
            if plain < 0 { plain = styles.index(of: style ?? .plain) }
            return plain
        }
    }

    private func cached(_ slot: inout Int, _ format: NumberFormat) -> Int {
        if slot >= 0 { return slot }
        let base = style ?? .plain
        slot = styles.index(of: base.numberFormat == nil ? base.with(numberFormat: format) : base)
        return slot
    }
}
