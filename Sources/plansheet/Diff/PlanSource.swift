import Foundation
import PlanIO
import PlanModel

/// Reads the plans the command line names (diff, history, report): plan JSON files
/// (`.json`, through PlanModel's one decoder, ``PlanModel/PlanJSON/decode(contentsOf:)``),
/// submission workbooks and folders of them (through PlanIO's importer).
enum PlanSource {
    /// One plan from `paths`: the JSON plans in the order given, then every workbook through
    /// one import (files in name order, as `plansheet import` reads them). Title and version
    /// come from the first JSON plan. A workbook that cannot be read stops the job (exit 2):
    /// half a plan would report its missing half as removed, or a report without a department.
    static func load(_ paths: [String], options: ImportOptions = ImportOptions()) throws -> Plan {
        guard !paths.isEmpty else { throw CLIError.noPlanGiven }
        try InputFiles.requireExisting(paths)
        var plan: Plan?
        for path in paths where isPlanJSON(path) {
            let next = try PlanJSON.decode(contentsOf: URL(fileURLWithPath: path))
            if plan == nil { plan = next } else { plan?.initiatives += next.initiatives }
        }
        let submissions = paths.filter { !isPlanJSON($0) }
        guard !submissions.isEmpty else { return plan ?? Plan() }
        let result = try PlanImporter(options: options).importPaths(submissions)
        if let unreadable = result.issues.first(where: { $0.kind == .unreadableFile }) {
            throw CLIError.usage(unreadable.location.description, ja: unreadable.messageJa, en: unreadable.messageEn)
        }
        guard !result.files.isEmpty else {
            throw CLIError.usage(submissions.joined(separator: ", "), ja: "提出ファイルが見つかりません", en: "no submission workbook found")
        }
        guard var merged = plan else { return result.plan }
        merged.initiatives += result.plan.initiatives
        return merged
    }

    /// One version of a plan for diff and history, labelled when it names no version: a plan
    /// JSON by its file name, workbooks by the last two parts of their path (`revised/table`).
    static func version(_ path: String, options: ImportOptions = ImportOptions()) throws -> Plan {
        var plan = try load([path], options: options)
        if plan.version == nil {
            let components = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
            plan.version = isPlanJSON(path) ? components.last : components.suffix(2).joined(separator: "/")
        }
        return plan
    }

    /// Whether `path` names a plan JSON (by its extension); anything else is read as submissions.
    static func isPlanJSON(_ path: String) -> Bool {
        URL(fileURLWithPath: path).pathExtension.lowercased() == "json"
    }
}
