import Foundation
import Testing
@testable import PlanModel

/// The plan JSON contract of DOMAIN.md: key order, nulls, round trips, shape, errors.
@Suite struct PlanJSONTests {
    /// The example of DOMAIN.md, verbatim.
    static let contractExample = #"""
        {
          "schema": "plansheet.plan/1",
          "title": "行財政改革行動計画",
          "version": "R3改定",
          "initiatives": [
            {
              "id": "1-1",
              "section": "県庁のＩＣＴ化・働き方改革",
              "title": "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進",
              "department": "企画財政部",
              "status": "onTrack",
              "delayReason": null,
              "nextSteps": "更なる業務効率化を推進するため、行動計画の目標値を再設定。",
              "indicators": [
                {
                  "name": "ＡＩ-ＯＣＲ 利用枚数",
                  "unit": "枚",
                  "period": "perYear",
                  "direction": "increase",
                  "targets": [
                    {"fiscalYear": 2020, "value": 12000, "comparator": "atLeast", "approximate": false, "revisedFrom": null, "text": "Ｒ２年度：12,000枚／年"},
                    {"fiscalYear": 2021, "value": 67000, "comparator": "atLeast", "approximate": false, "revisedFrom": 20000, "text": "Ｒ３年度：２万→6.7万枚"}
                  ],
                  "actuals": [
                    {"fiscalYear": 2020, "value": 62000, "approximate": true, "text": "約62,000枚／年"}
                  ]
                }
              ],
              "source": {"file": "kikaku.xlsx", "sheet": "行動計画", "cell": "A5"}
            }
          ]
        }
        """#

    static let seedPlan: Plan = {
        let initiatives = seedInitiatives.map { seed in
            let reading = IndicatorReader.read(
                targetText: seed.target, resultText: seed.result,
                resultYear: FiscalYear(seedResultYear))
            return Initiative(
                section: seed.section, title: seed.title, status: reading.delayReason == nil ? .onTrack : .delayed,
                delayReason: reading.delayReason, nextSteps: seed.nextSteps, indicators: reading.indicators,
                source: SourceLocation(file: "seed.txt", sheet: "行動計画", cell: "B/\(seed.key)"))
        }
        return Plan(title: "行財政改革行動計画", version: "R2実績", initiatives: initiatives)
    }()

    @Test func decodesTheContractExample() throws {
        let plan = try PlanJSON.decode(Data(Self.contractExample.utf8))
        #expect(plan.version == "R3改定")
        let indicator = try #require(plan.initiatives.first?.indicators.first)
        #expect(indicator.targets[1].revisedFrom == 20000)
        #expect(indicator.targets[1].value == 67000)
        #expect(indicator.actuals[0].approximate)
        #expect(plan.initiatives[0].source == SourceLocation(file: "kikaku.xlsx", sheet: "行動計画", cell: "A5"))
    }

    @Test func reencodesTheContractExampleToTheSameJSON() throws {
        let plan = try PlanJSON.decode(Data(Self.contractExample.utf8))
        let ours = try JSONSerialization.jsonObject(with: PlanJSON.encode(plan)) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: Data(Self.contractExample.utf8)) as? NSDictionary
        #expect(ours != nil)
        #expect(ours == theirs)
    }

    @Test func roundTripsTheSeedPlan() throws {
        let data = PlanJSON.encode(Self.seedPlan)
        #expect(try PlanJSON.decode(data) == Self.seedPlan)
        #expect(try JSONDecoder().decode(Plan.self, from: data) == Self.seedPlan)
        let compact = PlanJSON.encode(Self.seedPlan, pretty: false)
        #expect(try PlanJSON.decode(compact) == Self.seedPlan)
    }

    @Test func writesTheSameBytesEveryTime() {
        let first = PlanJSON.encode(Self.seedPlan)
        for _ in 0..<5 { #expect(PlanJSON.encode(Self.seedPlan) == first) }
    }

    @Test func keepsTheContractKeyOrder() throws {
        let text = String(decoding: PlanJSON.encode(Self.seedPlan), as: UTF8.self)
        func order(_ keys: [String]) -> [Int] {
            keys.compactMap { key in text.range(of: "\"\(key)\":").map { text.distance(from: text.startIndex, to: $0.lowerBound) } }
        }
        for keys in [
            ["schema", "title", "version", "initiatives"],
            ["id", "section", "department", "status", "delayReason", "nextSteps", "indicators"],
            ["name", "unit", "period", "direction", "targets", "actuals"],
            ["fiscalYear", "value", "comparator", "approximate", "revisedFrom", "text"],
            ["file", "sheet", "cell"],
        ] {
            let positions = order(keys)
            #expect(positions.count == keys.count, "\(keys)")
            #expect(positions == positions.sorted(), "\(keys)")
        }
    }

    @Test func leavesNonASCIIAndSlashesUnescaped() {
        let plan = Plan(title: "行財政改革/行動計画", initiatives: [Initiative(title: "「どこでも知事室」の実施\n\"引用\"")])
        let text = String(decoding: PlanJSON.encode(plan), as: UTF8.self)
        #expect(text.contains("\"title\": \"行財政改革/行動計画\""))
        #expect(text.contains(#""「どこでも知事室」の実施\n\"引用\"""#))
        #expect(text.hasPrefix("{\n  \"schema\": \"plansheet.plan/1\",\n"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func writesWholeNumbersWithoutFractionAndDecimalsExactly() {
        let indicator = Indicator(
            name: "率", unit: "%", targets: [Target(fiscalYear: 2020, value: 61.2, text: "61.2%")],
            actuals: [Actual(fiscalYear: 2020, value: 67000, text: "6.7万")])
        let text = String(
            decoding: PlanJSON.encode(
                Plan(initiatives: [Initiative(title: "t", indicators: [indicator])]),
                pretty: false), as: UTF8.self)
        #expect(text.contains(#""value":61.2"#))
        #expect(text.contains(#""value":67000,"#))
        #expect(text.contains(#""fiscalYear":2020"#))
    }

    @Test func encodesOneInitiativePerLine() throws {
        let line = PlanJSON.encodeLine(Self.seedPlan.initiatives[0])
        #expect(!line.contains(UInt8(ascii: "\n")))
        #expect(try JSONDecoder().decode(Initiative.self, from: line) == Self.seedPlan.initiatives[0])
    }

    @Test func matchesTheContractShape() throws {
        let object = try JSONSerialization.jsonObject(with: PlanJSON.encode(Self.seedPlan))
        let problems = PlanShape.problems(in: object)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func shapeCheckCatchesAWrongDocument() throws {
        let wrong =
            #"{"schema":"plansheet.plan/1","title":1,"initiatives":[{"title":"t","status":"late","indicators":[{"name":"n","direction":"up","targets":[{"value":"5"}]}]}]}"#
        let problems = PlanShape.problems(in: try JSONSerialization.jsonObject(with: Data(wrong.utf8)))
        #expect(problems.contains("title: expected string or null"))
        #expect(problems.contains("initiatives[0].status: expected one of onTrack, delayed or null"))
        #expect(problems.contains("initiatives[0].indicators[0].direction: expected one of increase or decrease"))
        #expect(problems.contains("initiatives[0].indicators[0].targets[0].value: expected number or null"))
        #expect(problems.contains("initiatives[0].id: missing"))
    }

    @Test func namesThePathOfAWrongValue() {
        let data = Data(#"{"schema":"plansheet.plan/1","initiatives":[{"title":"t","indicators":[{"name":"n","targets":[{"value":"many"}]}]}]}"#.utf8)
        #expect(throws: PlanJSONError(path: "initiatives[0].indicators[0].targets[0].value", message: "expected a number")) {
            try PlanJSON.decode(data)
        }
    }

    @Test func rejectsAnotherSchema() {
        let data = Data(#"{"schema":"plansheet.diff/1","initiatives":[]}"#.utf8)
        #expect(throws: PlanJSONError.self) { try PlanJSON.decode(data) }
        do {
            _ = try PlanJSON.decode(data)
        } catch let error as PlanJSONError {
            #expect(error.path == "schema")
            #expect(error.description.contains("unsupported schema plansheet.diff/1"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func rejectsTextThatIsNotJSON() {
        do {
            _ = try PlanJSON.decode(Data("行動計画".utf8))
            Issue.record("decoded garbage")
        } catch let error as PlanJSONError {
            #expect(error.path.isEmpty)
            #expect(error.description.hasPrefix("plan JSON: not valid JSON"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

/// A JSON Schema-like description of the plan JSON of DOMAIN.md, checked on parsed JSON.
enum PlanShape {
    indirect enum Kind: Sendable { case string, number, bool, object([Field]), array(Kind), word([String]) }
    struct Field: Sendable { var name: String; var kind: Kind; var nullable: Bool }

    static func f(_ name: String, _ kind: Kind, nullable: Bool = true) -> Field { Field(name: name, kind: kind, nullable: nullable) }

    static let source = Kind.object([f("file", .string, nullable: false), f("sheet", .string), f("cell", .string)])
    static let target = Kind.object([
        f("fiscalYear", .number), f("value", .number), f("comparator", .word(["atLeast", "atMost", "exactly", "above", "below"])),
        f("approximate", .bool, nullable: false), f("revisedFrom", .number), f("text", .string, nullable: false),
    ])
    static let actual = Kind.object([
        f("fiscalYear", .number), f("value", .number), f("approximate", .bool, nullable: false), f("text", .string, nullable: false),
    ])
    static let indicator = Kind.object([
        f("name", .string, nullable: false), f("unit", .string), f("period", .word(["perYear", "cumulative", "perMonth"])),
        f("direction", .word(["increase", "decrease"]), nullable: false),
        f("targets", .array(target), nullable: false), f("actuals", .array(actual), nullable: false),
    ])
    static let initiative = Kind.object([
        f("id", .string), f("section", .string), f("title", .string, nullable: false), f("department", .string),
        f("status", .word(["onTrack", "delayed"])), f("delayReason", .string), f("nextSteps", .string),
        f("indicators", .array(indicator), nullable: false), f("source", source),
    ])
    static let plan = Kind.object([
        f("schema", .word(["plansheet.plan/1"]), nullable: false), f("title", .string), f("version", .string),
        f("initiatives", .array(initiative), nullable: false),
    ])

    static func problems(in value: Any) -> [String] {
        var problems: [String] = []
        check(value, plan, path: "", nullable: false, into: &problems)
        return problems
    }

    private static func check(_ value: Any, _ kind: Kind, path: String, nullable: Bool, into problems: inout [String]) {
        let label = path.isEmpty ? "document" : path
        if value is NSNull {
            if !nullable { problems.append("\(label): must not be null") }
            return
        }
        let orNull = nullable ? " or null" : ""
        switch kind {
        case .string:
            if !(value is String) { problems.append("\(label): expected string\(orNull)") }
        case .number:
            if !((value as? NSNumber).map { !isBoolean($0) } ?? false) { problems.append("\(label): expected number\(orNull)") }
        case .bool:
            if !((value as? NSNumber).map(isBoolean) ?? false) { problems.append("\(label): expected true or false") }
        case .word(let words):
            if !(value is String) || !words.contains(value as? String ?? "") {
                let list = words.count > 1 ? words.dropLast().joined(separator: ", ") + (nullable ? ", " : " or ") + (words.last ?? "") : words[0]
                problems.append("\(label): expected one of \(list)\(nullable ? " or null" : "")")
            }
        case .array(let element):
            guard let items = value as? [Any] else { problems.append("\(label): expected array"); return }
            for (index, item) in items.enumerated() {
                check(item, element, path: "\(path)[\(index)]", nullable: false, into: &problems)
            }
        case .object(let fields):
            guard let object = value as? [String: Any] else { problems.append("\(label): expected object"); return }
            for field in fields {
                let fieldPath = path.isEmpty ? field.name : "\(path).\(field.name)"
                guard let member = object[field.name] else { problems.append("\(fieldPath): missing"); continue }
                check(member, field.kind, path: fieldPath, nullable: field.nullable, into: &problems)
            }
            for key in object.keys where !fields.contains(where: { $0.name == key }) {
                problems.append("\(path.isEmpty ? key : "\(path).\(key)"): not in the contract")
            }
        }
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
