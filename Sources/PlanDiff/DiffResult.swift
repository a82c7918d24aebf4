import Foundation
import PlanModel

/// The differences between two plan versions: the diff JSON contract (`"schema": "plansheet.diff/1"`).
public struct DiffResult: Sendable, Hashable, Codable {
    /// The schema tag written into every diff JSON.
    public static let schema = "plansheet.diff/1"

    /// What the JSON says about each compared version.
    public struct VersionInfo: Sendable, Hashable, Codable {
        /// The plan's version label (当初, R3改定), if it has one.
        public var version: String?
        /// The plan's title, if it has one.
        public var title: String?
        /// How many initiatives the version has.
        public var initiatives: Int?
        /// The version's horizon: the fiscal years it sets targets for (`Plan.fiscalYears`).
        public var fiscalYears: [Int]

        /// Makes a version description.
        public init(version: String?, title: String? = nil, initiatives: Int? = nil, fiscalYears: [Int] = []) {
            self.version = version
            self.title = title
            self.initiatives = initiatives
            self.fiscalYears = fiscalYears
        }

        /// Describes a plan.
        public init(_ plan: Plan) {
            self.init(
                version: plan.version, title: plan.title, initiatives: plan.initiatives.count,
                fiscalYears: plan.fiscalYears)
        }

        enum CodingKeys: String, CodingKey { case version, title, initiatives, fiscalYears }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            version = try c.decodeIfPresent(String.self, forKey: .version)
            title = try c.decodeIfPresent(String.self, forKey: .title)
            initiatives = try c.decodeIfPresent(Int.self, forKey: .initiatives)
            fiscalYears = try c.decodeIfPresent([Int].self, forKey: .fiscalYears) ?? []
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(version, forKey: .version)
            try c.encode(title, forKey: .title)
            try c.encode(initiatives, forKey: .initiatives)
            try c.encode(fiscalYears, forKey: .fiscalYears)
        }
    }

    /// The old version.
    public var old: VersionInfo
    /// The new version.
    public var new: VersionInfo
    /// The threshold the comparison used.
    public var threshold: Double?
    /// Every change, in the order of the new plan (removed initiatives last).
    public var changes: [Change]

    /// Makes a result.
    public init(old: VersionInfo, new: VersionInfo, threshold: Double? = nil, changes: [Change]) {
        self.old = old
        self.new = new
        self.threshold = threshold
        self.changes = changes
    }

    /// The fiscal years the comparison covered and those only one version covers.
    public var horizon: Horizon { Horizon(old: old.fiscalYears, new: new.fiscalYears) }

    /// The summary line on compared years every rendering prints (``Horizon/sentence(oldName:newName:)``).
    public var horizonSentence: String? {
        horizon.sentence(oldName: old.version ?? "old", newName: new.version ?? "new")
    }

    /// Whether the two versions are the same (no change at all).
    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes there are of each kind, in the contract's order of kinds, omitting zeros.
    public var counts: [(kind: ChangeKind, count: Int)] {
        var tally: [ChangeKind: Int] = [:]
        for change in changes { tally[change.kind, default: 0] += 1 }
        return ChangeKind.allCases.compactMap { kind in tally[kind].map { (kind, $0) } }
    }

    enum CodingKeys: String, CodingKey { case schema, old, new, threshold, changes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try c.checkSchema(Self.schema, forKey: .schema)
        old = try c.decode(VersionInfo.self, forKey: .old)
        new = try c.decode(VersionInfo.self, forKey: .new)
        threshold = try c.decodeIfPresent(Double.self, forKey: .threshold)
        changes = try c.decodeIfPresent([Change].self, forKey: .changes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.schema, forKey: .schema)
        try c.encode(old, forKey: .old)
        try c.encode(new, forKey: .new)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(changes, forKey: .changes)
    }

    /// The diff JSON: UTF-8, non-ASCII unescaped, keys in the contract's order, one change per line.
    public func jsonData() -> Data {
        Data(jsonText().utf8)
    }

    /// The diff JSON as text (see ``jsonData()``), ending in a newline.
    public func jsonText() -> String {
        var out = "{\n  \"schema\": \"\(Self.schema)\",\n"
        out += "  \"old\": " + old.orderedJSON.serialized(pretty: false) + ",\n"
        out += "  \"new\": " + new.orderedJSON.serialized(pretty: false) + ",\n"
        out += "  \"threshold\": " + OrderedJSON.number(threshold).serialized(pretty: false) + ",\n"
        out += "  \"changes\": ["
        for (index, change) in changes.enumerated() {
            out += (index == 0 ? "\n    " : ",\n    ") + change.orderedJSON.serialized(pretty: false)
        }
        out += changes.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}

extension DiffResult.VersionInfo {
    var orderedJSON: OrderedJSON {
        .object([
            ("version", .string(version)),
            ("title", .string(title)),
            ("initiatives", .number(initiatives.map(Double.init))),
            ("fiscalYears", .array(fiscalYears.map { .number(Double($0)) })),
        ])
    }
}
