/// The role a profile gives a column, as a clerk writes it (`title`, `target`, `next steps`, `ignore`).
public enum ProfileRole: String, Sendable, Hashable, CaseIterable {
    /// 番号: the initiative's number.
    case number
    /// 方向性: the section the initiative belongs to.
    case section
    /// 取組名: the initiative's title.
    case title
    /// 所管: the department.
    case department
    /// 指標: the indicator's name (the table layout, a row per indicator).
    case indicator
    /// 単位: the indicator's unit.
    case unit
    /// 目標: a target, for the column's fiscal year.
    case target
    /// 実績: a result, for the column's fiscal year.
    case result
    /// 進捗: the status, read through the profile's and the sheet's vocabulary.
    case status
    /// 遅れの要因: the cause of a delay.
    case cause
    /// 今後の取組: next steps.
    case nextSteps = "next steps"
    /// 区分: whether the row's year figures are targets (目標) or results (実績).
    case rowKind = "row kind"
    /// 目標年度: the fiscal year of the row's target.
    case targetYear = "target year"
    /// 年度: the fiscal year of the row's targets and results (years written down the rows).
    case fiscalYear = "fiscal year"
    /// One of several columns headed by a status word (進捗状況 over 順調 | 遅れ): a mark in it gives the
    /// status its header's last word says.
    case statusMark = "status mark"
    /// The column is not read, whatever its header says.
    case ignore

    /// Reads a role as written: case, spaces, `_` and `-` do not matter, and a few other names are
    /// taken (`actual` for result, `delay reason` for cause, `next` for next steps).
    public init?(words: String) {
        let key = words.lowercased().filter { !" _-".contains($0) }
        let aliases: [String: ProfileRole] = [
            "actual": .result, "actuals": .result, "delayreason": .cause, "reason": .cause, "next": .nextSteps,
            "kind": .rowKind, "year": .fiscalYear, "rowyear": .fiscalYear, "skip": .ignore, "none": .ignore, "no": .number, "name": .title,
            "initiative": .title,
        ]
        if let alias = aliases[key] { self = alias; return }
        guard let role = Self.allCases.first(where: { $0.rawValue.filter { $0 != " " } == key }) else { return nil }
        self = role
    }

    /// The importer's role, with a fiscal year for target and result columns; nil for ``ignore``.
    func columnRole(fiscalYear: Int?) -> ColumnRole? {
        switch self {
        case .number: return .number
        case .section: return .section
        case .title: return .title
        case .department: return .department
        case .indicator: return .indicator
        case .unit: return .unit
        case .target: return .target(fiscalYear: fiscalYear)
        case .result: return .actual(fiscalYear: fiscalYear)
        case .status: return .status
        case .cause: return .delayReason
        case .nextSteps: return .nextSteps
        case .rowKind: return .rowKind
        case .targetYear: return .targetYear
        case .fiscalYear: return .rowYear
        // The status comes from the column's header (`HeaderRow.apply`).
        case .statusMark: return nil
        case .ignore: return nil
        }
    }

    /// The profile word for an importer's role.
    init(_ role: ColumnRole) {
        switch role {
        case .number: self = .number
        case .section: self = .section
        case .title: self = .title
        case .department: self = .department
        case .indicator: self = .indicator
        case .unit: self = .unit
        case .target: self = .target
        case .actual: self = .result
        case .status: self = .status
        case .delayReason: self = .cause
        case .nextSteps: self = .nextSteps
        case .rowKind: self = .rowKind
        case .targetYear: self = .targetYear
        case .rowYear: self = .fiscalYear
        case .statusMark: self = .statusMark
        }
    }

    /// Every role word, for the message that lists them.
    public static var allWords: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
