import Foundation
import PlanModel

/// The plan as JSON Lines: one initiative per line, each the initiative object of the plan JSON.
public enum JSONLinesPlanExporter {
    /// The bytes, one line per initiative, each ending in a newline.
    public static func export(_ plan: Plan) -> Data {
        var data = Data()
        for initiative in plan.initiatives {
            data.append(PlanJSON.encodeLine(initiative))
            data.append(0x0A)
        }
        return data
    }
}
