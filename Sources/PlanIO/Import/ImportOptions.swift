import XLSX

/// Choices for an import that the files themselves may not make.
public struct ImportOptions: Sendable, Hashable {
    /// The department for files that name none (`--department`); otherwise the file name is used.
    public var department: String?
    /// The plan's title (`--title`).
    public var title: String?
    /// The version label (`--version`).
    public var version: String?
    /// How many rows from the top are searched for the first header row.
    public var headerSearchRows: Int
    /// Limits for reading each workbook: department files are untrusted input.
    public var limits: ReadLimits
    /// The most submission files one folder may expand to; a folder with more is refused before reading.
    public var maxFiles: Int
    /// Whether hidden rows and columns are read (`--include-hidden`); by default they are left out and counted.
    public var includeHidden = false
    /// The most rows with values one sheet may have to be read as a plan (`--max-plan-rows`): a sheet of
    /// a million one-cell rows would otherwise become a million initiatives, gigabytes of plan.
    public var maxPlanRows = defaultMaxPlanRows

    /// The default for ``maxPlanRows``: a prefecture's whole action plan is a few hundred initiatives,
    /// a few thousand rows.
    public static let defaultMaxPlanRows = 50_000
    /// The layout profile (`--profile`): what it says overrides detection, sheet by sheet.
    public var profile: LayoutProfile?

    /// The default for ``maxFiles``: far more than any department submission folder holds.
    public static let defaultMaxFiles = 10_000

    /// Makes options.
    public init(
        department: String? = nil, title: String? = nil, version: String? = nil, headerSearchRows: Int = 20,
        limits: ReadLimits = .default, maxFiles: Int = defaultMaxFiles
    ) {
        self.department = department
        self.title = title
        self.version = version
        self.headerSearchRows = headerSearchRows
        self.limits = limits
        self.maxFiles = maxFiles
    }
}
