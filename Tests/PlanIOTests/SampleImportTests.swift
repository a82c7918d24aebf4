import Foundation
import Testing
import PlanModel
@testable import PlanIO

/// The Samples (the seed's 15 initiatives) import to the expected plan, value for value.
@Suite struct SampleImportTests {
    static let cases: [(version: String, label: String, layout: String)] = [
        ("revised", "R3改定", "free-text"), ("revised", "R3改定", "table"),
        ("first-adopted", "当初", "free-text"), ("first-adopted", "当初", "table"),
    ]

    func importSamples(_ version: String, _ label: String, _ layout: String) throws -> PlanImporter.Result {
        let options = ImportOptions(title: "行財政改革行動計画", version: label)
        return try PlanImporter(options: options).importFiles([SampleFiles.submissions(version: version, layout: layout)])
    }

    @Test(arguments: [0, 1, 2, 3])
    func importsSamplesToExpectedPlanValueForValue(_ index: Int) throws {
        let (version, label, layout) = Self.cases[index]
        let result = try importSamples(version, label, layout)
        let expected = try SampleFiles.expected(version: version, layout: layout)
        let difference = SampleFiles.firstDifference(result.plan, expected)
        #expect(difference == nil, "\(version)/\(layout): \(difference ?? "")")
    }

    @Test(arguments: ["revised", "first-adopted"])
    func bothLayoutsImportToTheSamePlan(_ version: String) throws {
        let label = version == "revised" ? "R3改定" : "当初"
        let freeText = try importSamples(version, label, "free-text").plan
        let table = try importSamples(version, label, "table").plan
        let reference = try SampleFiles.plan(at: SampleFiles.root.appendingPathComponent("plans/\(version).json"))
        #expect(freeText.initiatives.count == 15)
        let free = SampleFiles.withoutTextsAndSources(freeText)
        #expect(SampleFiles.firstDifference(free, SampleFiles.withoutTextsAndSources(table)) == nil)
        // The same plan as the hand-written one, in import order.
        var ordered = reference
        ordered.initiatives = free.initiatives.compactMap { i in reference.initiatives.first { $0.id == i.id } }
        #expect(SampleFiles.firstDifference(free, SampleFiles.withoutTextsAndSources(ordered)) == nil)
    }

    @Test func reportsSkippedCoverNotesAndEmptySheets() throws {
        let result = try importSamples("revised", "R3改定", "table")
        let skipped = Set(result.skippedSheets.map { "\($0.file)/\($0.sheet)/\($0.reasonEn)" })
        #expect(
            skipped == [
                "kikaku-zaisei.xlsx/表紙/cover sheet", "somu.xlsx/表紙/cover sheet",
                "kenmin-seikatsu.xlsx/記入要領/notes sheet", "kaikei.xlsx/Sheet1/empty sheet",
            ])
        #expect(result.issues.isEmpty)
    }
}
