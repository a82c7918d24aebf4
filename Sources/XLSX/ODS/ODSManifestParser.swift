/// Reads `META-INF/manifest.xml` for one fact: whether any part is encrypted
/// (`manifest:encryption-data`), and with which algorithm, so a password-protected
/// `.ods` is refused by name before its ciphertext `content.xml` is parsed.
final class ODSManifestParser: XMLEventHandler {
    /// The algorithm (`aes256-cbc`, `Blowfish CFB`) of the first encrypted part, or nil.
    private(set) var encryptionMethod: String?

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("encryption-data"), encryptionMethod == nil {
            encryptionMethod = "password"
        } else if name.is("algorithm"), encryptionMethod == "password", let algorithm = attributes.string("algorithm-name") {
            // `http://www.w3.org/2001/04/xmlenc#aes256-cbc` → `aes256-cbc`.
            encryptionMethod = algorithm.split(separator: "#").last.map(String.init) ?? algorithm
        }
    }

    func endElement(_ name: XMLName) throws {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
