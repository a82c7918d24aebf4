/// The report's fixed wording, shared by every renderer so that HTML, Markdown
/// and XLSX say the same thing under the same headings.
enum ReportLabels {
    static let sectionsHeading = "１ 主な成果"
    static let delayedHeading = "２ 遅れが生じている取組"
    static let revisionsHeading = "３ 目標値の見直し"
    static let noDelayed = "遅れが生じている取組はない。"
    static let noneOnTrack = "この方向性の取組は、すべて「２ 遅れが生じている取組」に掲げる。"
    static let noRevisions = "見直された目標値はない。"
    static let titleColumn = "取組項目"
    static let targetColumn = "目標（抄）"
    static let nextStepsColumn = "今後の取組等"
    static let delayReasonColumn = "【遅れが生じている要因】"
    static let revisionColumns = ["取組項目", "指標", "年度", "見直し前", "見直し後", "目標（記載）"]

    /// （１）県庁のＩＣＴ化・働き方改革.
    static func sectionHeading(_ index: Int, _ section: ReportSection) -> String {
        "（\(ReportHeadline.fullWidth(index + 1))）\(section.heading)"
    }

    static func sectionColumns(_ report: ProgressReport) -> [String] {
        [titleColumn, targetColumn, report.resultHeading, nextStepsColumn]
    }

    static func delayedColumns(_ report: ProgressReport) -> [String] {
        [titleColumn, targetColumn, report.resultHeading, delayReasonColumn, nextStepsColumn]
    }
}

extension ReportLabels {
    static let summaryColumns = ["方向性", "取組数", "順調", "遅れ", "未報告"]

    /// One summary line per direction and the total: 方向性, 取組数, 順調, 遅れ, 未報告.
    static func summaryRows(_ report: ProgressReport) -> [[String]] {
        func line(_ name: String, _ counts: ReportHeadline) -> [String] {
            [name] + [counts.total, counts.onTrack, counts.delayed, counts.unreported].map(String.init)
        }
        return report.sections.map { line($0.heading, $0.counts) } + [line("計", report.headline)]
    }
}
