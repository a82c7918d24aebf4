import Foundation
import PlanIO

extension PlanImporter {
    /// Imports the files and folders named on the command line. A missing input or a folder over
    /// `--max-files` is a usage error (exit 2); what goes wrong inside a file is in the result's issues.
    func importPaths(_ paths: [String]) throws -> Result {
        try importFiles(paths.map { URL(fileURLWithPath: $0) })
    }
}
