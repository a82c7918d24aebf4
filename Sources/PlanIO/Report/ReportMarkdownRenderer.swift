import PlanDiff

/// Renders a ``ProgressReport`` as GitHub-flavoured Markdown: headings and tables,
/// one table row per line, with pipes, markup characters and line breaks inside
/// cells escaped so a cell can never break the table.
public struct ReportMarkdownRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The whole report as Markdown text.
    public func render(_ report: ProgressReport) -> String {
        var out = "# \(Self.escape(report.title))\n\n"
        if let title = report.planTitle {
            out += "対象: \(Self.escape([title, report.planVersion].compactMap { $0 }.joined(separator: " ")))\n\n"
        }
        out += Self.escape(report.headline.sentence) + "\n\n"
        out += table(
            header: ReportLabels.summaryColumns,
            rows: ReportLabels.summaryRows(report).map { $0.map(Self.escape) })
        out += ReportLabels.sectionsHeading.markdownHeading(level: 2)
        for (index, section) in report.printedSections.enumerated() {
            out += ReportLabels.sectionHeading(index, section).markdownHeading(level: 3)
            if section.rows.isEmpty { out += ReportLabels.noneOnTrack + "\n\n"; continue }
            out += table(
                header: ReportLabels.sectionColumns(report),
                rows: section.rows.map { row in
                    [titleCell(row), targetCell(row), resultCell(row), nextStepsCell(row)]
                })
        }
        out += ReportLabels.delayedHeading.markdownHeading(level: 2)
        if report.delayed.isEmpty {
            out += ReportLabels.noDelayed + "\n\n"
        } else {
            out += table(
                header: ReportLabels.delayedColumns(report),
                rows: report.delayed.map { row in
                    [
                        titleCell(row, showingSection: true), targetCell(row), resultCell(row),
                        Self.escape(row.delayReason ?? ""), nextStepsCell(row),
                    ]
                })
        }
        out += ReportLabels.revisionsHeading.markdownHeading(level: 2)
        if report.revisions.isEmpty {
            out += ReportLabels.noRevisions + "\n"
        } else {
            out += table(
                header: ReportLabels.revisionColumns,
                rows: report.revisions.map { revision in
                    [
                        revision.initiative, revision.indicator, revision.fiscalYearLabel,
                        revision.oldLabel, revision.newLabel, revision.newText,
                    ].map(Self.escape)
                })
        }
        return out
    }

    private func table(header: [String], rows: [[String]]) -> String {
        var out = "| " + header.map(Self.escape).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    private func titleCell(_ row: ReportRow, showingSection: Bool = false) -> String {
        let mark = row.isDelayed ? "**【遅れ】** " : (row.status == nil ? "**【未報告】** " : "")
        let section = showingSection ? row.section.map { "<br>（\(Self.escape($0))）" } ?? "" : ""
        return mark + Self.escape(row.title) + section
    }

    private func nextStepsCell(_ row: ReportRow) -> String {
        ([row.nextSteps].compactMap { $0 } + row.revisedTargetLines).map(Self.escape).joined(separator: "<br>")
    }

    private func targetCell(_ row: ReportRow) -> String {
        row.indicators.map { indicator in
            ([indicator.bulletedName] + indicator.targetTexts).map(Self.escape).joined(separator: "<br>")
        }.joined(separator: "<br><br>")
    }

    private func resultCell(_ row: ReportRow) -> String {
        row.indicators.compactMap { indicator in
            guard !indicator.resultTexts.isEmpty else { return nil }
            var lines = ([indicator.bulletedName] + indicator.resultTexts).map(Self.escape)
            if let label = indicator.achievementLabel {
                lines.append("（達成率 \(label)\(indicator.isBehind ? "・目標未達" : "")）")
            }
            return lines.joined(separator: "<br>")
        }.joined(separator: "<br><br>")
    }

    /// Escapes text for a table cell (``MarkdownText``).
    static func escape(_ text: String) -> String { MarkdownText.escaped(text) }
}

private extension String {
    func markdownHeading(level: Int) -> String {
        String(repeating: "#", count: level) + " " + ReportMarkdownRenderer.escape(self) + "\n\n"
    }
}
