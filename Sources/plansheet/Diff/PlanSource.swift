import Foundation
import PlanIO
import PlanModel

/// Reads one version of a plan from what the command line names: a plan JSON
/// file, a submission workbook, or a folder of submissions.
enum PlanSource {
    /// The plan at `path`; workbooks are read with `options`' limits.
    static func load(_ path: String, options: ImportOptions = ImportOptions()) throws -> Plan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.usage("\(path): no such file or folder / ファイルが見つかりません")
        }
        let url = URL(fileURLWithPath: path)
        if isDirectory.boolValue || url.pathExtension.lowercased() == "xlsx" {
            return try importSubmissions(url, options: options)
        }
        return try decodePlanJSON(url)
    }

    /// A plan JSON (`"schema": "plansheet.plan/1"`).
    static func decodePlanJSON(_ url: URL) throws -> Plan {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CLIError.usage("\(url.path): cannot read (\(error.localizedDescription)) / 読み込めません")
        }
        do {
            return try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw CLIError.usage("\(url.path): not a plan JSON: \(describe(error)) / 計画JSONではありません")
        } catch {
            throw CLIError.usage("\(url.path): not a plan JSON: \(error) / 計画JSONではありません")
        }
    }

    /// A submission workbook or a folder of them, through PlanIO's importer. A file that
    /// cannot be read fails the whole version: comparing half a plan would report its
    /// missing half as removed.
    static func importSubmissions(_ url: URL, options: ImportOptions = ImportOptions()) throws -> Plan {
        let result: PlanImporter.Result
        do {
            result = try PlanImporter(options: options).importFiles([url])
        } catch {
            throw CLIError.usage("\(error)")
        }
        if let unreadable = result.issues.first(where: { $0.kind == .unreadableFile }) {
            throw CLIError.failure("\(url.path): \(unreadable)")
        }
        guard !result.files.isEmpty else {
            throw CLIError.usage("\(url.path): no .xlsx submissions found / 提出ファイルがありません")
        }
        var plan = result.plan
        if plan.version == nil { plan.version = url.pathComponents.suffix(2).joined(separator: "/") }
        return plan
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context),
             .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (path.isEmpty ? "" : "at \(path): ") + (underlying ?? context.debugDescription)
        @unknown default:
            return "\(error)"
        }
    }
}
