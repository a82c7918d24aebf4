import PlanDiff

/// Renders a ``ProgressReport`` as one self-contained HTML file: inline CSS, no
/// scripts, fonts or images fetched from anywhere, achievement bars as inline SVG.
///
/// The page reads on screen and prints on A4 (`ReportStyleSheet`): tables keep
/// their header on every page and rows are not split; delayed initiatives carry a
/// 遅れ badge and a red rule. Every text from the plan is escaped.
public struct ReportHTMLRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The whole report as an HTML document.
    public func render(_ report: ProgressReport) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="plansheet report"/>
            <title>\(Self.escape(report.title))</title>
            <style>
            \(ReportStyleSheet.css)</style>
            </head>
            <body>
            <header>
            <h1>\(Self.escape(report.title))</h1>

            """
        if let planTitle = report.planTitle {
            let label = [planTitle, report.planVersion].compactMap { $0 }.joined(separator: " ")
            out += "<p class=\"plan\">対象: \(Self.escape(label))</p>\n"
        }
        out += "<p class=\"headline\">\(Self.escape(report.headline.sentence))</p>\n"
        out += summary(report)
        out += "</header>\n"

        out += "<section id=\"progress\">\n<h2>\(ReportLabels.sectionsHeading)</h2>\n"
        for (index, section) in report.printedSections.enumerated() {
            out += "<section class=\"direction\">\n<h3>\(Self.escape(ReportLabels.sectionHeading(index, section)))</h3>\n"
            if section.rows.isEmpty {
                out += "<p>\(Self.escape(ReportLabels.noneOnTrack))</p>\n</section>\n"
                continue
            }
            out += tableHead(ReportLabels.sectionColumns(report), widths: [20, 26, 26, 28])
            out += section.rows.map { initiativeRow($0, delayedTable: false) }.joined()
            out += "</tbody></table>\n</section>\n"
        }
        out += "</section>\n"

        out += tableSection(
            id: "delayed", heading: ReportLabels.delayedHeading, none: ReportLabels.noDelayed,
            columns: ReportLabels.delayedColumns(report), widths: [16, 19, 21, 21, 23],
            rows: report.delayed.map { initiativeRow($0, delayedTable: true) })
        out += tableSection(
            id: "revisions", heading: ReportLabels.revisionsHeading, none: ReportLabels.noRevisions,
            columns: ["取組項目", "指標", "年度", "見直し前 → 見直し後", "目標（記載）"], widths: [26, 22, 9, 21, 22],
            rows: report.revisions.map(revisionRow))
        return out + "</body>\n</html>\n"
    }

    /// A part of the report: its heading, then the table of `rows`, or the sentence `none` says when there are none.
    private func tableSection(
        id: String, heading: String, none: String, columns: [String], widths: [Int],
        rows: [String]
    ) -> String {
        var out = "<section id=\"\(id)\">\n<h2>\(heading)</h2>\n"
        out += rows.isEmpty ? "<p>\(none)</p>\n" : tableHead(columns, widths: widths) + rows.joined() + "</tbody></table>\n"
        return out + "</section>\n"
    }

    /// One row of 目標値の見直し: old → new, and what the plan itself writes.
    private func revisionRow(_ revision: TargetRevision) -> String {
        "<tr><td>\(Self.escape(revision.initiative))</td><td>\(Self.escape(revision.indicator))</td>"
            + "<td class=\"year\">\(Self.escape(revision.fiscalYearLabel))</td>"
            + "<td class=\"change\">\(Self.escape(revision.oldLabel)) <span class=\"arrow\">→</span> "
            + "<strong>\(Self.escape(revision.newLabel))</strong>\(revisionMark(revision))</td>"
            + "<td>\(Self.escape(revision.newText))</td></tr>\n"
    }

    private func summary(_ report: ProgressReport) -> String {
        var out = "<table class=\"summary\"><thead><tr>"
        out += ReportLabels.summaryColumns.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>\n"
        for cells in ReportLabels.summaryRows(report) {
            out +=
                "<tr>"
                + cells.enumerated().map { index, cell in
                    index == 0 ? "<th scope=\"row\">\(Self.escape(cell))</th>" : "<td>\(Self.escape(cell))</td>"
                }.joined() + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    private func tableHead(_ columns: [String], widths: [Int]) -> String {
        "<table>\n<colgroup>" + widths.map { "<col style=\"width:\($0)%\"/>" }.joined() + "</colgroup>\n<thead><tr>"
            + columns.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    }

    /// One initiative's row; in the table of delays it names the direction and has the cause.
    private func initiativeRow(_ row: ReportRow, delayedTable: Bool) -> String {
        let cause = delayedTable ? "<td class=\"reason\">\(Self.escape(row.delayReason ?? ""))</td>" : ""
        return rowStart(row) + titleCell(row, showingSection: delayedTable) + targetCell(row) + resultCell(row)
            + cause + nextStepsCell(row) + "</tr>\n"
    }

    private func rowStart(_ row: ReportRow) -> String {
        switch row.status {
        case .delayed?: return "<tr class=\"delayed\">"
        case nil: return "<tr class=\"unreported\">"
        case .onTrack?: return "<tr>"
        }
    }

    private func titleCell(_ row: ReportRow, showingSection: Bool = false) -> String {
        var badge = ""
        if row.isDelayed { badge = "<span class=\"badge delayed\">遅れ</span>" }
        if row.status == nil { badge = "<span class=\"badge unreported\">未報告</span>" }
        var cell = "<td class=\"title\">\(badge)<span class=\"name\">\(Self.escape(row.title))</span>"
        if showingSection, let section = row.section { cell += "<span class=\"dept\">\(Self.escape(section))</span>" }
        if let department = row.department { cell += "<span class=\"dept\">\(Self.escape(department))</span>" }
        return cell + "</td>"
    }

    private func nextStepsCell(_ row: ReportRow) -> String {
        var cell = "<td>" + Self.escape(row.nextSteps ?? "")
        if !row.revisedTargetLines.isEmpty {
            cell += "<div class=\"revised\">" + row.revisedTargetLines.map { "<div>\(Self.escape($0))</div>" }.joined() + "</div>"
        }
        return cell + "</td>"
    }

    private func targetCell(_ row: ReportRow) -> String {
        "<td>"
            + row.indicators.map { indicator in
                "<div class=\"ind\"><div class=\"ind-name\">\(Self.escape(indicator.bulletedName))</div>"
                    + indicator.targetTexts.map { "<div>\(Self.escape($0))</div>" }.joined() + "</div>"
            }.joined() + "</td>"
    }

    private func resultCell(_ row: ReportRow) -> String {
        "<td>"
            + row.indicators.filter { !$0.resultTexts.isEmpty }.map { indicator in
                "<div class=\"ind\(indicator.isBehind ? " behind" : "")\">"
                    + "<div class=\"ind-name\">\(Self.escape(indicator.bulletedName))</div>"
                    + indicator.resultTexts.map { "<div>\(Self.escape($0))</div>" }.joined()
                    + meter(indicator) + "</div>"
            }.joined() + "</td>"
    }

    /// The achievement bar: a track for 0–100 %, filled to the rate (full past 100 %), with the percent beside it.
    private func meter(_ indicator: ReportIndicator) -> String {
        guard let rate = indicator.achievement, rate.isFinite, let label = indicator.achievementLabel else { return "" }
        let width = 96.0
        let filled = (min(max(rate, 0), 1) * width * 10).rounded() / 10
        let colour = indicator.isBehind ? "#c62828" : (rate >= 1 ? "#2e7d32" : "#f9a825")
        let status = indicator.isBehind ? "目標未達" : "目標達成"
        return "<div class=\"meter\"><svg width=\"\(Int(width))\" height=\"12\" "
            + "viewBox=\"0 0 \(Int(width)) 12\" role=\"img\" aria-label=\"達成率 \(label)（\(status)）\">"
            + "<rect x=\"0\" y=\"1\" width=\"\(Int(width))\" height=\"10\" rx=\"2\" fill=\"#e4e7eb\"/>"
            + "<rect x=\"0\" y=\"1\" width=\"\(filled)\" height=\"10\" rx=\"2\" fill=\"\(colour)\"/>"
            + "</svg><span class=\"pct\">達成率 \(label)\(indicator.isBehind ? " 未達" : "")</span></div>"
    }

    private func revisionMark(_ revision: TargetRevision) -> String {
        guard let old = revision.oldValue, let new = revision.newValue, old != new else { return "" }
        return new > old ? " <span class=\"up\">▲</span>" : " <span class=\"down\">▼</span>"
    }

    /// Escapes text for HTML content and attribute values; line breaks become `<br/>` (the page stays well-formed XML too).
    static func escape(_ text: String) -> String { HTMLText.escaped(text, lineBreaks: true) }
}
