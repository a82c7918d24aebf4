/// What a part parser does with the events of libxml2's SAX2 parser.
///
/// A handler may throw to stop parsing: the error ends ``XMLPushParser/parse(_:in:limits:handler:)``.
protocol XMLEventHandler: AnyObject {
    /// A start tag, with its local name (namespace prefixes ignored) and attributes.
    func startElement(_ name: XMLName, attributes: XMLAttributes) throws
    /// An end tag.
    func endElement(_ name: XMLName) throws
    /// Text between tags (may arrive in several pieces).
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws
}
