import Foundation
import Testing
import PlanModel
@testable import PlanIO
@testable import XLSX

/// The workbooks PlanSheet writes for people print like documents: every sheet landscape and
/// fitted to the page width, its header rows repeated on every page, wrapped rows given heights.
@Suite struct PrintedWorkbookTests {
    static func part(_ name: String, of workbook: Data) throws -> String {
        let archive = try ZipArchive(data: workbook, fileName: "printed.xlsx")
        let entry = try #require(archive.entry(named: name), "no part \(name)")
        return String(decoding: try archive.contents(of: entry, limits: .default), as: UTF8.self)
    }

    static func expectPrintsLikeADocument(_ workbook: Data, sheets: Int, titles: [String]) throws {
        for number in 1...sheets {
            let sheet = try part("xl/worksheets/sheet\(number).xml", of: workbook)
            #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"), "sheet \(number)")
            #expect(
                sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"),
                "sheet \(number)")
        }
        let names = try part("xl/workbook.xml", of: workbook)
        for title in titles { #expect(names.contains(title), "\(title) in \(names)") }
    }

    @Test func theConsolidatedWorkbookPrintsEverySheetWithItsHeaderOnEveryPage() throws {
        let plan = try SampleFiles.plan(at: SampleFiles.root.appendingPathComponent("plans/revised.json"))
        let workbook = try PlanWorkbookExporter.export(plan)
        try Self.expectPrintsLikeADocument(
            workbook, sheets: 3,
            titles: [
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'取組一覧'!$1:$1</definedName>",
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'年度別'!$1:$1</definedName>",
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">'遅れ'!$1:$1</definedName>",
            ])
        // 1-1's row holds its next steps, wrapped in a 40-wide column: taller than one line.
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: workbook)
        #expect(sheet.contains("<row r=\"2\" ht=\""))
        #expect(sheet.contains("<row r=\"1\">"))
    }

    @Test func theReportWorkbookPrintsEverySheetAndRepeatsTheTableHeaders() throws {
        let report = ProgressReport(plan: try ReportSamples.revised, previous: try ReportSamples.firstAdopted)
        let workbook = try ReportWorkbookRenderer().data(report)
        try Self.expectPrintsLikeADocument(
            workbook, sheets: 4,
            titles: [
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'主な成果'!$1:$1</definedName>",
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">'遅れが生じている取組'!$1:$1</definedName>",
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"3\">'目標値の見直し'!$1:$1</definedName>",
            ])
        #expect(!(try Self.part("xl/workbook.xml", of: workbook)).contains("localSheetId=\"0\""))
    }
}
