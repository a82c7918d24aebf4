import PlanModel

/// One difference between two plan versions, in the shape of the diff JSON contract.
///
/// Every change names its initiative by the title in the new version (the old
/// title where the initiative was removed). Which other fields are set depends on
/// ``kind``; the JSON carries exactly the keys of its kind (null where a relevant
/// value is unknown), so scripts see the same shape for every change of a kind.
public struct Change: Sendable, Hashable, Codable {
    /// What changed.
    public var kind: ChangeKind
    /// The initiative's title (new version; old for `initiativeRemoved`).
    public var initiative: String
    /// The initiative's department, for grouping (new version; old where removed).
    public var department: String?
    /// The indicator's name, for indicator, unit, target and result changes (new name; old where removed).
    public var indicator: String?
    /// The fiscal year of a target or result change, by its starting calendar year.
    public var fiscalYear: Int?
    /// The old side: a figure, a text, a unit, a status or a placement.
    public var old: ChangeValue?
    /// The new side.
    public var new: ChangeValue?
    /// new − old, for figures.
    public var delta: Double?
    /// new / old to two decimals, for figures (nil when old is zero).
    public var ratio: Double?
    /// Raised or lowered, for `targetChanged`.
    public var direction: RevisionDirection?
    /// The indicator's unit, for target and result changes.
    public var unit: String?
    /// Which version's own text records the revision (`２万→6.7万`), when one does.
    public var recordedIn: RecordedIn?
    /// The old version's cell text, for target and result changes.
    public var oldText: String?
    /// The new version's cell text, for target and result changes.
    public var newText: String?
    /// The old side as a person reads it, for target and result changes: the department's text
    /// as written, or a bare figure spelt out as the seed writes it (`Ｒ３年度：67,000枚`, PlanModel's `FigureText`).
    public var oldDisplay: String?
    /// The new side as a person reads it (see ``oldDisplay``).
    public var newDisplay: String?
    /// The old title, for `initiativeRenamed`.
    public var oldTitle: String?
    /// The old indicator name, for `indicatorRenamed`.
    public var oldName: String?
    /// The similarity (0 … 1, two decimals) of old and new title or name, for renames.
    public var similarity: Double?
    /// Section or department, for `initiativeMoved`.
    public var field: PlacementField?

    /// Makes a change; set the fields the kind uses.
    public init(
        kind: ChangeKind, initiative: String, department: String? = nil, indicator: String? = nil,
        fiscalYear: Int? = nil, old: ChangeValue? = nil, new: ChangeValue? = nil,
        delta: Double? = nil, ratio: Double? = nil, direction: RevisionDirection? = nil,
        unit: String? = nil, recordedIn: RecordedIn? = nil, oldText: String? = nil, newText: String? = nil,
        oldDisplay: String? = nil, newDisplay: String? = nil, oldTitle: String? = nil, oldName: String? = nil, similarity: Double? = nil,
        field: PlacementField? = nil
    ) {
        self.kind = kind
        self.initiative = initiative
        self.department = department
        self.indicator = indicator
        self.fiscalYear = fiscalYear
        self.old = old
        self.new = new
        self.delta = delta
        self.ratio = ratio
        self.direction = direction
        self.unit = unit
        self.recordedIn = recordedIn
        self.oldText = oldText
        self.newText = newText
        self.oldDisplay = oldDisplay
        self.newDisplay = newDisplay
        self.oldTitle = oldTitle
        self.oldName = oldName
        self.similarity = similarity
        self.field = field
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, initiative, department, indicator, fiscalYear, old, new, delta, ratio, direction, unit
        case recordedIn, oldText, newText, oldDisplay, newDisplay, oldTitle, oldName, similarity, field
    }

    /// The JSON keys a change of `kind` carries, in order.
    static func keys(for kind: ChangeKind) -> [CodingKeys] {
        switch kind {
        case .initiativeAdded, .initiativeRemoved: return [.kind, .initiative, .department]
        case .initiativeRenamed: return [.kind, .initiative, .department, .oldTitle, .similarity]
        case .initiativeMoved: return [.kind, .initiative, .department, .field, .old, .new]
        case .statusChanged: return [.kind, .initiative, .department, .old, .new]
        case .indicatorAdded, .indicatorRemoved: return [.kind, .initiative, .department, .indicator]
        case .indicatorRenamed: return [.kind, .initiative, .department, .indicator, .oldName, .similarity]
        case .unitChanged: return [.kind, .initiative, .department, .indicator, .old, .new]
        case .targetAdded, .targetRemoved, .targetChanged:
            return [
                .kind, .initiative, .department, .indicator, .fiscalYear, .old, .new, .delta, .ratio,
                .direction, .unit, .recordedIn, .oldText, .newText, .oldDisplay, .newDisplay,
            ]
        case .targetTextChanged:
            return [.kind, .initiative, .department, .indicator, .fiscalYear, .old, .new]
        case .actualChanged:
            return [
                .kind, .initiative, .department, .indicator, .fiscalYear, .old, .new, .delta, .unit,
                .oldText, .newText, .oldDisplay, .newDisplay,
            ]
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(ChangeKind.self, forKey: .kind)
        initiative = try c.decode(String.self, forKey: .initiative)
        department = try c.decodeIfPresent(String.self, forKey: .department)
        indicator = try c.decodeIfPresent(String.self, forKey: .indicator)
        fiscalYear = try c.decodeIfPresent(Int.self, forKey: .fiscalYear)
        old = try c.decodeIfPresent(ChangeValue.self, forKey: .old)
        new = try c.decodeIfPresent(ChangeValue.self, forKey: .new)
        delta = try c.decodeIfPresent(Double.self, forKey: .delta)
        ratio = try c.decodeIfPresent(Double.self, forKey: .ratio)
        direction = try c.decodeIfPresent(RevisionDirection.self, forKey: .direction)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        recordedIn = try c.decodeIfPresent(RecordedIn.self, forKey: .recordedIn)
        oldText = try c.decodeIfPresent(String.self, forKey: .oldText)
        newText = try c.decodeIfPresent(String.self, forKey: .newText)
        oldDisplay = try c.decodeIfPresent(String.self, forKey: .oldDisplay)
        newDisplay = try c.decodeIfPresent(String.self, forKey: .newDisplay)
        oldTitle = try c.decodeIfPresent(String.self, forKey: .oldTitle)
        oldName = try c.decodeIfPresent(String.self, forKey: .oldName)
        similarity = try c.decodeIfPresent(Double.self, forKey: .similarity)
        field = try c.decodeIfPresent(PlacementField.self, forKey: .field)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for key in Self.keys(for: kind) {
            switch key {
            case .kind: try c.encode(kind, forKey: key)
            case .initiative: try c.encode(initiative, forKey: key)
            case .department: try c.encode(department, forKey: key)
            case .indicator: try c.encode(indicator, forKey: key)
            case .fiscalYear: try c.encode(fiscalYear, forKey: key)
            case .old: try c.encode(old, forKey: key)
            case .new: try c.encode(new, forKey: key)
            case .delta: try c.encode(delta, forKey: key)
            case .ratio: try c.encode(ratio, forKey: key)
            case .direction: try c.encode(direction, forKey: key)
            case .unit: try c.encode(unit, forKey: key)
            case .recordedIn: try c.encode(recordedIn, forKey: key)
            case .oldText: try c.encode(oldText, forKey: key)
            case .newText: try c.encode(newText, forKey: key)
            case .oldDisplay: try c.encode(oldDisplay, forKey: key)
            case .newDisplay: try c.encode(newDisplay, forKey: key)
            case .oldTitle: try c.encode(oldTitle, forKey: key)
            case .oldName: try c.encode(oldName, forKey: key)
            case .similarity: try c.encode(similarity, forKey: key)
            case .field: try c.encode(field, forKey: key)
            }
        }
    }
}

extension Change {
    /// The change as an ordered JSON object with exactly the keys of its kind.
    var orderedJSON: OrderedJSON {
        .object(
            Self.keys(for: kind).map { key in
                let value: OrderedJSON
                switch key {
                case .kind: value = .string(kind.rawValue)
                case .initiative: value = .string(initiative)
                case .department: value = .string(department)
                case .indicator: value = .string(indicator)
                case .fiscalYear: value = .number(fiscalYear.map(Double.init))
                case .old: value = (old?.orderedJSON ?? .null)
                case .new: value = (new?.orderedJSON ?? .null)
                case .delta: value = .number(delta)
                case .ratio: value = .number(ratio)
                case .direction: value = .string(direction?.rawValue)
                case .unit: value = .string(unit)
                case .recordedIn: value = .string(recordedIn?.rawValue)
                case .oldText: value = .string(oldText)
                case .newText: value = .string(newText)
                case .oldDisplay: value = .string(oldDisplay)
                case .newDisplay: value = .string(newDisplay)
                case .oldTitle: value = .string(oldTitle)
                case .oldName: value = .string(oldName)
                case .similarity: value = .number(similarity)
                case .field: value = .string(field?.rawValue)
                }
                return (key.rawValue, value)
            })
    }
}

extension ChangeValue {
    var orderedJSON: OrderedJSON {
        switch self {
        case .number(let value): return .number(value)
        case .text(let text): return .string(text)
        }
    }
}
