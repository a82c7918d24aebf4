import Foundation
import PlanModel

/// A plan JSON named among an import's inputs: the output of an import over one shard
/// (`--shard K/N`), merged back like a submission file whose initiatives are already read.
///
/// A part's initiatives keep their order and their `source` (the file, sheet and cell they
/// were read from), so a duplicate across parts is reported exactly as across two files, and
/// parts 1…N in order give the same plan as one import over every file.
enum PlanPart {
    /// Whether `url` names a plan part rather than a workbook: a `.json` file.
    static func isPart(_ url: URL) -> Bool { url.pathExtension.lowercased() == "json" }

    /// What one input of an import gave: a part's initiatives with its title and version, or a workbook's.
    struct Contents: Sendable {
        var submission: SubmissionImporter.Result
        var title: String? = nil
        var version: String? = nil
    }

    /// The part at `url` read as a submission, with its title and version; a part that cannot
    /// be read (over `byteLimit`, not a plan JSON) gives an ``PlanIssue/Kind/unreadableFile`` issue.
    static func read(_ url: URL, byteLimit: Int) -> Contents {
        let name = url.lastPathComponent
        do {
            let plan = try PlanJSON.decode(try contents(of: url, byteLimit: byteLimit))
            let initiatives = plan.initiatives.map { initiative in
                ImportedInitiative(
                    initiative: initiative,
                    cells: InitiativeCells(sheet: initiative.source?.sheet ?? "", title: initiative.source?.cell ?? ""))
            }
            return Contents(
                submission: SubmissionImporter.Result(file: name, initiatives: initiatives, issues: [], skippedSheets: []),
                title: plan.title, version: plan.version)
        } catch {
            let issue = PlanIssue(
                .error, .unreadableFile, at: SourceLocation(file: name),
                ja: "計画JSONの部分ファイルを読めません: \(error)", en: "cannot read the plan JSON part: \(error)")
            return Contents(submission: SubmissionImporter.Result(file: name, initiatives: [], issues: [issue], skippedSheets: []))
        }
    }

    /// The file's bytes, refusing more than `byteLimit` (a part is input from elsewhere: bounded like a workbook part).
    private static func contents(of url: URL, byteLimit: Int) throws -> Data {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let data = try handle.read(upToCount: byteLimit < Int.max ? byteLimit + 1 : byteLimit) ?? Data()
        if data.count > byteLimit { throw PlanPartTooLarge(limit: byteLimit) }
        return data
    }
}

/// A plan part larger than the entry size limit (`--max-entry-size`).
struct PlanPartTooLarge: Error, CustomStringConvertible {
    var limit: Int
    var description: String { "larger than \(limit) bytes (--max-entry-size) / \(limit) バイトを超えています" }
}

/// One input of an import in the order given: a workbook to read, or a plan part to merge.
enum ImportSource: Sendable {
    case workbook(URL)
    case part(URL)

    var url: URL {
        switch self {
        case .workbook(let url), .part(let url): return url
        }
    }

    var isPart: Bool { if case .part = self { return true } else { return false } }
}

/// The title (or version) the parts of a merge agree on; two different ones are an error
/// unless the option chose one, since picking either would be a guess.
struct PartLabels {
    /// `--title` or `--version`.
    let option: String
    private var first: (value: String, part: String)?

    init(option: String) { self.option = option }

    /// The value all parts that carry one agree on.
    var agreed: String? { first?.value }

    mutating func add(_ value: String?, from part: String) throws {
        guard let value else { return }
        guard let first else { first = (value, part); return }
        if first.value != value {
            throw PlanImportError.partsDisagree(option: option, first: "\(first.part): \(first.value)", second: "\(part): \(value)")
        }
    }
}
