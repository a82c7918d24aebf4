import PlanModel
import XLSX

/// Whether a row of the alternating layout holds targets or results. Some templates give each
/// indicator two rows, `目標` and `実績`, named in a 区分 column, under year columns that say no kind:
///
/// ```
/// 取組名 | 指標       | 区分 | Ｒ２年度 | Ｒ３年度
/// ＲＰＡ | 導入業務数 | 目標 | 50      | 60
///        |            | 実績 | 51      |
/// ```
///
/// The header gives the 区分 column and the bare years their roles (``headerColumns(_:rows:columns:)``);
/// the cells must then confirm it (``confirm(_:rows:)``), or the columns are left undecided and said.
enum RowKind: Equatable {
    /// 目標, 目標値, 計画, 計画値: the row's year figures are targets.
    case target
    /// 実績, 実績値, 結果: the row's year figures are results.
    case result

    /// Reads a 区分 cell through the header vocabulary (`HeaderMeaning`); nil for anything else.
    init?(cell text: String) {
        guard !text.isEmpty, text.count <= 12 else { return nil }
        switch HeaderMeaning.decide(HeaderText(text))?.role {
        case .target: self = .target
        case .actual: self = .result
        default: return nil
        }
    }

    /// Header words of a column that says, per row, what the year figures are.
    static let headerWords: Set<String> = [
        "区分", "種別", "内訳", "種類", "目標実績", "実績目標", "計画実績", "目標値実績値", "計画値実績値", "目標実績別",
    ]

    /// The decisions for a header holding a 区分 column and fiscal years alone (no 目標 or 実績 with
    /// them), with the stacked header texts of those columns; nil for any other header.
    static func headerColumns(
        _ texts: [SparseRow<String>], rows: ClosedRange<Int>, columns: [Int]
    ) -> (decisions: [Int: ColumnDecision], texts: [Int: String])? {
        var kind: (column: Int, words: String)?
        var years: [(column: Int, year: Int)] = []
        var stacked: [Int: String] = [:]
        for column in columns {
            var parts: [String] = []
            for row in rows {
                let text = texts[row][column]
                if !text.isEmpty && parts.last != text { parts.append(text) }
            }
            guard !parts.isEmpty, parts.allSatisfy({ $0.count <= ColumnRole.maximumHeaderLength }) else { continue }
            let header = HeaderText(parts.joined())
            if header.words.isEmpty, let year = header.fiscalYear {
                years.append((column, year))
            } else if kind == nil, headerWords.contains(header.words) {
                kind = (column, header.words)
            } else {
                continue
            }
            stacked[column] = parts.joined(separator: " ")
        }
        guard let kind, !years.isEmpty else { return nil }
        let letter = HeaderRow.letter(kind.column)
        var decisions = [
            kind.column: ColumnDecision(
                role: .rowKind, confidence: 0.8,
                reason: "「\(kind.words)」 beside fiscal years that name no kind: each row says 目標 or 実績")
        ]
        for (column, year) in years {
            decisions[column] = ColumnDecision(
                role: .target(fiscalYear: year), confidence: 0.8,
                reason: "fiscal year alone; a target or a result as column \(letter) of each row says")
        }
        return (decisions, stacked)
    }

    /// Checks the 区分 column against the rows under the header: at least ``ColumnEvidence/requiredShare``
    /// of at least two filled cells must read 目標 or 実績, both kinds present. Otherwise the column gets
    /// back what its words say (or nothing) and the bare years are left undecided, each with the reason.
    static func confirm(_ header: inout HeaderRow, rows: ArraySlice<SparseRow<String>>) {
        guard let column = header.rowKindColumn else { return }
        // A heading merged across the table, or a row numbering the columns, is no evidence.
        var filled: [String] = []
        for cells in rows.prefix(ColumnEvidence.sampleRows) {
            guard !cells[column].isEmpty, Set(cells.entries.map(\.value)).count > 1,
                !SheetImporter.numbersTheColumns(cells.entries.map { (offset: $0.column, element: $0.value) })
            else { continue }
            filled.append(cells[column])
        }
        let kinds = filled.compactMap { RowKind(cell: $0) }
        let share = filled.isEmpty ? 0 : Double(kinds.count) / Double(filled.count)
        let evidence = "\(kinds.count) of \(filled.count) cells read 目標 or 実績"
        if filled.count >= 2, share >= ColumnEvidence.requiredShare, kinds.contains(RowKind.target), kinds.contains(RowKind.result) {
            header.decisions[column]?.reason += "; \(evidence)"
            header.decisions[column]?.confidence = share
            return
        }
        let letter = HeaderRow.letter(column)
        let years = header.roles.keys.filter {
            header.decisions[$0]?.reason.hasSuffix("as column \(letter) of each row says") == true
        }
        for year in years.sorted() {
            header.roles[year] = nil
            header.decisions[year] = nil
            header.unknownColumns.append((year, header.texts[year] ?? ""))
            header.ignoredReasons[year] = "could not decide: the fiscal year names no kind and \(evidence) in column \(letter)"
        }
        header.roles[column] = nil
        header.decisions[column] = nil
        let text = header.texts[column] ?? ""
        if let decision = HeaderMeaning.decide(HeaderText(text)), header.column({ $0 == decision.role }) == nil {
            header.roles[column] = decision.role
            header.decisions[column] = decision
        } else {
            header.unknownColumns.append((column, text))
        }
    }
}
