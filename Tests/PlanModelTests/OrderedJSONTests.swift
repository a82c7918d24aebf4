import Testing
import PlanModel

@Suite struct OrderedJSONTests {
    @Test func keepsMemberOrderAndWritesCompactOrPretty() {
        let value = OrderedJSON.object([("z", .number(1)), ("a", .array([.string("日本/語"), .null, .bool(true)])), ("m", .object([]))])
        #expect(value.serialized(pretty: false) == #"{"z":1,"a":["日本/語",null,true],"m":{}}"#)
        #expect(value.serialized(pretty: true) == "{\n  \"z\": 1,\n  \"a\": [\n    \"日本/語\",\n    null,\n    true\n  ],\n  \"m\": {}\n}")
    }

    @Test func writesNumbersExactlyAndNonFiniteAsNull() {
        #expect(OrderedJSON.number(67000).serialized(pretty: false) == "67000")
        #expect(OrderedJSON.number(61.2).serialized(pretty: false) == "61.2")
        #expect(OrderedJSON.number(-0.5).serialized(pretty: false) == "-0.5")
        #expect(OrderedJSON.number(.infinity).serialized(pretty: false) == "null")
        #expect(OrderedJSON.number(nil as Double?) == .null)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(OrderedJSON.string("a\"b\\c\n\u{1}").serialized(pretty: false) == #""a\"b\\c\n\u0001""#)
    }

    @Test func copiesTextBetweenEscapesUnchangedIncludingLineBreakPairsAndCombiningMarks() {
        // \r\n is one Character of two escaped scalars; が written as か + U+3099 stays two scalars.
        let text = "目標：\r\n○ＲＰＡ「導入」\t\u{1F}か\u{3099}\"終\""
        let expected = "\"目標：\\r\\n○ＲＰＡ「導入」\\t\\u001fか\u{3099}\\\"終\\\"\""
        // Compared as bytes: String's == would take が for か + U+3099.
        #expect(Array(OrderedJSON.string(text).serialized(pretty: false).utf8) == Array(expected.utf8))
        #expect(OrderedJSON.string("\u{7}").serialized(pretty: false) == #""\u0007""#)
        #expect(OrderedJSON.string("").serialized(pretty: false) == #""""#)
    }
}
