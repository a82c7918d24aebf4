import Foundation
import PlanIO
import PlanModel
import XLSX

/// A plan in one of the import command's output formats.
enum PlanOutput {
    /// The bytes to write.
    static func bytes(of plan: Plan, format: ImportOutputFormat, encoding: CSVEncoding) throws -> Data {
        switch format {
        case .json: return PlanJSON.encode(plan)
        case .jsonl: return JSONLinesPlanExporter.export(plan)
        case .xlsx: return try PlanWorkbookExporter.export(plan)
        case .csv:
            return try CSVPlanExporter.export(plan, encoding: encoding)
        }
    }
}
