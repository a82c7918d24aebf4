import Testing
@testable import PlanModel

@Suite struct StatusTextTests {
    @Test(arguments: ["順調", "概ね順調", "達成", "　順調　", "○順調", "順調に進捗している"])
    func readsOnTrackWords(text: String) {
        #expect(Status(text: text) == .onTrack, "\(text)")
    }

    @Test(arguments: ["遅れ", "遅れが生じている", "未達成", "やや遅れ", "遅れが生じている取組", "【遅れ】"])
    func readsDelayedWords(text: String) {
        #expect(Status(text: text) == .delayed, "\(text)")
    }

    @Test(arguments: ["", "順調ではない", "実施中", "-", "検討"])
    func leavesOtherWordsUnread(text: String) {
        #expect(Status(text: text) == nil, "\(text)")
    }

    @Test func printsTheReportWord() {
        #expect(Status.onTrack.japaneseLabel == "順調")
        #expect(Status.delayed.japaneseLabel == "遅れ")
    }
}
