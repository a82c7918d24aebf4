import PlanModel

/// How many initiatives are on track, delayed or without a status, and the
/// headline sentence that says so in the seed's wording.
public struct ReportHeadline: Sendable, Hashable {
    /// Initiatives reported 順調.
    public var onTrack: Int
    /// Initiatives reported 遅れ.
    public var delayed: Int
    /// Initiatives with no status at all.
    public var unreported: Int

    /// Makes the counts.
    public init(onTrack: Int, delayed: Int, unreported: Int) {
        self.onTrack = onTrack
        self.delayed = delayed
        self.unreported = unreported
    }

    /// Every initiative of the plan.
    public var total: Int { onTrack + delayed + unreported }

    /// The headline, e.g.
    /// 行動計画の全６２取組のうち、５６の取組は順調に取り組んでおり、６の取組に遅れが生じている。
    ///
    /// Counts are written in full-width digits as in the published report. A plan
    /// with nothing delayed, everything delayed, or initiatives without a status
    /// gets a sentence that says exactly that instead of a clause with 0.
    public var sentence: String {
        let all = "行動計画の全\(Self.fullWidth(total))取組"
        if total == 0 { return "行動計画に取組が記載されていない。" }
        if onTrack == total { return "\(all)は、すべて順調に取り組んでいる。" }
        if delayed == total { return "\(all)は、すべてに遅れが生じている。" }
        if unreported == total { return "\(all)は、いずれも進捗状況が報告されていない。" }
        var clauses: [String] = []
        if onTrack > 0 && delayed > 0 {
            clauses.append("\(Self.fullWidth(onTrack))の取組は順調に取り組んでおり、\(Self.fullWidth(delayed))の取組に遅れが生じている")
        } else if onTrack > 0 {
            clauses.append("\(Self.fullWidth(onTrack))の取組は順調に取り組んでおり、遅れが生じている取組はない")
        } else {
            clauses.append("\(Self.fullWidth(delayed))の取組に遅れが生じている")
        }
        var text = "\(all)のうち、\(clauses.joined())。"
        if unreported > 0 {
            // A missing status is not a delay: it gets its own sentence so the main one keeps the seed's wording.
            text += "なお、\(Self.fullWidth(unreported))の取組は進捗状況が報告されていない。"
        }
        return text
    }

    /// 62 → ６２: the published reports write counts in full-width digits.
    static func fullWidth(_ number: Int) -> String { FiscalYear.fullWidth(number) }
}
