import Foundation
import LayoutProfileYAML
import Testing
@testable import PlanIO

/// A profile written by `inspect --write-profile` and read back unchanged imports exactly as detection
/// did, on every generated layout (Fixtures/layouts, second-opinion and third-opinion), and none of its
/// rules is reported as matching nothing.
@Suite struct LayoutProfileRoundTripTests {
    static let folders =
        [VariedLayoutExpectation.folder]
        + BlindGeneratorLayoutTests.generators.map { BlindGeneratorLayoutTests.folder.appendingPathComponent($0) }

    static let workbooks: [URL] = folders.flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "xlsx" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func theLayoutsAreThere() {
        // The generator's workbooks (78 when this test was written; more as variations are added).
        #expect(Self.workbooks.count >= 78)
    }

    @Test(arguments: workbooks)
    func aWrittenProfileReadBackUnchangedImportsAsDetectionDid(_ url: URL) throws {
        let detected = try PlanImporter().importFiles([url])
        let text = LayoutProfileWriter.text(for: detected)
        var options = ImportOptions()
        options.profile = try LayoutProfile(yaml: text, file: "written.yaml")
        let profiled = try PlanImporter(options: options).importFiles([url])
        #expect(profiled.plan == detected.plan)
        #expect(profiled.issues.filter { $0.kind == .unmatchedProfileRule }.isEmpty)
        #expect(profiled.issues.count == detected.issues.count)
    }
}
