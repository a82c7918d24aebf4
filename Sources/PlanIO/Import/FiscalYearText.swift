import PlanModel

/// Fiscal years where the importer meets them outside a figure: in a column header
/// (`Ｒ２年度 目標`, `令和3年度目標`, `2021年度 実績`, `Ｒ２年度末実績`) and at the start of a target
/// line (`Ｒ２年度：…`, `助成数 Ｒ２年度：…`).
enum FiscalYearText {
    /// Splits a header key (NFKC, no white space) into the fiscal year it names and the rest:
    /// `R2年度末実績` → (2020, `実績`). The year may stand before or after the words.
    static func header(_ key: String) -> (year: Int?, words: String) {
        let characters = Array(key)
        // The longest leading or trailing label wins (`2021年度` before `21年度`).
        for length in stride(from: characters.count - 1, through: 2, by: -1) {
            let head = String(characters[..<length])
            let tail = String(characters[length...])
            if let year = year(ofLabel: head), !tail.isEmpty { return (year, tail) }
            let cut = characters.count - length
            let front = String(characters[..<cut])
            let back = String(characters[cut...])
            if let year = year(ofLabel: back), !front.isEmpty { return (year, front) }
        }
        return (nil, key)
    }

    /// A label such as `R2年度`, `R2年度末`, `(R2年度)`: the year, or nil.
    private static func year(ofLabel text: String) -> Int? {
        var label = Substring(text)
        if label.hasPrefix("("), label.hasSuffix(")") { label = label.dropFirst().dropLast() }
        if label.hasSuffix("末") { label = label.dropLast() }
        return FiscalYear(String(label))?.startYear
    }

    /// The fiscal year of a line that starts with one and a colon (`Ｒ２年度：…`, optionally after a
    /// short label such as `助成数 `); nil for any other line, so that `Ｒ３年度新規重点施策の…`
    /// inside a sentence is not taken for a target line.
    static func linePrefixYear(_ line: String) -> Int? {
        guard let colon = line.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let before = Array(ImportText.trimmed(line[..<colon]))
        guard let last = before.last, last == "度" else { return nil }
        for start in before.indices {
            if let year = FiscalYear(String(before[start...])) { return year.startYear }
        }
        return nil
    }
}

import Foundation
