import PlanModel

/// Two versions of a plan typed in the table layout: every target and result a bare number,
/// no text of the department's own, so what people read is spelt out from the model.
enum TablePlanFigures {
    /// The first-adopted (当初) or the revised (R3改定) version.
    static func plan(revised: Bool) -> Plan {
        let ocr = Indicator(
            name: "ＡＩ-ＯＣＲ 利用枚数", unit: "枚", period: .perYear, direction: .increase,
            targets: [
                Target(fiscalYear: 2020, value: 12000, comparator: .atLeast, text: "12000"),
                Target(fiscalYear: 2021, value: revised ? 67000 : 20000, comparator: .atLeast, text: revised ? "67000" : "20000"),
            ], actuals: [Actual(fiscalYear: 2020, value: revised ? 62000 : 61000, text: revised ? "62000" : "61000")])
        let rate = Indicator(
            name: "電子申請率", unit: "%", direction: .increase,
            targets: [
                Target(fiscalYear: 2021, value: revised ? 95 : 90, comparator: .atLeast, text: revised ? "95" : "90")
            ])
        let overtime = Indicator(
            name: "時間外勤務", unit: "時間", period: .perMonth, direction: .decrease,
            targets: [
                Target(fiscalYear: 2021, value: revised ? 40 : 45, comparator: .atMost, approximate: true, text: revised ? "40" : "45")
            ])
        let initiative = Initiative(
            id: "1-1", title: "ＲＰＡ・ＡＩ-ＯＣＲによる業務自動化の推進", department: "企画財政部",
            indicators: [ocr, rate, overtime])
        return Plan(title: "行財政改革行動計画", version: revised ? "R3改定" : "当初", initiatives: [initiative])
    }
}
