import Foundation
import Testing
import PlanModel
@testable import PlanIO

/// Submissions PlanSheet did not write (openpyxl, LibreOffice) import to the data they were built from.
@Suite struct ExternalSubmissionImportTests {
    /// The plan, without texts and sources, initiatives by id: what every layout and writer must agree on.
    static func comparable(_ plan: Plan) -> Plan {
        var plan = SampleFiles.withoutTextsAndSources(plan)
        plan.initiatives.sort { ($0.id ?? "") < ($1.id ?? "") }
        plan.title = nil
        plan.version = nil
        return plan
    }

    @Test(arguments: ExternalSubmissions.variants)
    func importsSubmissionsWrittenByOtherTools(_ variant: String) throws {
        let folder = try ExternalSubmissions.folder.get().appendingPathComponent(variant)
        let result = try PlanImporter().importFiles([folder])
        let built = try SampleFiles.plan(at: SampleFiles.root.appendingPathComponent("plans/revised.json"))
        #expect(result.plan.initiatives.count == 15)
        let difference = SampleFiles.firstDifference(Self.comparable(result.plan), Self.comparable(built))
        #expect(difference == nil, "\(variant): \(difference ?? "")")
        #expect(result.issues.isEmpty, "\(result.issues)")
    }

    @Test func takesTheDepartmentFromTheCoverSheetWhenNoColumnNamesIt() throws {
        let folder = try ExternalSubmissions.folder.get().appendingPathComponent("openpyxl-table-western")
        let result = try PlanImporter(options: ImportOptions(department: "ignored")).importFiles([folder])
        let somu = result.plan.initiatives.filter { $0.source?.file == "somu.xlsx" }
        #expect(somu.map(\.department) == ["総務部", "総務部", "総務部"])
        #expect(result.skippedSheets.filter { $0.sheet == "表紙" }.count == 5)
    }

    @Test func takesTheDepartmentFromTheFileNameAsALastResort() throws {
        let folder = try ExternalSubmissions.folder.get().appendingPathComponent("openpyxl-table-filename")
        let result = try PlanImporter().importFiles([folder])
        let departments = Set(result.plan.initiatives.map { "\($0.source?.file ?? "")=\($0.department ?? "")" })
        #expect(
            departments == [
                "企画財政部.xlsx=企画財政部", "会計局.xlsx=会計局", "危機管理防災部.xlsx=危機管理防災部",
                "県民生活部.xlsx=県民生活部", "総務部.xlsx=総務部",
            ])
    }

    @Test func readsFiscalYearsFromReiwaWesternAndYearEndHeaders() throws {
        for variant in ["openpyxl-table-reiwa", "openpyxl-table-western", "libreoffice-table"] {
            let folder = try ExternalSubmissions.folder.get().appendingPathComponent(variant)
            let plan = try PlanImporter().importFiles([folder.appendingPathComponent("kikaku-zaisei.xlsx")]).plan
            let ocr = try #require(plan.initiatives.first?.indicators.dropFirst().first)
            #expect(ocr.targets.map(\.fiscalYear) == [2020, 2021, 2022], "\(variant)")
            #expect(ocr.targets.map(\.value) == [12000, 67000, 70000], "\(variant)")
            #expect(ocr.targets.map(\.revisedFrom) == [nil, 20000, 30000], "\(variant)")
            #expect(ocr.actuals.map(\.fiscalYear) == [2020], "\(variant)")
            #expect(ocr.actuals.map(\.value) == [62000], "\(variant)")
        }
    }
}
