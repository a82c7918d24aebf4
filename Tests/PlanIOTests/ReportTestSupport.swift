import Foundation
import PlanModel
import Testing
import TestSupport

/// The seed report, `Samples/seed/r2-gyozaisei-kaikaku.txt`: the repository keeps its text so
/// the tests that check every phrase against it need nothing outside the repository.
enum ReportSeed {
    static let fileName = "r2-gyozaisei-kaikaku.txt"

    static func text() throws -> String {
        try String(contentsOf: RepositoryFixtures.sample("seed/\(fileName)"), encoding: .utf8)
    }
}

/// The seed's 15 initiatives as Samples/ carries them (generated from Samples/data/seed-plan.json).
enum ReportSamples {
    /// The repository's root folder.
    static var root: URL { RepositoryFixtures.root }

    /// `Samples/plans/<name>.json`: `revised` (R3改定, with the revisions the seed reports) or `first-adopted` (当初).
    static func plan(_ name: String) throws -> Plan {
        let url = RepositoryFixtures.sample("plans/\(name).json")
        return try JSONDecoder().decode(Plan.self, from: Data(contentsOf: url))
    }

    static var revised: Plan { get throws { try plan("revised") } }
    static var firstAdopted: Plan { get throws { try plan("first-adopted") } }
}

/// Text reduced to what a reader compares: NFKC (full-width letters, digits, －),
/// no white space, no line-break markup, no bullets, escapes and entities undone.
/// The seed wraps its table cells at arbitrary points, so only this form of a
/// phrase can be looked up in it.
func squashed(_ text: String) -> String {
    var text = text
    for (markup, plain) in [("<br/>", ""), ("<br>", ""), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: markup, with: plain)
    }
    text = text.replacingOccurrences(of: #"\\([\\|*_`\[\]#])"#, with: "$1", options: .regularExpression)
    return String(
        text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
            !$0.properties.isWhitespace && !"○・".unicodeScalars.contains($0)
        }.map(Character.init))
}

/// The parts of a rendered report, cut at its headings, with the table row of an initiative.
struct RenderedReport {
    /// The text from one heading to the next heading of the same or a higher level.
    var sections: [String: String]

    /// Cuts Markdown at `## ` and `### ` headings.
    init(markdown: String) {
        sections = Self.cut(markdown, headingPattern: #"(?m)^#{2,3} (.+)$"#)
    }

    /// Cuts HTML at `<h2>` and `<h3>` headings.
    init(html: String) {
        sections = Self.cut(html, headingPattern: #"<h[23]>([^<]+)</h[23]>"#)
    }

    /// The section under a heading (exact heading text).
    func section(_ heading: String) throws -> String {
        try #require(sections[heading], "no heading \(heading) in \(sections.keys.sorted())")
    }

    /// The heading that ends with `name` (（１）県庁のＩＣＴ化・働き方改革 for 県庁のＩＣＴ化・働き方改革).
    func heading(endingWith name: String) throws -> String {
        try #require(sections.keys.first { $0.hasSuffix(name) }, "no heading for \(name) in \(sections.keys.sorted())")
    }

    /// The table row whose first cell holds `title`: one line in Markdown, one `<tr>…</tr>` in HTML.
    func row(titled title: String, under heading: String) throws -> String {
        let body = try section(heading)
        let rows =
            body.contains("<tr")
            ? body.components(separatedBy: "<tr").dropFirst().map { String($0) }
            : body.split(separator: "\n").map(String.init).filter { $0.hasPrefix("|") }
        let wanted = squashed(title)
        let found = rows.first { row in
            let firstCell =
                row.contains("</td>")
                ? String(row.components(separatedBy: "</td>")[0])
                : String(row.split(separator: "|", omittingEmptySubsequences: true).first ?? "")
            return squashed(firstCell.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression))
                .contains(wanted)
        }
        return try #require(found, "no row titled \(title) under \(heading)")
    }

    private static func cut(_ text: String, headingPattern: String) -> [String: String] {
        guard let regex = try? NSRegularExpression(pattern: headingPattern) else { return [:] }
        let ns = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
        var sections: [String: String] = [:]
        for (index, match) in matches.enumerated() {
            let end = index + 1 < matches.count ? matches[index + 1].range.location : ns.length
            let start = match.range.location + match.range.length
            let heading = ns.substring(with: match.range(at: 1)).trimmingCharacters(in: .whitespaces)
            sections[heading.replacingOccurrences(of: "\\", with: "")] = ns.substring(with: NSRange(location: start, length: end - start))
        }
        return sections
    }
}

/// Strips HTML tags, for comparing what a reader sees.
func visibleText(_ html: String) -> String {
    html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
}
