import Foundation
import Testing

/// The mistakes a clerk makes first, found by trying the command line as a user: each ends in
/// one line naming the file, Japanese throughout its Japanese half, and exit 2 with no output.
@Suite struct UserMistakeTests {
    private static let passwordProtected = HostileInputTests.ole2File(streams: ["Root Entry", "EncryptionInfo", "EncryptedPackage"])
    private static let htmlPage = Array("<html><body><table><tr><td>1</td></tr></table></body></html>".utf8)

    /// Writes `bytes` as `name` in a fresh folder.
    private static func save(_ bytes: [UInt8], as name: String) throws -> URL {
        let url = try makeScratchFolder("mistake").appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test(arguments: ["import", "validate", "inspect"])
    func aPasswordProtectedSubmissionIsNamedWithTheAdviceInBothLanguages(_ command: String) throws {
        let file = try Self.save(Self.passwordProtected, as: "申請書.xlsx")
        let run = try runPlansheet([command, file.path])
        #expect(run.status == 2, "\(run.stderr)")
        let output = run.stdout + run.stderr
        #expect(
            output.contains(
                "申請書.xlsx: error: ファイルを読めません: パスワードで保護されたファイルです。Excel でパスワードを解除して保存し直してください"
                    + " / cannot read the file: the file is password-protected: remove the password in Excel and save it again"),
            "\(output)")
        #expect(!output.contains("OLE2 container"), "the reader's English description is not the Japanese half")
    }

    @Test func aReportOfAPasswordProtectedWorkbookIsOneBilingualLine() throws {
        let file = try Self.save(Self.passwordProtected, as: "申請書.xlsx")
        let run = try runPlansheet(["report", file.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr == "plansheet: 申請書.xlsx: ファイルを読めません: パスワードで保護されたファイルです。Excel でパスワードを解除して保存し直してください"
                + " / cannot read the file: the file is password-protected: remove the password in Excel and save it again\n")
    }

    @Test func anHTMLPageNamedXlsIsRefusedInJapaneseAndEnglish() throws {
        let file = try Self.save(Self.htmlPage, as: "一覧.xls")
        let run = try runPlansheet(["convert", file.path, "--to", "csv"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr == "plansheet: \(file.path): 表計算ファイルの名前が付いた HTML ページで、読めない形式です。Excel で開き、.xlsx 形式で保存し直してください"
                + " / an HTML page saved under a spreadsheet name, not a format PlanSheet reads (it reads .xlsx, .xlsm, .xls and .ods)\n")
        let imported = try runPlansheet(["import", file.path])
        #expect(imported.status == 2)
        #expect(imported.stderr.contains("一覧.xls: error: ファイルを読めません: 表計算ファイルの名前が付いた HTML ページで"), "\(imported.stderr)")
    }

    @Test func convertingAFolderWithNothingToConvertExitsTwoAndWritesNothing() throws {
        let folder = try makeScratchFolder("mistake")
        try Data("memo".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let output = folder.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString)")
        let run = try runPlansheet(["convert", folder.path, "--to", "csv", "-o", output.path])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(
            run.stderr.hasSuffix(
                "plansheet: \(folder.path): 変換できるファイルがありません（.ods .xls .xlsm .xlsx）"
                    + " / no file to convert here (it reads .ods .xls .xlsm .xlsx)\n"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "no output folder for a run that converted nothing")
    }
}
