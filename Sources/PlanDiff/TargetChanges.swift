import PlanModel

/// The target changes of one indicator, fiscal year by fiscal year.
enum TargetChanges {
    /// The initiative and indicator a change belongs to.
    struct Context {
        var initiative: String
        var department: String?
        var indicator: String
        var unit: String?
        /// The indicator's unit and period: all `FigureText` needs to spell out a bare figure.
        var figures: Indicator

        /// The context of `indicator` in `initiative` (only the names are kept: copying
        /// whole initiatives per indicator costs more than the comparison itself).
        init(initiative: Initiative, indicator: Indicator) {
            self.initiative = initiative.title
            self.department = initiative.department
            self.indicator = indicator.name
            self.unit = indicator.unit
            self.figures = Indicator(name: "", unit: indicator.unit, period: indicator.period)
        }

        /// How a person reads `target`: its text as written, a bare figure as the seed writes it (PlanModel's `FigureText`).
        func display(_ target: Target) -> String { FigureText.of(target, in: figures) }

        /// How a person reads `actual`.
        func display(_ actual: Actual) -> String { FigureText.of(actual, in: figures) }

        /// A change of `kind` naming this initiative and indicator.
        func change(_ kind: ChangeKind) -> Change {
            Change(kind: kind, initiative: initiative, department: department, indicator: indicator)
        }

        /// A change of `kind` for a fiscal year, with the indicator's unit.
        func change(_ kind: ChangeKind, fiscalYear: Int?) -> Change {
            var change = change(kind)
            change.fiscalYear = fiscalYear
            change.unit = unit
            return change
        }
    }

    /// Changes from `old` to `new` targets: paired by fiscal year (several targets of
    /// one year, or targets naming no year, in order of appearance).
    static func between(_ old: [Target], _ new: [Target], context: Context) -> [Change] {
        var changes: [Change] = []
        for (year, olds, news) in YearGrouping.pair(old, new, year: \.fiscalYear) {
            for i in 0..<max(olds.count, news.count) {
                switch (i < olds.count ? olds[i] : nil, i < news.count ? news[i] : nil) {
                case let (o?, n?): changes += compare(o, n, year: year, context: context)
                case let (nil, n?): changes.append(added(n, year: year, context: context))
                case let (o?, nil): changes.append(removed(o, year: year, context: context))
                case (nil, nil): break
                }
            }
        }
        return changes
    }

    /// A revision one version records itself (`２万→6.7万`).
    static func revision(from: Double, to: Double, target: Target, context: Context) -> Change {
        var change = changed(from: from, to: to, year: target.fiscalYear, context: context)
        change.recordedIn = .new
        change.newText = target.text
        // The old figure has no cell of its own: spelt out as the seed writes one.
        change.oldDisplay = context.display(Target(fiscalYear: target.fiscalYear, value: from, comparator: target.comparator, text: ""))
        change.newDisplay = context.display(target)
        return change
    }

    private static func compare(_ o: Target, _ n: Target, year: Int?, context: Context) -> [Change] {
        switch (o.value, n.value) {
        case let (before?, after?):
            guard !Tolerance.equal(before, after) else { return [] }
            var change = changed(from: before, to: after, year: year, context: context)
            change.oldText = o.text
            change.newText = n.text
            change.oldDisplay = context.display(o)
            change.newDisplay = context.display(n)
            if let from = n.revisedFrom, Tolerance.equal(from, before) {
                change.recordedIn = .new
            } else if let from = o.revisedFrom, Tolerance.equal(from, after) {
                change.recordedIn = .old
            }
            return [change]
        default:
            // Qualitative on either side: the wording is the target.
            guard !ComparisonKey.same(o.text, n.text) else { return [] }
            var change = context.change(.targetTextChanged, fiscalYear: year)
            change.old = .text(o.text)
            change.new = .text(n.text)
            return [change]
        }
    }

    private static func added(_ n: Target, year: Int?, context: Context) -> Change {
        if let value = n.value, let from = n.revisedFrom {
            return revision(from: from, to: value, target: n, context: context)
        }
        var change = context.change(.targetAdded, fiscalYear: year)
        change.new = n.value.map(ChangeValue.number) ?? .text(n.text)
        change.newText = n.text
        change.newDisplay = context.display(n)
        return change
    }

    private static func removed(_ o: Target, year: Int?, context: Context) -> Change {
        var change = context.change(.targetRemoved, fiscalYear: year)
        change.old = o.value.map(ChangeValue.number) ?? .text(o.text)
        change.oldText = o.text
        change.oldDisplay = context.display(o)
        return change
    }

    private static func changed(from before: Double, to after: Double, year: Int?, context: Context) -> Change {
        var change = context.change(.targetChanged, fiscalYear: year)
        change.old = .number(PlanNumber.tidy(before))
        change.new = .number(PlanNumber.tidy(after))
        change.delta = PlanNumber.tidy(after - before)
        change.ratio = PlanNumber.ratio(after, over: before)
        change.direction = after > before ? .raised : .lowered
        return change
    }
}

/// Figures equal up to binary noise.
enum Tolerance {
    static func equal(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }
}

/// Groups two lists by fiscal year: every year either list names, in ascending order, no year last.
enum YearGrouping {
    static func pair<Element>(_ old: [Element], _ new: [Element], year: (Element) -> Int?)
        -> [(year: Int?, old: [Element], new: [Element])]
    {
        // The usual case: the same years, ascending, one entry each. No dictionaries.
        if old.count == new.count, ascendingYears(old, year) != nil, ascendingYears(old, year) == ascendingYears(new, year) {
            return zip(old, new).map { (year($0), [$0], [$1]) }
        }
        var olds: [Int?: [Element]] = [:], news: [Int?: [Element]] = [:]
        for element in old { olds[year(element), default: []].append(element) }
        for element in new { news[year(element), default: []].append(element) }
        let years = Set(olds.keys).union(news.keys).sorted { a, b in
            switch (a, b) {
            case let (a?, b?): return a < b
            case (_?, nil): return true
            default: return false
            }
        }
        return years.map { ($0, olds[$0] ?? [], news[$0] ?? []) }
    }

    /// The years of `elements` when every one names a year and they strictly ascend.
    private static func ascendingYears<Element>(_ elements: [Element], _ year: (Element) -> Int?) -> [Int]? {
        var years: [Int] = []
        years.reserveCapacity(elements.count)
        for element in elements {
            guard let value = year(element), value > (years.last ?? Int.min) else { return nil }
            years.append(value)
        }
        return years
    }
}
