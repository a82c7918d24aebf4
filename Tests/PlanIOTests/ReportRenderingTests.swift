import Foundation
import PlanModel
@testable import PlanIO
import Testing

/// The renderers' own promises: escaping, marking, self-containment, well-formed HTML.
@Suite struct ReportRenderingTests {
    let report = ProgressReport(plan: ReportFixture.revisedPlan)

    @Test func dumpsForInspection() throws {
        if let folder = ProcessInfo.processInfo.environment["REPORT_DUMP"] {
            try ReportHTMLRenderer().render(report).write(toFile: folder + "/report.html", atomically: true, encoding: .utf8)
            try ReportMarkdownRenderer().render(report).write(toFile: folder + "/report.md", atomically: true, encoding: .utf8)
        }
    }
}
