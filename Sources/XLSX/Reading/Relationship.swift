/// One `<Relationship>` of an OPC `.rels` part: how one part points at another.
struct Relationship: Sendable, Hashable {
    /// The `Id` (`rId1`) that other XML refers to.
    var id: String
    /// The relationship type URI; its last path segment (`worksheet`, `sharedStrings`) says what the target is.
    var type: String
    /// The target as written: relative to the source part's folder, or absolute from the package root.
    var target: String
    /// Whether the target is outside the package (`TargetMode="External"`).
    var isExternal: Bool

    /// The last segment of the type URI, such as `worksheet` or `officeDocument`;
    /// the same for the transitional and the strict (ISO) namespaces.
    var kind: Substring {
        type.split(separator: "/").last ?? ""
    }
}
