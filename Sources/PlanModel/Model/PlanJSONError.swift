import Foundation

/// A plan JSON that cannot be read, with the file and the path of the offending value
/// (`plan.json: 計画 JSON として読めません（initiatives[0].indicators[1].targets[0].value） / plan JSON: …: expected a number`).
public struct PlanJSONError: Error, Sendable, Hashable, CustomStringConvertible, BilingualError {
    /// The file, when the plan was read from one.
    public var file: String?
    /// Where in the document: `initiatives[0].title`, or empty for the document itself.
    public var path: String
    /// What is wrong there.
    public var message: String

    /// Makes an error.
    public init(file: String? = nil, path: String, message: String) {
        self.file = file
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
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let detail = underlying.map { "\(context.debugDescription) (\($0))" } ?? context.debugDescription
            let message = context.codingPath.isEmpty ? "not valid JSON: \(detail)" : detail
            self.init(path: Self.path(context.codingPath), message: message)
        @unknown default:
            self.init(path: "", message: "\(error)")
        }
    }

    /// `plan JSON: initiatives[0].title: expected a string`.
    public var description: String {
        path.isEmpty ? "plan JSON: \(message)" : "plan JSON: \(path): \(message)"
    }

    /// The file, when the plan was read from one.
    public var subject: String? { file }

    /// `計画 JSON として読めません（PATH）`.
    public var japanese: String {
        path.isEmpty ? "計画 JSON（plansheet.plan/1）として読めません" : "計画 JSON として読めません（\(path)）"
    }

    /// The ``description``.
    public var english: String { description }

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
