import Foundation
import Testing
import XLSX

/// `--escape-formulas` on every CSV output: convert, diff and history.
@Suite struct EscapeFormulasTests {
    static func workbook() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("escape-\(UUID().uuidString).xlsx")
        try WorkbookWriter.data { book in
            try book.addSheet(named: "Sheet1") { sheet in
                try sheet.append([.string("=HYPERLINK(\"http://x\")"), .string("@cmd"), .number(-5), .string("取組")])
            }
        }.write(to: url)
        return url.path
    }

    @Test func convertPrefixesFormulaTextOnlyWithTheOption() throws {
        let input = try Self.workbook()
        let escaped = try runPlansheet(["convert", input, "--to", "csv", "--escape-formulas"])
        #expect(escaped.status == 0)
        #expect(escaped.stdout == "\"'=HYPERLINK(\"\"http://x\"\")\",\"'@cmd\",-5,取組\r\n")
        let plain = try runPlansheet(["convert", input, "--to", "csv"])
        #expect(plain.stdout == "\"=HYPERLINK(\"\"http://x\"\")\",@cmd,-5,取組\r\n")
    }

    @Test func diffAndHistoryTakeTheOptionToo() throws {
        for command in ["diff", "history"] {
            let help = try runPlansheet([command, "--help"])
            #expect(help.stdout.contains("--escape-formulas"), "\(command)")
        }
        #expect(try runPlansheet(["convert", "--help"]).stdout.contains("--escape-formulas"))
    }
}
