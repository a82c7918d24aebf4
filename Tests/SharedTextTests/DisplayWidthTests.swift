import Testing
import SharedText

/// The one East Asian width table, for the diff's text tables and the writer's column widths.
@Suite struct DisplayWidthTests {
    @Test("wide and full-width characters take two columns, combining marks and zero-width spaces none")
    func columns() {
        #expect(DisplayWidth.of("取組") == 4)
        #expect(DisplayWidth.of("ＲＰＡ") == 6)
        #expect(DisplayWidth.of("R3") == 2)
        #expect(DisplayWidth.of("ｶﾞ") == 2)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("か\u{3099}") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("葛\u{E0100}") == 3)
        #expect(DisplayWidth.of("👍") == 2)
    }

    @Test("the longest line of multi-line text is its width")
    func longestLine() {
        #expect(DisplayWidth.ofLongestLine("ab\n取組項目\nc") == 8)
        #expect(DisplayWidth.ofLongestLine("") == 0)
    }
}
