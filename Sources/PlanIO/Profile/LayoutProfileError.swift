import PlanModel

/// What is wrong with a layout profile: the file, the line and the key, in Japanese and English.
/// The command line reports it as a usage error (exit 2) before any submission is read.
public struct LayoutProfileError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    /// The profile's file, as named.
    public var file: String
    /// The one-based line, 0 when the problem is the whole file (unreadable, empty).
    public var line: Int
    /// The key the problem is under (`sheets[2].columns[1].role`), empty for the whole file.
    public var key: String
    /// What is wrong, in Japanese.
    public var messageJa: String
    /// What is wrong, in English.
    public var messageEn: String

    /// Makes an error.
    public init(file: String, line: Int, key: String, ja: String, en: String) {
        self.file = file
        self.line = line
        self.key = key
        self.messageJa = ja
        self.messageEn = en
    }

    /// The profile and the line: `kikaku.profile.yaml:14`.
    public var subject: String? { line > 0 ? "\(file):\(line)" : file }
    /// The key and what is wrong, in Japanese.
    public var japanese: String { key.isEmpty ? messageJa : "\(key): \(messageJa)" }
    /// The key and what is wrong, in English.
    public var english: String { key.isEmpty ? messageEn : "\(key): \(messageEn)" }

    /// `kikaku.profile.yaml:14: sheets[1].columns[2].role: 「titel」は役割として読めません / sheets[1].columns[2].role: …`.
    public var description: String { bilingualMessage }
}
