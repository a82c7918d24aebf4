import Testing
import PlanModel
@testable import PlanIO

@Suite struct SourceLocationTests {
    @Test func describesFileSheetAndCell() {
        #expect(SourceLocation(file: "kikaku.xlsx", sheet: "行動計画", cell: "A5").description == "kikaku.xlsx › 行動計画 › A5")
        #expect(SourceLocation(file: "kikaku.xlsx").description == "kikaku.xlsx")
    }
}
