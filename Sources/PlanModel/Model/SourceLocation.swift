/// Where a value was read from: a file, a sheet and a cell.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file's name as given on the command line (or its last path component).
    public var file: String
    /// The sheet's name.
    public var sheet: String?
    /// The A1 address of the cell.
    public var cell: String?

    /// Makes a location.
    public init(file: String, sheet: String? = nil, cell: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    enum CodingKeys: String, CodingKey { case file, sheet, cell }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sheet, forKey: .sheet)
        try c.encode(cell, forKey: .cell)
    }

    /// `kikaku.xlsx › 行動計画 › A5`.
    public var description: String {
        [file, sheet, cell].compactMap { $0 }.joined(separator: " › ")
    }
}
