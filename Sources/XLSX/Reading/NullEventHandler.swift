/// A handler that does nothing per event: what parsing alone costs, for measuring the floor.
final class NullEventHandler: XMLEventHandler {
    private(set) var elements = 0

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws { elements &+= 1 }
    func endElement(_ name: XMLName) throws {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
