/// One version of an action plan (行動計画): every initiative of every department.
///
/// Encodes to and decodes from the plan JSON of the project's contract
/// (`"schema": "plansheet.plan/1"`); see ``PlanJSON`` for reading and writing it.
public struct Plan: Sendable, Hashable, Codable {
    /// The schema tag written into every plan JSON.
    public static let schema = "plansheet.plan/1"

    /// The plan's name, e.g. 行財政改革行動計画.
    public var title: String?
    /// The version label, e.g. 当初 or R3改定.
    public var version: String?
    /// The initiatives in the order they were read.
    public var initiatives: [Initiative]

    /// Makes a plan.
    public init(title: String? = nil, version: String? = nil, initiatives: [Initiative] = []) {
        self.title = title
        self.version = version
        self.initiatives = initiatives
    }

    /// The directions (方向性) in order of first appearance.
    public var sections: [String] {
        var seen = Set<String>()
        return initiatives.compactMap { $0.section }.filter { seen.insert($0).inserted }
    }

    enum CodingKeys: String, CodingKey { case schema, title, version, initiatives }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try c.checkSchema(Self.schema, forKey: .schema)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        initiatives = try c.decodeIfPresent([Initiative].self, forKey: .initiatives) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.schema, forKey: .schema)
        try c.encode(title, forKey: .title)
        try c.encode(version, forKey: .version)
        try c.encode(initiatives, forKey: .initiatives)
    }
}
