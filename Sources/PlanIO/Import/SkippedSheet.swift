/// A sheet the importer did not read as part of the plan, and why.
public struct SkippedSheet: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The sheet's name.
    public var sheet: String
    /// Why, in Japanese.
    public var reasonJa: String
    /// Why, in English.
    public var reasonEn: String

    /// Makes a record.
    public init(file: String, sheet: String, reasonJa: String, reasonEn: String) {
        self.file = file
        self.sheet = sheet
        self.reasonJa = reasonJa
        self.reasonEn = reasonEn
    }

    /// `kikaku.xlsx › 表紙: 表紙 / cover sheet`.
    public var description: String { "\(file) › \(sheet): \(reasonJa) / \(reasonEn)" }
}
