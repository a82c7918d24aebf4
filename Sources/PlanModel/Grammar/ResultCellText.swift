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
        let scalars = Array(cellText.unicodeScalars)
        guard let marker = Self.markerRange(in: scalars) else {
            result = Self.trimmed(scalars, 0..<scalars.count)
            delayReason = nil
            return
        }
        result = Self.trimmed(scalars, 0..<marker.lowerBound)
        let reason = Self.trimmed(scalars, marker.upperBound..<scalars.count)
        delayReason = reason.isEmpty ? nil : reason
    }

    private static func markerRange(in s: [Unicode.Scalar]) -> Range<Int>? {
        var index = 0
        while index < s.count {
            guard s[index] == "【" || s[index] == "[" || s[index] == "［" else {
                index += 1
                continue
            }
            var close = index + 1
            while close < s.count, s[close] != "】", s[close] != "]", s[close] != "］" { close += 1 }
            guard close < s.count else { return nil }
            if close - index >= 3, s[close - 2] == "要" || s[close - 2] == "理",
                s[close - 1] == "因" || s[close - 1] == "由"
            {
                return index..<close + 1
            }
            index += 1
        }
        return nil
    }

    private static func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let (start, end) = TextScan.trim(s, range)
        return TextScan.string(s, start..<end) ?? ""
    }
}
