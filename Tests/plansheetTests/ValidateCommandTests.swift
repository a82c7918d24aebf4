import Foundation
import Testing

/// `plansheet validate`: problems at their cells, exit 1 with errors, 0 when clean.
@Suite struct ValidateCommandTests {
    @Test(arguments: ["free-text", "table"])
    func findsNothingInTheCleanSamples(_ layout: String) throws {
        for version in ["revised", "first-adopted"] {
            let result = try runPlansheet(["validate", ImportCommandFiles.samples(version, layout)])
            #expect(result.status == 0, "\(result.stdout)")
            #expect(result.stdout.contains("5 file(s), 15 initiative(s): 0 error(s), 0 warning(s)"))
        }
    }

    static let broken = """
        import sys, openpyxl
        book = openpyxl.Workbook(); cover = book.active; cover.title = "表紙"
        cover.append(["部局名", "総務部"])
        sheet = book.create_sheet("取組状況")
        sheet.append(["■ 行動計画の取組状況"])
        sheet.append(["番号", "取組項目", "指標名", "単位", "Ｒ２年度目標", "Ｒ２年度実績", "進捗", "遅れの要因", "メモ"])
        sheet.append(["1", "順調なのに届かない取組", "導入件数", "件", 50, 45, "順調", None, None])
        sheet.append(["2", "読めない目標の取組", "研修回数", "回", "50件程度を目指す", 48, "遅れ", "講師の確保が遅れたため。", None])
        sheet.append(["3", "実績のない取組", "利用者数", "人", 100, None, "遅れ", None, None])
        sheet.append(["4", "指標のない取組", None, None, None, None, "順調", None, None])
        book.save(sys.argv[1])
        """

    @Test func reportsEachPlantedProblemAtItsCellAndExitsOne() throws {
        let folder = try ImportCommandFiles.scratch()
        let path = folder.appendingPathComponent("broken.xlsx").path
        try ImportCommandFiles.python(Self.broken, [path])
        let text = try runPlansheet(["validate", path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("broken.xlsx › 取組状況 › G3: error: 進捗は「順調」ですが"))
        #expect(text.stderr.contains("5 error(s)"))
        let json = try runPlansheet(["validate", path, "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let issues = try #require(report["issues"] as? [[String: Any]])
        let found = Set(issues.map { "\($0["kind"] ?? "") \($0["cell"] ?? "")" })
        #expect(
            found == [
                "unknownColumn I2", "onTrackButBehind G3", "unparsableTarget E4", "missingResult F5",
                "delayWithoutReason H5", "noIndicator B6",
            ])
        #expect(report["errors"] as? Int == 5)
        #expect(report["warnings"] as? Int == 1)
        let skipped = try #require(report["skippedSheets"] as? [[String: Any]])
        #expect(skipped.map { $0["sheet"] as? String } == ["表紙"])
        for issue in issues {
            #expect((issue["messageJa"] as? String)?.isEmpty == false)
            #expect((issue["messageEn"] as? String)?.isEmpty == false)
        }
    }
}
