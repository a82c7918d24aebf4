import Foundation
import TestSupport

/// What one generated workbook of `Fixtures/layouts` holds, written by
/// `Tests/LayoutGenerator/generate_layouts.py` from the source data (never from PlanSheet's output).
struct VariedLayoutExpectation: Decodable, Sendable {
    /// One fact: an initiative's status or department, or a target or result of an indicator.
    struct Fact: Decodable, Sendable {
        /// `status`, `department`, `target` or `actual`.
        var kind: String
        var initiative: String
        var indicator: String?
        var fiscalYear: Int?
        /// The status or department as text; absent for targets and results.
        var text: String?
        /// The number of a target or result; nil for a qualitative one.
        var number: Double?
        var unit: String?

        enum CodingKeys: String, CodingKey { case kind, initiative, indicator, fiscalYear, value, unit }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = try container.decode(String.self, forKey: .kind)
            initiative = try container.decode(String.self, forKey: .initiative)
            indicator = try container.decodeIfPresent(String.self, forKey: .indicator)
            fiscalYear = try container.decodeIfPresent(Int.self, forKey: .fiscalYear)
            unit = try container.decodeIfPresent(String.self, forKey: .unit)
            if kind == "status" || kind == "department" {
                text = try container.decodeIfPresent(String.self, forKey: .value)
            } else {
                number = try container.decodeIfPresent(Double.self, forKey: .value)
            }
        }
    }

    /// A text that must not become an initiative, and why (legend, heading, example, note, hidden row).
    struct Forbidden: Decodable, Sendable {
        var text: String
        var why: String
    }

    /// A value only a hidden row or column holds.
    struct HiddenValue: Decodable, Sendable {
        var initiative: String
        var indicator: String
        var kind: String
        var fiscalYear: Int
        var value: Double
    }

    var file: String
    var classes: [String]
    var facts: [Fact]
    var forbiddenInitiatives: [Forbidden]
    var hiddenValues: [HiddenValue]

    /// The committed fixtures folder.
    static let folder = RepositoryFixtures.root.appendingPathComponent("Tests/PlanIOTests/Fixtures/layouts")

    /// The names of the committed workbooks that have expected facts, in order.
    static let workbookNames = workbookNames(in: folder)

    /// The workbooks of `folder` that have expected facts beside them, in order.
    static func workbookNames(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xlsx") && names.contains(String($0.dropLast(5)) + ".json") }.sorted()
    }

    /// The expected facts of the single-variation workbook `NN-<variation>.xlsx`, whatever its number.
    static func load(variation: String) throws -> VariedLayoutExpectation {
        guard let name = workbookNames.first(where: { $0.dropFirst(3) == "\(variation).xlsx" }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(folder.path)/NN-\(variation).xlsx"])
        }
        return try load(name)
    }

    /// The expected facts of a workbook of the fixtures folder.
    static func load(_ workbook: String) throws -> VariedLayoutExpectation {
        let json = folder.appendingPathComponent(String(workbook.dropLast(5)) + ".json")
        return try JSONDecoder().decode(VariedLayoutExpectation.self, from: Data(contentsOf: json))
    }
}
