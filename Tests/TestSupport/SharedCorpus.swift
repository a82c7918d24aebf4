import Foundation
import Testing

/// The shared conformance corpus (real workbooks from many producers with expected values), which
/// lives outside the repository: CI has it beside the clone as `shared/corpus`.
///
/// The suites over it are extra. A clone anywhere else passes without it: each such test carries
/// ``Testing/Trait/needsSharedCorpus`` and is reported as skipped, with one line that says how to run it.
/// `.ci/run` sets `PLANSHEET_CORPUS` explicitly, so in CI the suites always run, and a corpus that
/// went missing there fails them instead of skipping them silently.
public enum CorpusFixtures {
    /// The corpus folder: `PLANSHEET_CORPUS` when it is set (whether or not it exists), otherwise the
    /// nearest ancestor folder's `shared/corpus`; nil when neither gives one.
    public static let root: URL? = {
        if let explicit = ProcessInfo.processInfo.environment["PLANSHEET_CORPUS"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/corpus")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("real").path) { return candidate }
        }
        return nil
    }()

    /// Whether the corpus suites run.
    public static var isAvailable: Bool { root != nil }

    /// The workbooks of a corpus subfolder (`real`, `extra`, `malformed`), sorted by name.
    public static func files(in subfolder: String, extensions: Set<String> = ["xlsx", "xlsm"]) -> [URL] {
        guard let root else { return [] }
        let folder = root.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// A file of the corpus by its path below the corpus folder, e.g. `real/tealeg__testcelltypes.xlsx`.
    public static func file(_ relative: String) throws -> URL {
        guard let root else { throw CorpusMissing() }
        return root.appendingPathComponent(relative)
    }

    /// A real-world corpus file by name.
    public static func real(_ name: String) throws -> URL { try file("real/\(name)") }

    /// A malformed corpus file by name.
    public static func malformed(_ name: String) throws -> URL { try file("malformed/\(name)") }

    /// Thrown when a test reaches for the corpus without carrying ``Testing/Trait/needsSharedCorpus``.
    public struct CorpusMissing: Error, CustomStringConvertible {
        public var description: String { "shared/corpus not found beside the repository (set PLANSHEET_CORPUS=DIR)" }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where the shared corpus is (see ``CorpusFixtures``); elsewhere Swift Testing
    /// reports it as skipped with this line.
    public static var needsSharedCorpus: Self {
        .enabled(
            if: CorpusFixtures.isAvailable,
            "skipped: no shared/corpus beside the repository; run with PLANSHEET_CORPUS=/path/to/shared/corpus")
    }
}
