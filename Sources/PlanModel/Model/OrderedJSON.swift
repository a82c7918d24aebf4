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
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += Self.format(value)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                if pretty { Self.newline(&output, indent + 1) }
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                if pretty { Self.newline(&output, indent + 1) }
                Self.writeString(key, to: &output)
                output += pretty ? ": " : ":"
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indent: Int) {
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// Integers print without a fraction (`67000`), others in their shortest exact form (`61.2`).
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        // Runs of bytes that need no escape are copied whole: only ASCII bytes are ever escaped, and
        // they never occur inside a multi-byte UTF-8 sequence, so a run always ends on a scalar.
        let bytes = value.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index = bytes.index(after: index)
                continue
            }
            output += Substring(value.unicodeScalars[runStart..<index])
            output += escape(byte)
            index = bytes.index(after: index)
            runStart = index
        }
        if runStart == bytes.startIndex {
            output += value
        } else {
            output += Substring(value.unicodeScalars[runStart..<index])
        }
        output += "\""
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
