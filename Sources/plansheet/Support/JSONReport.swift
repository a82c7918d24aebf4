import Foundation

/// The JSON the command line prints for `inspect --format json` and `validate --format json`:
/// pretty-printed, keys sorted, slashes unescaped, ending in a newline. The plan, diff and
/// history contracts have their own fixed key order (PlanModel's `OrderedJSON`).
enum JSONReport {
    /// `value` in that form.
    static func data<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }
}
