import Foundation
import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// Exports: the consolidated workbook reads back to the same plan; CSV in three encodings; JSON Lines.
@Suite struct ExportRoundTripTests {
    static func samplePlan(_ version: String = "revised", _ layout: String = "free-text") throws -> Plan {
        try PlanImporter().importFiles([SampleFiles.submissions(version: version, layout: layout)]).plan
    }

    static func withoutSources(_ plan: Plan) -> Plan {
        var plan = plan
        for index in plan.initiatives.indices { plan.initiatives[index].source = nil }
        return plan
    }

    static func temporaryFile(_ name: String, _ data: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test(arguments: ["revised/free-text", "revised/table", "first-adopted/free-text", "first-adopted/table"])
    func exportedWorkbookImportsBackToTheSamePlan(_ set: String) throws {
        let parts = set.split(separator: "/").map(String.init)
        let plan = try Self.samplePlan(parts[0], parts[1])
        let url = try Self.temporaryFile("consolidated.xlsx", try PlanWorkbookExporter.export(plan))
        let back = try PlanImporter().importFiles([url])
        let difference = SampleFiles.firstDifference(Self.withoutSources(back.plan), Self.withoutSources(plan))
        #expect(difference == nil, "\(set): \(difference ?? "")")
        #expect(back.plan.initiatives.first?.source == SourceLocation(file: "consolidated.xlsx", sheet: "取組一覧", cell: "C2"))
    }

    @Test func exportedWorkbookHasTheLongFormAndDelayedSheets() throws {
        let plan = try Self.samplePlan()
        let book = try Workbook(data: try PlanWorkbookExporter.export(plan), name: "consolidated.xlsx")
        #expect(book.sheets.map(\.name) == ["取組一覧", "年度別", "遅れ"])
        let long = try book.grid(of: try #require(book.sheet(named: "年度別")))
        #expect(long.rows.count == LongFormTable.rows(of: plan).count + 1)
        #expect(long.rows[0].first == .string("番号"))
        // ＡＩ-ＯＣＲ 利用枚数, FY2020: 約62,000 of 12,000.
        let ocr = try #require(long.rows.first { $0.count > 18 && $0[5] == .string("ＡＩ-ＯＣＲ 利用枚数") && $0[9] == .number(2020) })
        #expect(ocr[11] == .number(12000))
        #expect(ocr[15] == .number(62000))
        if case .number(let rate) = ocr[18] { #expect(abs(rate - 62000.0 / 12000.0) < 1e-9) } else { Issue.record("no rate: \(ocr[18])") }
        let delayed = try book.grid(of: try #require(book.sheet(named: "遅れ")))
        #expect(delayed.rows.count == 7)
        // Files in name order: kenmin-seikatsu.xlsx holds the first delayed initiative.
        #expect(delayed.rows[1][2] == .string("「どこでも知事室」の実施"))
        #expect(delayed.rows[1][4] == .string("新型コロナウイルス感染症の影響を踏まえ、開催を中止したため。"))
        let first = try book.grid(of: try #require(book.sheet(named: "取組一覧")))
        // 1-1 (three indicators, rows 7–9) has its initiative cells merged down.
        #expect(first.mergedRanges.map(\.description).contains("C7:C9"))
        #expect(first.mergedRanges.map(\.description).contains("M7:M9"))
    }

    static let awkward = Plan(
        title: "テスト",
        initiatives: [
            Initiative(
                id: "①", title: "髙橋課の取組～〜", department: "総務部", status: .onTrack,
                indicators: [Indicator(name: "件数", unit: "件", targets: [Target(fiscalYear: 2020, value: 1, comparator: .atLeast, text: "1件")])])
        ])

    @Test func writesCSVInUTF8WithAndWithoutBOMAndInCP932() throws {
        let plan = try Self.samplePlan()
        let utf8 = try CSVPlanExporter.export(plan, encoding: .utf8)
        let bom = try CSVPlanExporter.export(plan, encoding: .utf8BOM)
        let cp932 = try CSVPlanExporter.export(plan, encoding: .cp932)
        #expect(Array(bom.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(bom.dropFirst(3) == utf8)
        let text = String(decoding: utf8, as: UTF8.self)
        #expect(CP932.decode(cp932) == text)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count >= LongFormTable.rows(of: plan).count + 1)
        #expect(lines[0].hasPrefix("番号,方向性,取組項目,所管,進捗,指標名"))
    }

    @Test func encodesCP932WithWindowsCharactersThatPythonDecodes() throws {
        let cp932 = try CSVPlanExporter.export(Self.awkward, encoding: .cp932)
        let decoded = try #require(CP932.decode(cp932))
        #expect(decoded.contains("①,,髙橋課の取組～～,総務部,順調"))
        // An independent decoder: Python's cp932 codec.
        let url = try Self.temporaryFile("awkward.csv", cp932)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding='cp932', newline='').read().encode('utf-8'))", url.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: output, as: UTF8.self) == decoded)
    }

    @Test func refusesCharactersCP932CannotHoldAndNamesThem() {
        let plan = Plan(initiatives: [Initiative(title: "絵文字😀の取組")])
        #expect(throws: CP932.UnencodableCharacter.self) { try CSVPlanExporter.export(plan, encoding: .cp932) }
    }

    @Test func writesOneInitiativePerJSONLine() throws {
        let plan = try Self.samplePlan()
        let data = JSONLinesPlanExporter.export(plan)
        let lines = data.split(separator: 0x0A)
        #expect(lines.count == 15)
        let decoded = try lines.map { try JSONDecoder().decode(Initiative.self, from: Data($0)) }
        #expect(decoded == plan.initiatives)
    }
}
