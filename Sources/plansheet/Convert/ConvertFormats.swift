import Foundation
import ArgumentParser

/// What `plansheet convert` reads. Chosen from the input's extension, or by `--from`
/// (standard input, `-`, has no extension: it is CSV unless `--from` says otherwise).
enum ConvertInputFormat: String, ExpressibleByArgument, CaseIterable {
    /// An Excel workbook (`.xlsx`, `.xlsm`).
    case xlsx
    /// Comma-separated values (`.csv`, `.txt`), UTF-8 or CP932.
    case csv
    /// JSON Lines, one array per row (`.jsonl`, `.ndjson`).
    case jsonl

    /// The format of an input: `explicit` when given, CSV for standard input (`-`), else from the
    /// path's extension.
    init(path: String, explicit: ConvertInputFormat?) {
        if let explicit { self = explicit; return }
        self = path == "-" ? .csv : ConvertInputFormat(path: path)
    }

    /// The format of an input path, from its extension; anything unknown is read as a workbook.
    init(path: String) {
        switch URL(fileURLWithPath: path, isDirectory: false).pathExtension.lowercased() {
        case "csv", "txt": self = .csv
        case "jsonl", "ndjson": self = .jsonl
        default: self = .xlsx
        }
    }
}

/// What `plansheet convert --to` writes.
enum ConvertOutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// RFC 4180 CSV, UTF-8.
    case csv
    /// JSON Lines: one JSON array per row.
    case jsonl
    /// An Excel workbook.
    case xlsx

    /// The file extension of outputs in this format.
    var fileExtension: String { rawValue }
}
