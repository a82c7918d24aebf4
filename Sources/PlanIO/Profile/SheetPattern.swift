import Foundation

/// A sheet name, or a pattern with `*` (any characters) and `?` (one character), compared after
/// NFKC normalisation so that full-width and half-width spellings match.
public struct SheetPattern: Sendable, Hashable {
    /// The text as written in the profile.
    public var text: String
    /// The profile line it is on.
    public var line: Int

    /// Makes a pattern.
    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// Whether the text has wildcards; a plain name names exactly one sheet.
    public var isPattern: Bool { text.contains("*") || text.contains("?") }

    /// Whether a sheet name matches.
    public func matches(_ name: String) -> Bool {
        Self.glob(Array(Self.normalised(text)), Array(Self.normalised(name)))
    }

    private static func normalised(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
    }

    /// Wildcard matching without backtracking blow-up: the classic two-pointer walk, linear in practice.
    private static func glob(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0, n = 0
        var star: Int?, resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1; n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p; resume = n; p += 1
            } else if let star {
                p = star + 1; resume += 1; n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
