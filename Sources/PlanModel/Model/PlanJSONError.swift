/// A plan JSON that cannot be read, with the path of the offending value
/// (`initiatives[0].indicators[1].targets[0].value: expected a number`).
public struct PlanJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the document: `initiatives[0].title`, or empty for the document itself.
    public var path: String
    /// What is wrong there.
    public var message: String

    /// Makes an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// Describes a Foundation decoding error in the contract's terms.
    init(_ error: DecodingError) {
        switch error {
        case let .typeMismatch(type, context):
            self.init(path: Self.path(context.codingPath), message: "expected \(Self.jsonType(type))")
        case let .valueNotFound(type, context):
            self.init(path: Self.path(context.codingPath), message: "expected \(Self.jsonType(type)), found null")
        case let .keyNotFound(key, context):
            self.init(path: Self.path(context.codingPath + [key]), message: "required key is missing")
        case let .dataCorrupted(context):
            let message = context.codingPath.isEmpty ? "not valid JSON: \(context.debugDescription)" : context.debugDescription
            self.init(path: Self.path(context.codingPath), message: message)
        @unknown default:
            self.init(path: "", message: "\(error)")
        }
    }

    /// `plan JSON: initiatives[0].title: expected a string`.
    public var description: String {
        path.isEmpty ? "plan JSON: \(message)" : "plan JSON: \(path): \(message)"
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func jsonType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        case is Status.Type, is Period.Type, is Direction.Type, is Comparator.Type: "one of the contract's words"
        default: "\(type)"
        }
    }
}
