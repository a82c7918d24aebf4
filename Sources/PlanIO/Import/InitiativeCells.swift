/// Where the parts of one imported initiative were read from, for messages that name a cell.
public struct InitiativeCells: Sendable, Hashable {
    /// The sheet.
    public var sheet: String
    /// The title cell (取組項目).
    public var title: String
    /// The status cell (進捗), or the title cell when the block title gave the status.
    public var status: String?
    /// The cell holding the cause of a delay, or where it belongs.
    public var delayReason: String?
    /// Per indicator (in the initiative's order), per fiscal year, the target cell.
    public var targets: [IndicatorYear: String] = [:]
    /// Per indicator, per fiscal year, the cell where the result is (or belongs).
    public var actuals: [IndicatorYear: String] = [:]
    /// Per indicator, the cell its name came from.
    public var indicators: [Int: String] = [:]

    /// Makes an empty map for an initiative whose title is at `title`.
    public init(sheet: String, title: String) {
        self.sheet = sheet
        self.title = title
    }
}

/// An indicator (by its position in the initiative) and a fiscal year.
public struct IndicatorYear: Sendable, Hashable {
    /// Zero-based position of the indicator in the initiative.
    public var indicator: Int
    /// The fiscal year, or nil when none is known.
    public var fiscalYear: Int?

    /// Makes a key.
    public init(indicator: Int, fiscalYear: Int?) {
        self.indicator = indicator
        self.fiscalYear = fiscalYear
    }
}

/// An initiative as imported, with the cells it came from.
public struct ImportedInitiative: Sendable, Hashable {
    /// The initiative, as it goes into the plan.
    public var initiative: Initiative
    /// Where its parts were read from.
    public var cells: InitiativeCells

    /// Makes one.
    public init(initiative: Initiative, cells: InitiativeCells) {
        self.initiative = initiative
        self.cells = cells
    }
}

import PlanModel
