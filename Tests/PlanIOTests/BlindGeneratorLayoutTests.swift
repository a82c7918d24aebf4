import Foundation
import Testing
import PlanModel
import TestSupport
@testable import PlanIO

/// Issue 12's goals on the workbooks of two independent generators, written by people who did not
/// write the importer's rules:
/// - Fixtures/second-opinion (`Tests/LayoutGenerator/second_opinion.py --fixtures`): one small workbook
///   per class the importer once missed (alternating 目標/実績 rows, status marks, a 目標年度 column, a
///   legend on the 記入要領 sheet, － for an empty year…);
/// - Fixtures/third-opinion (`third_opinion.py`, seed 2026): workbooks that together hold every class
///   of the third generator (years alone over `目標 …`/`実績 …` cells, 上段／下段, 2020（R2）, Ａ（順調）,
///   check boxes, ■ group rows, banners, two indicators side by side, なし and ／…).
/// About half of them are re-saved by LibreOffice. Each is imported on its own and compared with the
/// facts it was made from.
@Suite struct BlindGeneratorLayoutTests {
    static let folder = RepositoryFixtures.root.appendingPathComponent("Tests/PlanIOTests/Fixtures")

    static let generators = ["second-opinion", "third-opinion"]

    /// `second-opinion/alternating-rows.xlsx`, …: each generator's workbooks, by folder.
    static let workbookNames = generators.flatMap { generator in
        VariedLayoutExpectation.workbookNames(in: folder.appendingPathComponent(generator)).map { "\(generator)/\($0)" }
    }

    /// What must not come in: years written empty (－) and figures that are neither targets nor results.
    struct Traps: Decodable {
        struct Blank: Decodable {
            var initiative: String
            var indicator: String
            var kind: String
            var fiscalYear: Int?
        }

        struct Stray: Decodable {
            var initiative: String
            var indicator: String
            var value: Double
            var why: String
        }

        var blankEntries: [Blank]
        var strayValues: [Stray]
    }

    private static func json(_ workbook: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(String(workbook.dropLast(5)) + ".json"))
    }

    private static func plan(_ workbook: String) throws -> Plan {
        try PlanImporter().importFiles([folder.appendingPathComponent(workbook)]).plan
    }

    private static func indicators(_ plan: Plan, initiative: String, indicator: String) -> [Indicator] {
        let title = MatchingKey(initiative).rawValue
        let name = MatchingKey(indicator).rawValue
        return plan.initiatives.filter {
            let key = MatchingKey($0.title).rawValue
            return key == title || key.contains(title) || title.contains(key)
        }.flatMap(\.indicators).filter {
            let key = MatchingKey($0.name).rawValue
            return key == name || key.contains(name)
        }
    }

    @Test func theFixturesCoverEveryClassOfTheGenerator() {
        #expect(Self.workbookNames.filter { $0.hasPrefix("second-opinion/") }.count == 20)
        #expect(Self.workbookNames.filter { $0.hasPrefix("third-opinion/") }.count == 19)
        #expect(Self.workbookNames.contains("second-opinion/alternating-rows.xlsx"))
        #expect(Self.workbookNames.contains("second-opinion/status-marks.xlsx"))
    }

    /// Every fact of each class is found, and nothing is wrong: no value, no status, no hidden value,
    /// no heading, legend, note or example row as an initiative.
    @Test(arguments: workbookNames)
    func importsEveryFactOfAClassTheImporterOnceMissed(_ workbook: String) throws {
        let expected = try JSONDecoder().decode(VariedLayoutExpectation.self, from: Self.json(workbook))
        let score = VariedLayoutScore(expected: expected, plan: try Self.plan(workbook))
        #expect(score.found == score.facts, "\(workbook): \(score)")
        #expect(score.wrongValues == 0, "\(workbook): \(score)")
        #expect(score.wrongStatuses == 0, "\(workbook): \(score)")
        #expect(score.hiddenImported == 0, "\(workbook): \(score)")
        #expect(score.headingsImported == 0, "\(workbook): \(score)")
        #expect(score.extraInitiatives == 0, "\(workbook): \(score)")
    }

    /// A year written `－` gives no target or result, and a 現状値 or 達成率 figure is neither.
    @Test(arguments: workbookNames)
    func importsNothingFromEmptyYearsBaselinesOrRates(_ workbook: String) throws {
        let traps = try JSONDecoder().decode(Traps.self, from: Self.json(workbook))
        let plan = try Self.plan(workbook)
        for blank in traps.blankEntries {
            let entries = Self.indicators(plan, initiative: blank.initiative, indicator: blank.indicator).flatMap {
                blank.kind == "target" ? $0.targets.map(\.fiscalYear) : $0.actuals.map(\.fiscalYear)
            }
            #expect(!entries.contains(blank.fiscalYear), "\(workbook): \(blank.kind) of an empty cell imported")
        }
        for stray in traps.strayValues {
            let values = Self.indicators(plan, initiative: stray.initiative, indicator: stray.indicator).flatMap {
                $0.targets.map(\.value) + $0.actuals.map(\.value)
            }
            #expect(!values.contains(stray.value), "\(workbook): \(stray.why) \(stray.value) imported as a figure")
        }
    }

    @Test func theEmptyYearAndBaselineFixturesHoldTraps() throws {
        let dashes = try JSONDecoder().decode(Traps.self, from: Self.json("second-opinion/empty-years-as-dashes.xlsx"))
        let columns = try JSONDecoder().decode(Traps.self, from: Self.json("second-opinion/baseline-and-rate-columns.xlsx"))
        #expect(dashes.blankEntries.count >= 3)
        #expect(columns.strayValues.contains { $0.why == "baseline" })
        #expect(columns.strayValues.contains { $0.why == "rate" })
    }
}
