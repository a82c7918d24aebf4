/// PlanSheet's JSON documents (plan, diff) check the schema they name with one function.
extension KeyedDecodingContainer {
    /// Throws when the document names a schema other than `expected` (`plansheet.plan/1`,
    /// `plansheet.diff/1`); a document without one is taken to be of the expected schema.
    /// Plan JSON and diff JSON check their `schema` key with it, so a diff given where a plan is
    /// expected says so in the same words.
    public func checkSchema(_ expected: String, forKey key: Key) throws {
        if let schema = try decodeIfPresent(String.self, forKey: key), schema != expected {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "unsupported schema \(schema); expected \(expected)")
        }
    }
}
