import Foundation

/// Choices for a ``WorkbookWriter``; the defaults suit almost every workbook.
public struct WorkbookWriterOptions: Sendable {
    /// Deflate level for every part, 0–9. Level 1 (the default) writes several times faster
    /// than zlib's default level 6 for files about a fifth larger.
    public var compressionLevel: Int
    /// How text cells are stored.
    public var stringStorage: StringStorage
    /// Replace an existing file at the output URL (otherwise writing refuses it).
    public var replaceExisting: Bool
    /// Memory, in bytes, the shared-string table may spend remembering strings to reuse.
    /// When it is spent, the table forgets and starts over, so memory stays flat whatever
    /// the number of distinct strings; a string seen again afterwards is stored once more.
    public var sharedStringMemoryBudget: Int
    /// Where spooled parts (the shared strings) are kept while the sheets are written.
    public var temporaryDirectory: URL
    /// The author recorded in docProps/core.xml.
    public var creator: String
    /// The creation time recorded in docProps/core.xml as ISO 8601 (`2020-04-01T00:00:00Z`);
    /// nil (the default) records none, so the same input always gives the same bytes.
    public var created: String?
    /// The font every cell uses.
    public var fontName: String
    /// Deflate each sheet's XML on a second thread while the next rows are formatted,
    /// so two cores share the work. The bytes written are the same either way.
    public var parallelCompression: Bool

    /// How text cells are stored in the file.
    public enum StringStorage: Sendable {
        /// In the shared-string table, each distinct string once: smaller files, what Excel does.
        case shared
        /// Inside each cell (`inlineStr`): no table to hold, slightly larger files.
        case inline
    }

    /// Makes options; see each property for its default.
    public init(
        compressionLevel: Int = 1, stringStorage: StringStorage = .shared, replaceExisting: Bool = false,
        sharedStringMemoryBudget: Int = 4 << 20, temporaryDirectory: URL = FileManager.default.temporaryDirectory,
        creator: String = "PlanSheet", created: String? = nil, fontName: String = "游ゴシック",
        parallelCompression: Bool = ProcessInfo.processInfo.activeProcessorCount > 1
    ) {
        self.compressionLevel = compressionLevel
        self.stringStorage = stringStorage
        self.replaceExisting = replaceExisting
        self.sharedStringMemoryBudget = sharedStringMemoryBudget
        self.temporaryDirectory = temporaryDirectory
        self.creator = creator
        self.created = created
        self.fontName = fontName
        self.parallelCompression = parallelCompression
    }
}
