import Foundation

/// Where the shared conformance corpus lives: `shared/corpus` in the folder that holds
/// the repository (a CI clone has `shared/` beside it), found by walking up from this file.
enum CorpusFixtures {
    /// The corpus folder, or nil when no ancestor folder has `shared/corpus`.
    static let root: URL? = {
        if let override = ProcessInfo.processInfo.environment["PLANSHEET_CORPUS"] {
            return URL(fileURLWithPath: override)
        }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/corpus")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("real").path) { return candidate }
        }
        return nil
    }()

    /// The files of a corpus subfolder (`real`, `malformed`), sorted by name.
    static func files(in subfolder: String) -> [URL] {
        guard let root else { return [] }
        let folder = root.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".xlsm") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A real-world corpus file by name.
    static func real(_ name: String) throws -> URL {
        guard let root else { throw CorpusMissing() }
        return root.appendingPathComponent("real").appendingPathComponent(name)
    }

    /// A malformed corpus file by name.
    static func malformed(_ name: String) throws -> URL {
        guard let root else { throw CorpusMissing() }
        return root.appendingPathComponent("malformed").appendingPathComponent(name)
    }

    struct CorpusMissing: Error, CustomStringConvertible {
        var description: String { "shared/corpus not found beside the repository (set PLANSHEET_CORPUS)" }
    }
}
