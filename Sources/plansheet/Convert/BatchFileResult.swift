import Foundation

/// What converting one input of a batch did: the line `--jsonl-log` writes for it.
struct BatchFileResult: Sendable, Equatable {
    /// The input path as given or found.
    var file: String
    /// The sheets converted, in order (for a CSV input, the sheet it became).
    var sheets: [String] = []
    /// The rows written over all sheets.
    var rows: Int = 0
    /// Wall-clock seconds this input took.
    var seconds: Double = 0
    /// Why the input failed, nil when it converted.
    var error: String?
    /// Whether the failure was on the output side (disk full, read-only folder): the batch stops there.
    var outputFault = false

    /// One JSON object on one line: `{"file":…,"sheets":[…],"rows":…,"seconds":…,"error":null}`.
    var jsonLine: String {
        let sheetList = sheets.map(Self.jsonString).joined(separator: ",")
        let errorText = error.map(Self.jsonString) ?? "null"
        let secondsText = String(format: "%.6f", seconds)
        return "{\"file\":\(Self.jsonString(file)),\"sheets\":[\(sheetList)],\"rows\":\(rows),\"seconds\":\(secondsText),\"error\":\(errorText)}"
    }

    /// A JSON string literal (Foundation's escaping, slashes left as they are).
    static func jsonString(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
