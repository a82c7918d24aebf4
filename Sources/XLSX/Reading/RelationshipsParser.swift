/// Reads a `.rels` part into its relationships.
final class RelationshipsParser: XMLEventHandler {
    private(set) var relationships: [Relationship] = []

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        guard name.is("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target") else { return }
        relationships.append(
            Relationship(
                id: id, type: attributes.string("Type") ?? "", target: target,
                isExternal: attributes.string("TargetMode") == "External"))
    }

    func endElement(_ name: XMLName) throws {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
