/// What kind of change a ``Change`` is; the raw values are the diff JSON contract's `kind`.
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An initiative only the new version has.
    case initiativeAdded
    /// An initiative only the old version has.
    case initiativeRemoved
    /// The same initiative under a different title (matched by id or by similarity).
    case initiativeRenamed
    /// The same initiative under another direction (方向性) or department.
    case initiativeMoved
    /// An indicator only the new version has.
    case indicatorAdded
    /// An indicator only the old version has.
    case indicatorRemoved
    /// The same indicator under a different name.
    case indicatorRenamed
    /// The indicator's unit changed (件 → 業務).
    case unitChanged
    /// A fiscal year's target that the old version did not set.
    case targetAdded
    /// A fiscal year's target that the new version dropped.
    case targetRemoved
    /// A fiscal year's target value raised or lowered.
    case targetChanged
    /// A qualitative target (no figure) worded differently.
    case targetTextChanged
    /// A fiscal year's result changed, or was reported for the first time.
    case actualChanged
    /// Self-assessed progress changed (順調 → 遅れ).
    case statusChanged

    /// A short Japanese label for tables meant for people (追加, 目標変更 …).
    public var label: String {
        switch self {
        case .initiativeAdded: return "取組追加"
        case .initiativeRemoved: return "取組削除"
        case .initiativeRenamed: return "取組名変更"
        case .initiativeMoved: return "所属変更"
        case .indicatorAdded: return "指標追加"
        case .indicatorRemoved: return "指標削除"
        case .indicatorRenamed: return "指標名変更"
        case .unitChanged: return "単位変更"
        case .targetAdded: return "目標追加"
        case .targetRemoved: return "目標削除"
        case .targetChanged: return "目標変更"
        case .targetTextChanged: return "目標文言変更"
        case .actualChanged: return "実績変更"
        case .statusChanged: return "進捗変更"
        }
    }
}

/// Whether a revised target went up or down (the new value against the old).
public enum RevisionDirection: String, Sendable, Hashable, Codable {
    /// The new target is higher.
    case raised
    /// The new target is lower.
    case lowered

    /// 引上げ / 引下げ.
    public var label: String { self == .raised ? "引上げ" : "引下げ" }
}

/// Which version's own text records a revision (`２万→6.7万`).
public enum RecordedIn: String, Sendable, Hashable, Codable {
    /// The old version's target text holds the arrow.
    case old
    /// The new version's target text holds the arrow.
    case new
}

/// Which placement of an initiative changed in an `initiativeMoved` change.
public enum PlacementField: String, Sendable, Hashable, Codable {
    /// The direction (方向性).
    case section
    /// The responsible department (所管).
    case department
}
