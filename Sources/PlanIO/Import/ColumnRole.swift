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

    /// The longest text read as a header (`Ｒ２年度末実績`, `遅れが生じている要因` are far shorter).
    static let maximumHeaderLength = 24

    /// Header wordings per role, NFKC-normalised with white space removed.
    static let synonyms: [(words: [String], role: ColumnRole)] = [
        (["番号", "No.", "No", "NO.", "NO", "取組番号", "通し番号"], .number),
        (["方向性", "柱", "改革の方向性"], .section),
        (["取組項目", "取組名", "取組", "取組事項"], .title),
        (["所管", "所管課", "担当課", "部局", "所管部局", "部局名", "担当部局", "所管部"], .department),
        (["指標", "指標名", "目標指標"], .indicator),
        (["単位"], .unit),
        (["目標", "目標(抄)", "目標値", "年度目標", "数値目標"], .target(fiscalYear: nil)),
        (["実績", "年度末実績", "末実績", "年度実績", "実績値"], .actual(fiscalYear: nil)),
        (["進捗", "状況", "達成状況", "評価", "進捗状況"], .status),
        (["遅れの要因", "要因", "遅れが生じている要因", "遅れの理由"], .delayReason),
        (["今後の取組等", "今後の取組予定", "今後の方向性", "今後の取組"], .nextSteps),
    ]

    /// The role of a header cell, or nil for a header PlanSheet does not know.
    static func recognise(_ header: String) -> ColumnRole? {
        // Headers are short; a long cell is data, and is not worth normalising.
        guard header.count <= maximumHeaderLength else { return nil }
        let fullKey = MatchingKey(header).rawValue
        guard !fullKey.isEmpty else { return nil }
        if let role = synonyms.first(where: { $0.words.contains(fullKey) })?.role { return role }
        // Only a header with a digit or 元 can name a fiscal year; the rest are unknown words.
        guard fullKey.contains(where: { $0.isNumber || $0 == "元" }) else { return nil }
        let (fiscalYear, key) = FiscalYearText.header(fullKey)
        for (words, role) in synonyms where words.contains(key) {
            switch role {
            case .target: return .target(fiscalYear: fiscalYear)
            case .actual: return .actual(fiscalYear: fiscalYear)
            default: return fiscalYear == nil ? role : nil
            }
        }
        return nil
    }

    /// Whether a cell reads 取組項目 (or another title wording): the cheap first test for a header row.
    static func isTitleHeader(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 8 else { return false }
        let key = MatchingKey(text).rawValue
        return synonyms.contains { $0.role == .title && $0.words.contains(key) }
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
        }
    }
}
