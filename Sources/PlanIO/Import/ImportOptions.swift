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

    /// Makes options.
    public init(department: String? = nil, title: String? = nil, version: String? = nil, headerSearchRows: Int = 20) {
        self.department = department
        self.title = title
        self.version = version
        self.headerSearchRows = headerSearchRows
    }
}
