import PlanModel
/// What a column of a submission holds, recognised from its header.
public enum ColumnRole: Sendable, Hashable, CustomStringConvertible {
    /// 番号 / No. / 取組番号.
    case number
    /// 方向性 / 柱.
    case section
    /// 取組項目 / 取組名 / 取組.
    case title
    /// 所管 / 所管課 / 担当課 / 部局.
    case department
    /// 指標 / 指標名.
    case indicator
    /// 単位.
    case unit
    /// 目標 / 目標（抄） / 目標値, for the fiscal year in the header when it names one.
    case target(fiscalYear: Int?)
    /// 実績 / 年度末実績, for the fiscal year in the header when it names one.
    case actual(fiscalYear: Int?)
    /// 進捗 / 状況 / 達成状況 / 評価.
    case status
    /// 遅れの要因 / 要因.
    case delayReason
    /// 今後の取組等 / 今後の取組予定 / 今後の方向性.
    case nextSteps
    /// 区分 / 目標／実績 beside year columns that name no kind: each row says whether its year figures
    /// are targets (目標) or results (実績), the rows alternating under one indicator.
    case rowKind
    /// 目標年度 / 達成年度: the fiscal year of the row's target, for a target column whose header names none
    /// (a final target with its year beside it).
    case targetYear
    /// 年度 beside target and result columns that name no year: the fiscal year of the row's figures
    /// (years written down the rows, one row per indicator and year).
    case rowYear
    /// One of several sub-columns under a status header, headed by a status word (進捗状況 over 順調 |
    /// 遅れ): a mark (○, ●, ✓) in it gives the row that status.
    case statusMark(Status)

    /// The longest text read as one header cell (`Ｒ２年度末実績`, `遅れが生じている要因` are far shorter).
    static let maximumHeaderLength = 24

    /// The role of a header cell, or nil for a header PlanSheet does not know.
    static func recognise(_ header: String) -> ColumnRole? {
        guard header.count <= maximumHeaderLength else { return nil }
        return HeaderMeaning.decide(HeaderText(header))?.role
    }

    /// Whether the role is a per-year figure column (several of them may stand side by side).
    var isYearColumn: Bool {
        switch self {
        case .target, .actual: return true
        default: return false
        }
    }

    /// The role with a fiscal year, for target and result columns; other roles unchanged.
    func withFiscalYear(_ year: Int?) -> ColumnRole {
        switch self {
        case .target: return .target(fiscalYear: year)
        case .actual: return .actual(fiscalYear: year)
        default: return self
        }
    }

    /// A short English name, for messages.
    public var description: String {
        switch self {
        case .number: return "number"
        case .section: return "section"
        case .title: return "title"
        case .department: return "department"
        case .indicator: return "indicator"
        case .unit: return "unit"
        case .target(let year): return year.map { "target \($0)" } ?? "target"
        case .actual(let year): return year.map { "actual \($0)" } ?? "actual"
        case .status: return "status"
        case .delayReason: return "delayReason"
        case .nextSteps: return "nextSteps"
        case .rowKind: return "rowKind"
        case .targetYear: return "targetYear"
        case .rowYear: return "rowYear"
        case .statusMark(let status): return "statusMark \(status.rawValue)"
        }
    }
}
