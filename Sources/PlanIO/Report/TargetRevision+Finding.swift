import PlanDiff
import PlanModel

extension TargetRevision {
    /// The revisions of `plan`: with a previous version, every target PlanDiff finds
    /// changed, added or removed between them; and the revisions the plan records
    /// in its own target texts (`２万→6.7万`) that the comparison did not already give.
    static func revisions(in plan: Plan, since previous: Plan?) -> [TargetRevision] {
        let compared = previous.map { PlanDiff.compare($0, plan).changes } ?? []
        var found = compared.compactMap { TargetRevision($0, origin: .previousPlan) }
        var seen = Set(found.map(\.key))
        for change in PlanDiff.revisions(in: plan) {
            guard let revision = TargetRevision(change, origin: .recordedInPlan), seen.insert(revision.key).inserted else { continue }
            found.append(revision)
        }
        let shown = shownTargets(of: plan)
        return found.map { revision in
            var revision = revision
            // A figure typed without words (`67000` in a table) is shown as the seed writes it.
            if revision.newValue != nil, FigureText.isBareFigure(revision.newText),
                let text = shown[revision.key]
            {
                revision.newText = text
            }
            return revision
        }
    }

    /// How each target of `plan` is shown, by initiative, indicator and year (the last target of a year wins).
    private static func shownTargets(of plan: Plan) -> [String: String] {
        var shown: [String: String] = [:]
        for initiative in plan.initiatives {
            for indicator in initiative.indicators {
                for target in indicator.targets {
                    shown[key(initiative.title, indicator.name, target.fiscalYear)] = FigureText.of(target, in: indicator)
                }
            }
        }
        return shown
    }

    /// A revision from a target change; nil for changes that are not about a target.
    init?(_ change: Change, origin: Origin) {
        switch change.kind {
        case .targetChanged, .targetAdded, .targetTextChanged, .targetRemoved: break
        default: return nil
        }
        let oldText: String?
        switch change.old {
        case .text(let text)?: oldText = text
        default: oldText = change.oldText
        }
        let newText: String
        switch change.new {
        case .text(let text)?: newText = change.newText ?? text
        case .number?: newText = change.newText ?? change.new?.description ?? ""
        case nil: newText = Self.removedLabel
        }
        self.init(
            initiative: change.initiative, indicator: change.indicator ?? "", fiscalYear: change.fiscalYear,
            oldValue: change.old?.number, oldText: oldText, newValue: change.new?.number, newText: newText,
            unit: change.unit, origin: change.recordedIn == .new ? .recordedInPlan : origin)
    }

    /// What marks a target dropped in the new version.
    static let removedLabel = "（削除）"

    /// One revision per initiative, indicator and year.
    private var key: String { Self.key(initiative, indicator, fiscalYear) }

    private static func key(_ initiative: String, _ indicator: String, _ fiscalYear: Int?) -> String {
        "\(initiative)\u{1F}\(indicator)\u{1F}\(fiscalYear.map(String.init) ?? "")"
    }
}
