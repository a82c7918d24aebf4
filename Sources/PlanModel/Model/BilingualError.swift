import Foundation

/// An error that tells a person what went wrong in Japanese and in English, naming where:
/// `FILE: 日本語 / English`.
///
/// The message belongs to the error, not to whoever prints it: the command line, a Swift
/// program using the libraries and a test all print the same line (swift-argument-parser's
/// errors work the same way).
public protocol BilingualError: Error {
    /// The file, with the part, sheet, line or cell where known (`kikaku.xlsx`, `a.csv 3 行目`);
    /// nil for an error about no file.
    var subject: String? { get }
    /// What went wrong, in Japanese, with what to do where there is something to do.
    var japanese: String { get }
    /// The same in English.
    var english: String { get }
}

extension BilingualError {
    /// `SUBJECT: 日本語 / English` on one line: line breaks inside a message (libxml2 writes
    /// some) become `; `.
    public var bilingualMessage: String {
        let text = (subject.map { "\($0): " } ?? "") + japanese + " / " + english
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
    }
}
