import SharedText

/// A JSON value whose objects keep their keys in the order given.
///
/// Foundation's `JSONEncoder` on Linux writes object keys in hash order (a different order
/// from run to run); the plan JSON contract needs a stable order, so plans are written
/// through this small writer instead. Other JSON outputs of the project (diff JSON, JSON
/// Lines) can use it too.
public enum OrderedJSON: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; whole numbers print without a fraction, non-finite ones as `null`.
    case number(Double)
    /// A string; non-ASCII and `/` are written unescaped.
    case string(String)
    /// An array.
    case array([OrderedJSON])
    /// An object, its members in the order given.
    case object([(String, OrderedJSON)])

    /// Equal values with members in the same order.
    public static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Hashes the compact serialization.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized(pretty: false))
    }

    /// An optional string, null when absent.
    public static func string(_ value: String?) -> OrderedJSON { value.map(OrderedJSON.string) ?? .null }

    /// An optional number, null when absent.
    public static func number(_ value: Double?) -> OrderedJSON { value.map(OrderedJSON.number) ?? .null }

    /// JSON text: non-ASCII and `/` unescaped; pretty-printed with two-space indents and
    /// `"key": value`, or compact on one line without spaces.
    public func serialized(pretty: Bool) -> String {
        // Written as UTF-8 bytes: appending to a String costs a few hundred instructions a call, and a
        // plan of 10,000 initiatives makes millions of appends.
        var output: [UInt8] = []
        write(to: &output, pretty: pretty, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): output.append(contentsOf: Self.format(value).utf8)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&output, indent + 1) }
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&output, indent + 1) }
                Self.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ output: inout [UInt8], _ indent: Int) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// Integers print without a fraction (`67000`), others in their shortest exact form (`61.2`),
    /// by SharedText's `NumberText` rule; JSON has no infinity or NaN, so those are `null`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return NumberText.plain(value)
    }

    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Only ASCII bytes are ever escaped, and they never occur inside a multi-byte UTF-8 sequence:
        // a text without them is copied whole, the others byte by byte.
        if value.utf8.contains(where: needsEscape) {
            for byte in value.utf8 {
                if needsEscape(byte) { output.append(contentsOf: escape(byte).utf8) } else { output.append(byte) }
            }
        } else {
            output.append(contentsOf: value.utf8)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// A quote, a backslash or a control character.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The JSON escape of a quote, a backslash or a control character.
    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
