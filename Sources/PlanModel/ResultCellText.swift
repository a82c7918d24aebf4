/// A result cell (実績) split into the result proper and the cause of delay that
/// departments append under `【遅れが生じている要因】`.
public struct ResultCellText: Sendable, Hashable {
    /// The result text before the marker, trimmed.
    public var result: String
    /// The cause after the marker, trimmed; nil when the cell has no marker.
    public var delayReason: String?

    /// Splits `cellText` at the first `【…要因】` marker (`【遅れが生じている要因】`,
    /// `【遅れの要因】`, full- or half-width brackets).
    public init(_ cellText: String) {
        guard let marker = Self.markerRange(in: cellText) else {
            result = Self.trimmed(cellText[...])
            delayReason = nil
            return
        }
        result = Self.trimmed(cellText[..<marker.lowerBound])
        let reason = Self.trimmed(cellText[marker.upperBound...])
        delayReason = reason.isEmpty ? nil : reason
    }

    private static func markerRange(in text: String) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(where: { $0 == "【" || $0 == "[" }) {
            guard let close = text[open...].firstIndex(where: { $0 == "】" || $0 == "]" }) else { return nil }
            let label = text[text.index(after: open)..<close]
            if label.hasSuffix("要因") || label.hasSuffix("理由") { return open..<text.index(after: close) }
            searchStart = text.index(after: open)
        }
        return nil
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.trimmingPrefix { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
