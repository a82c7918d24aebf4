import Foundation

/// Reads and writes the plan JSON of the project's contract (`"schema": "plansheet.plan/1"`):
/// UTF-8, non-ASCII and slashes unescaped, keys in the contract's order, so that two runs
/// over the same plan give the same bytes.
public enum PlanJSON {
    /// The plan as JSON, pretty-printed with two-space indents and a final newline.
    public static func encode(_ plan: Plan, pretty: Bool = true) -> Data {
        Data((json(plan).serialized(pretty: pretty) + (pretty ? "\n" : "")).utf8)
    }

    /// One initiative as a JSON object on one line (no newline), e.g. for JSON Lines output.
    public static func encodeLine(_ initiative: Initiative) -> Data {
        Data(json(initiative).serialized(pretty: false).utf8)
    }

    /// Reads a plan from JSON; throws ``PlanJSONError`` naming the path of a wrong value.
    public static func decode(_ data: Data) throws -> Plan {
        do {
            return try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw PlanJSONError(error)
        }
    }

    /// Reads the plan JSON file at `url`; throws ``PlanJSONError`` naming the file (and the
    /// path of a wrong value), also when the file cannot be read.
    public static func decode(contentsOf url: URL) throws -> Plan {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PlanJSONError(file: url.path, path: "", message: "cannot read the file: \(error.localizedDescription)")
        }
        do {
            return try decode(data)
        } catch var error as PlanJSONError {
            error.file = url.path
            throw error
        }
    }

    static func json(_ plan: Plan) -> OrderedJSON {
        .object([
            ("schema", .string(Plan.schema)),
            ("title", .string(plan.title)),
            ("version", .string(plan.version)),
            ("initiatives", .array(plan.initiatives.map(json))),
        ])
    }

    static func json(_ initiative: Initiative) -> OrderedJSON {
        .object([
            ("id", .string(initiative.id)),
            ("section", .string(initiative.section)),
            ("title", .string(initiative.title)),
            ("department", .string(initiative.department)),
            ("status", .string(initiative.status?.rawValue)),
            ("delayReason", .string(initiative.delayReason)),
            ("nextSteps", .string(initiative.nextSteps)),
            ("indicators", .array(initiative.indicators.map(json))),
            ("source", initiative.source.map(json) ?? .null),
        ])
    }

    static func json(_ indicator: Indicator) -> OrderedJSON {
        .object([
            ("name", .string(indicator.name)),
            ("unit", .string(indicator.unit)),
            ("period", .string(indicator.period?.rawValue)),
            ("direction", .string(indicator.direction.rawValue)),
            ("targets", .array(indicator.targets.map(json))),
            ("actuals", .array(indicator.actuals.map(json))),
        ])
    }

    static func json(_ target: Target) -> OrderedJSON {
        .object([
            ("fiscalYear", .number(target.fiscalYear.map(Double.init))),
            ("value", .number(target.value)),
            ("comparator", .string(target.comparator?.rawValue)),
            ("approximate", .bool(target.approximate)),
            ("revisedFrom", .number(target.revisedFrom)),
            ("text", .string(target.text)),
        ])
    }

    static func json(_ actual: Actual) -> OrderedJSON {
        .object([
            ("fiscalYear", .number(actual.fiscalYear.map(Double.init))),
            ("value", .number(actual.value)),
            ("approximate", .bool(actual.approximate)),
            ("text", .string(actual.text)),
        ])
    }

    static func json(_ source: SourceLocation) -> OrderedJSON {
        .object([("file", .string(source.file)), ("sheet", .string(source.sheet)), ("cell", .string(source.cell))])
    }
}
