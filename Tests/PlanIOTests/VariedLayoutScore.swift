import Foundation
import PlanModel

/// How an imported plan compares with the facts a workbook was made from. The same rules as
/// `Scripts/score-layouts.py`, which prints them for a person: titles and indicator names by
/// `MatchingKey`, numbers equal, the unit where the source has one.
struct VariedLayoutScore: Sendable, CustomStringConvertible {
    var facts = 0
    var found = 0
    /// Targets or results of the right initiative, indicator and year with another value or unit.
    var wrongValues = 0
    /// Statuses imported as the other one.
    var wrongStatuses = 0
    /// Values only hidden cells hold, and initiatives of hidden rows, imported.
    var hiddenImported = 0
    /// Legends, headings, example rows and notes imported as initiatives.
    var headingsImported = 0
    /// Other initiatives that are not in the source data.
    var extraInitiatives = 0
    /// What was missed or wrong, one line each.
    var notes: [String] = []

    var foundRatio: Double { facts == 0 ? 1 : Double(found) / Double(facts) }

    /// The goals of issue 12.
    var meetsGoal: Bool { foundRatio >= 0.95 && wrongStatuses == 0 && hiddenImported == 0 && headingsImported == 0 }

    var description: String {
        "\(found)/\(facts) found, \(wrongValues) wrong, \(wrongStatuses) wrong statuses, \(hiddenImported) hidden, "
            + "\(headingsImported) headings: " + notes.prefix(6).joined(separator: "; ")
    }

    mutating func add(_ other: VariedLayoutScore) {
        facts += other.facts
        found += other.found
        wrongValues += other.wrongValues
        wrongStatuses += other.wrongStatuses
        hiddenImported += other.hiddenImported
        headingsImported += other.headingsImported
        extraInitiatives += other.extraInitiatives
        notes += other.notes
    }

    /// Scores `plan` against `expected`.
    init(expected: VariedLayoutExpectation, plan: Plan) {
        facts = expected.facts.count
        for fact in expected.facts { score(fact, in: plan, expected: expected) }
        for hidden in expected.hiddenValues where Self.holds(plan, hidden) {
            hiddenImported += 1
            notes.append("hidden \(hidden.kind) imported: \(hidden.indicator) FY\(hidden.fiscalYear) = \(hidden.value)")
        }
        let titles = Set(expected.facts.map { MatchingKey($0.initiative).rawValue })
        for initiative in plan.initiatives {
            let title = MatchingKey(initiative.title).rawValue
            guard !titles.contains(where: { Self.overlaps(title, $0) }) else { continue }
            let reason = expected.forbiddenInitiatives.first { Self.overlaps(title, MatchingKey($0.text).rawValue) }?.why
            switch reason {
            case "hidden row": hiddenImported += 1
            case nil: extraInitiatives += 1
            default: headingsImported += 1
            }
            notes.append("\(reason ?? "extra") imported as an initiative: \(initiative.title.prefix(40))")
        }
    }

    /// An empty score for a file whose import failed: nothing found.
    init(failed expected: VariedLayoutExpectation, error: any Error) {
        facts = expected.facts.count
        notes = ["import failed: \(error)"]
    }

    init() {}

    private mutating func score(_ fact: VariedLayoutExpectation.Fact, in plan: Plan, expected: VariedLayoutExpectation) {
        let candidates = Self.initiatives(titled: fact.initiative, in: plan)
        if fact.kind == "status" || fact.kind == "department" {
            let values = candidates.map { fact.kind == "status" ? $0.status?.rawValue : $0.department }
            if values.contains(where: { $0.map { MatchingKey.matches($0, fact.text ?? "") } ?? false }) {
                found += 1
            } else if fact.kind == "status", values.contains(where: { $0 != nil }) {
                wrongStatuses += 1
                notes.append("status of \(fact.initiative): \(values) instead of \(fact.text ?? "")")
            } else {
                notes.append("missing \(fact.kind) of \(fact.initiative)")
            }
            return
        }
        var indicators = candidates.flatMap(\.indicators).filter { Self.namesMatch(fact.indicator ?? "", $0.name) }
        let expectedIndicators = Set(expected.facts.filter { $0.initiative == fact.initiative }.compactMap(\.indicator))
        if indicators.isEmpty, expectedIndicators.count == 1,
            let only = candidates.first(where: { $0.indicators.count == 1 })
        {
            indicators = only.indicators // a single indicator may be named after its initiative
        }
        let entries: [(unit: String?, value: Double?)] = indicators.flatMap { indicator in
            fact.kind == "target"
                ? indicator.targets.filter { $0.fiscalYear == fact.fiscalYear }.map { (indicator.unit, $0.value) }
                : indicator.actuals.filter { $0.fiscalYear == fact.fiscalYear }.map { (indicator.unit, $0.value) }
        }
        let right = entries.contains { entry in
            guard let number = fact.number else { return entry.value == nil }
            let unitRight = fact.unit.map { MatchingKey.matches(entry.unit ?? "", $0) } ?? true
            return entry.value.map { Self.same($0, number) } == true && unitRight
        }
        if right {
            found += 1
        } else if !entries.isEmpty {
            wrongValues += 1
            notes.append(
                "wrong \(fact.kind) \(fact.indicator ?? "") FY\(fact.fiscalYear ?? 0): \(entries) instead of "
                    + "\(fact.number.map { "\($0)" } ?? "qualitative") \(fact.unit ?? "")")
        } else {
            notes.append("missing \(fact.kind) \(fact.indicator ?? "") FY\(fact.fiscalYear ?? 0)")
        }
    }

    private static func holds(_ plan: Plan, _ hidden: VariedLayoutExpectation.HiddenValue) -> Bool {
        initiatives(titled: hidden.initiative, in: plan).flatMap(\.indicators).contains { indicator in
            hidden.kind == "target"
                ? indicator.targets.contains { $0.fiscalYear == hidden.fiscalYear && $0.value.map { same($0, hidden.value) } == true }
                : indicator.actuals.contains { $0.fiscalYear == hidden.fiscalYear && $0.value.map { same($0, hidden.value) } == true }
        }
    }

    /// The initiatives of `plan` with that title: equal keys, else one key holding the other
    /// (a title joined from several lines, or with a number in front).
    private static func initiatives(titled title: String, in plan: Plan) -> [Initiative] {
        let key = MatchingKey(title).rawValue
        let equal = plan.initiatives.filter { MatchingKey($0.title).rawValue == key }
        return equal.isEmpty ? plan.initiatives.filter { overlaps(MatchingKey($0.title).rawValue, key) } : equal
    }

    private static func overlaps(_ lhs: String, _ rhs: String) -> Bool {
        lhs == rhs || (min(lhs.count, rhs.count) >= 6 && (lhs.contains(rhs) || rhs.contains(lhs)))
    }

    private static func namesMatch(_ expected: String, _ imported: String) -> Bool {
        let e = MatchingKey(expected).rawValue, i = MatchingKey(imported).rawValue
        return e == i || (i.count >= 4 && (e.contains(i) || i.contains(e)))
    }

    private static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }
}
