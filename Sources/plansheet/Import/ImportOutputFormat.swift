import ArgumentParser
import XLSX

/// `--format` of `plansheet import`.
enum ImportOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, csv, xlsx
}
