import PlanModel
import XLSX

extension SheetImporter {
    /// Reads again, through the sheet's whole legend, the statuses that could not be read when their row
    /// was: a legend written under the table (凡例 at the foot of the sheet, common in real templates) is
    /// met only after the rows it explains. A status it explains is set and its warning withdrawn; the
    /// others keep their warning. Costs nothing on a sheet whose statuses all read.
    func readStatusesThroughTheLegendBelow(_ texts: [SparseRow<String>], legend: StatusLegend, into result: inout Result) {
        guard !legend.meanings.isEmpty, result.issues.contains(where: { $0.kind == .unknownStatus }) else { return }
        result.issues.removeAll { issue in
            guard issue.kind == .unknownStatus, let cell = issue.location.cell, let reference = CellReference(cell),
                reference.row - 1 < texts.count,
                let status = legend.status(of: texts[reference.row - 1][safe: reference.column]),
                let index = result.initiatives.firstIndex(where: { $0.cells.status == cell && $0.initiative.status == nil })
            else { return false }
            result.initiatives[index].initiative.status = status
            return true
        }
    }
}
