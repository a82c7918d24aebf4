import Foundation
import Testing
import PlanModel
@testable import PlanIO

/// The Samples' submissions saved by LibreOffice as `.xls` and `.ods`
/// (Scripts/make-legacy-corpus.sh, committed under Fixtures/legacy) import to the same
/// plan as the `.xlsx` originals: every initiative, indicator, target, text and cell source.
@Suite struct LegacySubmissionImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/legacy")

    /// The plan from the files of one format in a layout's folder.
    func importPlan(_ layout: String, format: String) throws -> Plan {
        let folder = format == "xlsx" ? SampleFiles.submissions(version: "first-adopted", layout: layout)
            : Self.fixtures.appendingPathComponent(layout)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".\(format)") }.sorted()
        #expect(names.count == 5, "\(layout): five \(format) submissions")
        let options = ImportOptions(title: "行財政改革行動計画", version: "当初")
        var plan = try PlanImporter(options: options).importFiles(names.map { folder.appendingPathComponent($0) }).plan
        // Sources name the file: compare them by base name, so `somu.xls` stands for `somu.xlsx`.
        for index in plan.initiatives.indices {
            if var source = plan.initiatives[index].source {
                source.file = URL(fileURLWithPath: source.file).deletingPathExtension().lastPathComponent
                plan.initiatives[index].source = source
            }
        }
        return plan
    }

    @Test(arguments: ["table", "free-text"], ["xls", "ods"])
    func legacySubmissionsImportToTheSamePlanAsTheXLSXOriginals(_ layout: String, _ format: String) throws {
        let original = try importPlan(layout, format: "xlsx")
        let legacy = try importPlan(layout, format: format)
        #expect(original.initiatives.count == 15)
        let difference = SampleFiles.firstDifference(legacy, original)
        #expect(difference == nil, "\(layout) .\(format): \(difference ?? "")")
    }
}
