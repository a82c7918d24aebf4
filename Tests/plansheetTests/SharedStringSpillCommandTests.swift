import Foundation
import Testing
import TestSupport

/// `plansheet convert` with the shared-string table spilled to a temporary file: the same
/// output as in memory, and a clear refusal (exit 2, Japanese and English, the file named)
/// when `$TMPDIR` cannot take it. `PLANSHEET_SHARED_STRING_BUDGET=0` spills every string,
/// so a small sample workbook takes the path a table of millions of strings takes.
@Suite struct SharedStringSpillCommandTests {
    /// 2,923 shared strings (Scripts/record-output-digests.py made it with XlsxWriter).
    static let sample = RepositoryFixtures.root.appendingPathComponent("Tests/Fixtures/output-digests/strings-shape.xlsx").path

    @Test func aSpilledTableConvertsToTheSameCSVAndJSONLines() throws {
        for format in ["csv", "jsonl"] {
            let inMemory = try runPlansheet(["convert", Self.sample, "--to", format])
            let spilled = try runPlansheet(["convert", Self.sample, "--to", format], environment: ["PLANSHEET_SHARED_STRING_BUDGET": "0"])
            #expect(inMemory.status == 0 && spilled.status == 0, "\(inMemory.stderr) \(spilled.stderr)")
            #expect(inMemory.stdoutData.count > 50_000)
            #expect(spilled.stdoutData == inMemory.stdoutData, "\(format)")
        }
    }

    @Test func aTableThatCannotBeSpilledIsRefusedInJapaneseAndEnglish() throws {
        let result = try runPlansheet(
            ["convert", Self.sample, "--to", "csv"],
            environment: ["PLANSHEET_SHARED_STRING_BUDGET": "0", "TMPDIR": "/nonexistent-plansheet-tmp"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "plansheet: \(Self.sample): 部品 xl/sharedStrings.xml はメモリーに収まらず、一時フォルダー /nonexistent-plansheet-tmp にも書き出せません"
                + "（TMPDIR に空きのある書き込めるフォルダーを指定してください） / part xl/sharedStrings.xml is too large to hold in memory and "
                + "cannot be kept in a temporary file in /nonexistent-plansheet-tmp: cannot create a temporary file: No such file or directory "
                + "(set TMPDIR to a writable folder with free space)\n")
    }
}
