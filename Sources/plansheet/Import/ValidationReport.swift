import Foundation
import PlanIO

/// How `plansheet validate` prints what it found.
enum ValidationReport {
    /// One line per problem and per skipped sheet, then a count.
    static func text(issues: [PlanIssue], result: PlanImporter.Result) -> String {
        var lines = issues.map(\.description)
        lines += result.skippedSheets.map { "\($0.file) › \($0.sheet): skipped: \($0.reasonJa) / \($0.reasonEn)" }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        lines.append(
            "\(result.files.count) file(s), \(result.plan.initiatives.count) initiative(s): "
                + "\(errors) error(s), \(warnings) warning(s) / エラー \(errors) 件、警告 \(warnings) 件")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"schema": "plansheet.validation/1", "errors": …, "issues": [...], "skippedSheets": [...]}`.
    static func json(issues: [PlanIssue], result: PlanImporter.Result) throws -> Data {
        struct Report: Encodable {
            let schema = "plansheet.validation/1"
            var files: [String]
            var initiatives: Int
            var errors: Int
            var warnings: Int
            var issues: [Entry]
            var skippedSheets: [SkippedSheet]
        }
        struct Entry: Encodable {
            var severity: String, kind: String, file: String, sheet: String?, cell: String?, messageJa: String, messageEn: String
        }
        let errors = issues.filter { $0.severity == .error }.count
        let report = Report(
            files: result.files, initiatives: result.plan.initiatives.count, errors: errors,
            warnings: issues.count - errors,
            issues: issues.map {
                Entry(
                    severity: $0.severity.rawValue, kind: $0.kind.rawValue,
                    file: $0.location.file, sheet: $0.location.sheet, cell: $0.location.cell,
                    messageJa: $0.messageJa, messageEn: $0.messageEn)
            },
            skippedSheets: result.skippedSheets)
        return try JSONReport.data(report)
    }
}
