import Foundation
import PlanModel

/// The repository's Samples/ folder and helpers to compare plans in tests.
enum SampleFiles {
    /// `Samples/` at the root of the repository.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    /// A folder of submissions: `submissions(version: "revised", layout: "table")`.
    static func submissions(version: String, layout: String) -> URL {
        root.appendingPathComponent("submissions/\(version)/\(layout)")
    }

    /// A plan JSON file decoded.
    static func plan(at url: URL) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: Data(contentsOf: url))
    }

    /// The expected import of a folder.
    static func expected(version: String, layout: String) throws -> Plan {
        try plan(at: root.appendingPathComponent("expected/\(version)-\(layout).json"))
    }

    /// The plan with what differs between layouts removed: texts (a free-text line against a table
    /// cell) and sources. Everything else, value for value, must be equal.
    static func withoutTextsAndSources(_ plan: Plan) -> Plan {
        var plan = plan
        for i in plan.initiatives.indices {
            plan.initiatives[i].source = nil
            for j in plan.initiatives[i].indicators.indices {
                for k in plan.initiatives[i].indicators[j].targets.indices { plan.initiatives[i].indicators[j].targets[k].text = "" }
                for k in plan.initiatives[i].indicators[j].actuals.indices { plan.initiatives[i].indicators[j].actuals[k].text = "" }
            }
        }
        return plan
    }

    /// The first initiative that differs, both sides as JSON, for a readable failure.
    static func firstDifference(_ actual: Plan, _ expected: Plan) -> String? {
        guard actual != expected else { return nil }
        if actual.initiatives.count != expected.initiatives.count {
            return "initiative count \(actual.initiatives.count) != \(expected.initiatives.count): "
                + actual.initiatives.map(\.title).joined(separator: ", ")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (a, e) in zip(actual.initiatives, expected.initiatives) where a != e {
            for (ia, ie) in zip(a.indicators, e.indicators) where ia != ie {
                let aj = (try? encoder.encode(ia)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                let ej = (try? encoder.encode(ie)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return "\(a.title) indicator differs\nACTUAL \(aj)\nEXPECTED \(ej)"
            }
            var a2 = a, e2 = e
            a2.indicators = []; e2.indicators = []
            let aj = (try? encoder.encode(a2)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let ej = (try? encoder.encode(e2)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return "\(a.title) differs (indicators: \(a.indicators.count) vs \(e.indicators.count))\nACTUAL \(aj)\nEXPECTED \(ej)"
        }
        return "plan header differs: \(String(describing: actual.title)) \(String(describing: actual.version))"
    }
}
