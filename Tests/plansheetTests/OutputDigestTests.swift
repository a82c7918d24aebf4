import Foundation
import Testing
import TestSupport

/// `plansheet convert` writes the same bytes as before the reader was restructured for speed
/// (issue 14): every workbook is converted to CSV and JSON Lines (all sheets), and each output
/// file's size and SHA-256 must equal the line `Scripts/record-output-digests.py` recorded with
/// the earlier binary, as must the exit status.
@Suite struct OutputDigestTests {
    /// One recorded line: what converting `path` to `format` wrote to one output file.
    struct Recorded: Equatable, CustomStringConvertible {
        var status: Int32
        var output: String
        var bytes: Int
        var sha256: String
        var description: String { "exit \(status) \(output) \(bytes) bytes \(sha256)" }
    }

    /// The recorded lines of a digest file, grouped by workbook path and format.
    static func recorded(_ file: URL) throws -> [(key: String, lines: [Recorded])] {
        var groups: [(key: String, lines: [Recorded])] = []
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let status = Int32(fields[2]), let bytes = Int(fields[4]) else {
                Issue.record("bad digest line: \(line)")
                continue
            }
            let key = fields[0] + "\t" + fields[1]
            let entry = Recorded(status: status, output: fields[3], bytes: bytes, sha256: fields[5])
            if groups.last?.key == key { groups[groups.count - 1].lines.append(entry) } else { groups.append((key, [entry])) }
        }
        return groups
    }

    /// Converts one workbook as the recording script did and describes every output file.
    static func convert(_ path: URL, to format: String) throws -> [Recorded] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let target = scratch.appendingPathComponent("out")
        let run = try runPlansheet(["convert", path.path, "--to", format, "--all-sheets", "-o", target.path])
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []).sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        guard !names.isEmpty else { return [Recorded(status: run.status, output: "-", bytes: 0, sha256: "-")] }
        return try names.map { name in
            let data = try Data(contentsOf: target.appendingPathComponent(name))
            return Recorded(status: run.status, output: name, bytes: data.count, sha256: SHA256Digest.hex(of: data))
        }
    }

    /// Checks every group of a digest file against a fresh conversion of the files below `root`.
    static func expectSameOutputs(digests: URL, root: URL) throws {
        let groups = try recorded(digests)
        #expect(!groups.isEmpty)
        for group in groups {
            let parts = group.key.split(separator: "\t").map(String.init)
            let now = try convert(root.appendingPathComponent(parts[0]), to: parts[1])
            #expect(now == group.lines, "\(parts[0]) to \(parts[1]): recorded \(group.lines), now \(now)")
        }
    }

    static let digestFolder = RepositoryFixtures.root.appendingPathComponent("Tests/Fixtures/output-digests")

    @Test func repositoryWorkbooksConvertToTheSameBytesAsBeforeTheSpeedWork() throws {
        try Self.expectSameOutputs(
            digests: Self.digestFolder.appendingPathComponent("repository.tsv"),
            root: RepositoryFixtures.root)
    }

    @Test(.needsSharedCorpus) func everyCorpusWorkbookConvertsToTheSameBytesAsBeforeTheSpeedWork() throws {
        try Self.expectSameOutputs(
            digests: Self.digestFolder.appendingPathComponent("corpus.tsv"),
            root: try CorpusFixtures.file("."))
    }

    @Test func sha256MatchesTheStandardTestVectors() {
        #expect(SHA256Digest.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256Digest.hex(of: Data(twoBlocks.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
