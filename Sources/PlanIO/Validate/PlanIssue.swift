import PlanModel

/// A problem found in a submission, with where it is and what it is, in Japanese and English.
public struct PlanIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The plan is wrong or incomplete: `validate` exits 1.
        case error
        /// Worth a look; the plan can still be used.
        case warning
    }

    /// What kind of problem: a stable name for scripts.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A target with figures in it that do not read as a target.
        case unparsableTarget
        /// A past fiscal year with a target and no result.
        case missingResult
        /// 順調 while a result is behind its target.
        case onTrackButBehind
        /// 遅れ without a cause.
        case delayWithoutReason
        /// An initiative with no indicator.
        case noIndicator
        /// A header PlanSheet does not know.
        case unknownColumn
        /// The same initiative in two places.
        case duplicateInitiative
        /// A sheet that was not read, and why.
        case skippedSheet
        /// A file that could not be read.
        case unreadableFile
        /// A status PlanSheet cannot read.
        case unknownStatus
        /// A 区分 cell of the alternating layout that says neither 目標 nor 実績: its row's figures are
        /// left out.
        case unknownRowKind
        /// A 年度 cell (fiscal years down the rows) that names no fiscal year: its row's figures are left
        /// out.
        case unknownRowYear
        /// A file from which no initiative could be imported.
        case noInitiatives
        /// A file in a folder that was not read (not a workbook PlanSheet reads, or a temporary file).
        case skippedFile
        /// A layout profile rule that matched nothing in a file (a sheet name, a column).
        case unmatchedProfileRule
    }

    /// Error or warning.
    public var severity: Severity
    /// The kind of problem.
    public var kind: Kind
    /// File, sheet and cell.
    public var location: SourceLocation
    /// The message in Japanese.
    public var messageJa: String
    /// The message in English.
    public var messageEn: String

    /// Makes an issue.
    public init(_ severity: Severity, _ kind: Kind, at location: SourceLocation, ja: String, en: String) {
        self.severity = severity
        self.kind = kind
        self.location = location
        self.messageJa = ja
        self.messageEn = en
    }

    /// `somu.xlsx › 取組状況 › H7: error: 遅れの要因がありません / delayed without a cause`.
    public var description: String {
        "\(location): \(severity.rawValue): \(messageJa) / \(messageEn)"
    }
}
