/// Safety limits for reading untrusted workbooks.
///
/// The defaults are far above anything a real workbook reaches (Excel itself stops
/// at 1,048,576 rows and 16,384 columns) but keep a hostile file from exhausting
/// memory or time: a zip bomb stops at ``maxEntrySize``, a billion-laughs string
/// table at ``maxSharedStrings`` or ``maxStringLength``.
public struct ReadLimits: Sendable, Hashable {
    /// The most bytes one archive entry may inflate to.
    public var maxEntrySize: Int
    /// The most bytes all entries read from one workbook may inflate to together.
    public var maxTotalSize: Int
    /// The highest inflated-to-compressed ratio allowed for an entry larger than 16 MiB.
    ///
    /// Deflate cannot pass about 1,032:1, and the most repetitive real sheet seen
    /// (57 MB of one long string repeated) reaches 121:1, so 500:1 stops a zip bomb
    /// that is honest about its sizes before anything is inflated.
    public var maxCompressionRatio: Int
    /// The most bytes all entries of an archive may declare, per byte of the archive,
    /// once they declare more than 16 MiB together (Info-ZIP's check against zip bombs).
    ///
    /// Deflate cannot pass about 1,032:1, so only an archive whose entries share
    /// compressed bytes or lie about their sizes gets near it; real workbooks stay below 150:1.
    public var maxArchiveRatio: Int
    /// The most shared strings a workbook may declare.
    public var maxSharedStrings: Int
    /// The longest text (in UTF-8 bytes) of one string or cell.
    public var maxStringLength: Int
    /// The most cells one row may hold.
    public var maxCellsPerRow: Int
    /// The highest row number accepted.
    public var maxRows: Int
    /// The most sheets a workbook may list.
    public var maxSheets: Int
    /// The deepest element nesting accepted in any part. Real OOXML parts nest about
    /// ten deep; this stays below libxml2's own cap of 256 so the error names the limit.
    public var maxNestingDepth: Int

    /// Makes limits; every parameter defaults to the value in ``default``.
    public init(
        maxEntrySize: Int = 4 << 30, maxTotalSize: Int = 16 << 30, maxCompressionRatio: Int = 500,
        maxSharedStrings: Int = 16_000_000, maxStringLength: Int = 32 << 20,
        maxCellsPerRow: Int = CellReference.maxColumns, maxRows: Int = CellReference.maxRow,
        maxSheets: Int = 65_535, maxNestingDepth: Int = 128, maxArchiveRatio: Int = 500
    ) {
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.maxSharedStrings = maxSharedStrings
        self.maxStringLength = maxStringLength
        self.maxCellsPerRow = maxCellsPerRow
        self.maxRows = maxRows
        self.maxSheets = maxSheets
        self.maxNestingDepth = maxNestingDepth
        self.maxArchiveRatio = maxArchiveRatio
    }

    /// Limits no real workbook reaches.
    public static let `default` = ReadLimits()
}
