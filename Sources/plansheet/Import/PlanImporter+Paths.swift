import Foundation
import PlanIO
import XLSX

extension PlanImporter {
    /// Imports the files and folders named on the command line (plan JSON parts merged, only
    /// `shard`'s files read when given). A missing input, a folder over `--max-files` or parts that
    /// disagree are usage errors (exit 2); what goes wrong inside a file is in the result's issues.
    func importPaths(_ paths: [String], shard: InputShard? = nil) throws -> Result {
        try InputFiles.requireExisting(paths)
        return try importFiles(paths.map { URL(fileURLWithPath: $0) }, shard: shard)
    }
}
