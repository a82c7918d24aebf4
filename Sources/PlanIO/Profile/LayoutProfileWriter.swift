import PlanModel

/// Writes a starting profile from what the importer saw (`inspect --write-profile`): every sheet read,
/// its header rows, each column's role with its header text and letter, the legend found, with comments
/// that tell the user what to check and correct. Read back unchanged, it imports as detection did.
public enum LayoutProfileWriter {
    /// The profile's text for an import's inspections. With several files, a sheet name is written once
    /// (the first file's): a profile describes one template.
    public static func text(for result: PlanImporter.Result) -> String {
        var lines = [
            "# PlanSheet layout profile, written by plansheet inspect --write-profile from: "
                + result.files.joined(separator: ", "),
            "# Check every line marked CHECK, correct what is wrong, then:",
            "#   plansheet import FILE --profile THIS-FILE",
            "# Roles: \(ProfileRole.allWords). Status values: onTrack, delayed.",
            "# Docs: README.md, \"Layout profiles\"; every key: Docs/IMPORT.md.",
        ]
        let read = Set(result.inspections.map(\.sheet))
        let notRead = result.skippedSheets.filter { !read.contains($0.sheet) }
        if !notRead.isEmpty {
            lines.append("")
            lines.append(
                "# Sheets PlanSheet does not read anyway: "
                    + notRead.map { "\($0.sheet) (\($0.reasonEn))" }.joined(separator: ", ") + ".")
        }
        lines += ["# To skip other sheets, list them (names, or patterns with * and ?):", "# skip sheets:", "#   - 集計", "", "sheets:"]
        var written: Set<String> = []
        for sheet in result.inspections where written.insert(sheet.sheet).inserted {
            lines += block(for: sheet)
        }
        if written.isEmpty { lines[lines.count - 1] = "sheets: []" }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func block(for sheet: SheetInspection) -> [String] {
        var lines = ["", "  - name: \(ProfileYAMLText.scalar(sheet.sheet))"]
        switch sheet.layout {
        case "skipped":
            lines.append("    # CHECK: not read: \(sheet.skipReason ?? "no header")")
            if sheet.headerSource == "guessed" {
                lines.append("    # The header below is a guess (the first row of short texts). Give each column its role,")
                lines.append("    # correct the header rows, then delete the line skip: true.")
            }
            lines.append("    skip: true")
        default:
            lines.append("    # \(sheet.layout) layout; read \(sheet.initiatives) initiative(s), \(sheet.indicators) indicator(s)")
        }
        if let first = sheet.headerRows.first, let last = sheet.headerRows.last {
            let rows = first == last ? "\(first)" : "\(first)-\(last)"
            lines.append("    header rows: \(rows)    # CHECK: the row(s) holding the column headings")
        }
        if sheet.departments.count == 1, let department = sheet.departments.first {
            lines.append("    # department: \(ProfileYAMLText.scalar(department))    # found; remove # to give it to every initiative of the sheet")
        } else {
            lines.append("    # department: 企画財政部    # remove # to give every initiative of the sheet a department")
        }
        lines.append("    status:    # CHECK: what each status mark of the sheet means (onTrack or delayed)")
        if sheet.legend.isEmpty {
            lines.append("      # ◎: onTrack")
            lines.append("      # △: delayed")
        } else {
            for (symbol, status) in sheet.legend.sorted(by: { $0.key < $1.key }) {
                lines.append("      \(ProfileYAMLText.scalar(symbol)): \(status)")
            }
        }
        guard !sheet.columns.isEmpty else { return lines }
        lines.append("    columns:")
        for column in sheet.columns {
            lines += columnLines(column)
        }
        return lines
    }

    private static func columnLines(_ column: SheetInspection.Column) -> [String] {
        var lines = ["      - column: \(column.column)", "        header: \(ProfileYAMLText.scalar(column.header))"]
        guard let role = column.role else {
            lines.append("        role: ignore    # CHECK: not decided (\(oneLine(column.reason))); write its role")
            return lines
        }
        let parts = role.split(separator: " ")
        let word = ProfileRole(words: String(parts.first ?? "")).map(\.rawValue) ?? "ignore"
        let sure = column.confidence.map { $0 >= 0.9 ? "" : "CHECK: " } ?? "CHECK: "
        lines.append("        role: \(word)    # \(sure)\(oneLine(column.reason))")
        if parts.count > 1, let year = Int(parts[1]) {
            lines.append("        year: \(year)")
        } else if word == "target" || word == "result" {
            lines.append("        # year: 2021    # CHECK: no fiscal year found in the header; give it here")
        }
        return lines
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
