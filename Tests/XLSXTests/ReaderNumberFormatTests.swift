import Testing
@testable import XLSX

@Suite struct ReaderNumberFormatTests {
    @Test func knowsTheBuiltInDateFormatsIncludingEastAsianOnes() {
        for id in Array(14...22) + [45, 47] + Array(27...36) + Array(50...58) {
            #expect(NumberFormatKind.builtIn(id) == .date, "format \(id)")
        }
        #expect(NumberFormatKind.builtIn(46) == .duration)
        for id in [0, 1, 2, 9, 10, 11, 37, 44, 49, 59] { #expect(NumberFormatKind.builtIn(id) == .number, "format \(id)") }
    }

    @Test func findsDateTokensInCustomFormats() {
        for code in [
            "yyyy/mm/dd", "[$-411]ggge\"年\"m\"月\"d\"日\"", "[$-F800]dddd, mmmm dd, yyyy", "h:mm AM/PM", "A/P",
            "[Red]yyyy-mm-dd", "yyyy\"年\"m\"月\"", "mm:ss.0", "HH[M]", "[$-ja-JP]e/m/d", "d-mmm",
        ] {
            #expect(NumberFormatKind.classify(code) == .date, "\(code)")
        }
    }

    @Test func ignoresQuotedTextEscapesColoursAndScientificNotation() {
        for code in [
            "General", "0.00", "#,##0\"d\"", "0.00E+00", "\\d0", "[Red]0.00", "[BLUE]GENERAL", "0_m", "@", "#,##0;[Red]-#,##0",
            "\"yyyy\"0", "[$$-409]#,##0.00",
        ] {
            #expect(NumberFormatKind.classify(code) == .number, "\(code)")
        }
    }

    @Test func treatsLeadingElapsedUnitsAsDurations() {
        for code in ["[h]:mm", "[hh]:mm:ss", "[mm]:ss", "[ss].00", "[H]"] {
            #expect(NumberFormatKind.classify(code) == .duration, "\(code)")
        }
    }
}
