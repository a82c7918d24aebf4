import ArgumentParser

/// What `plansheet convert` reads. Chosen from the input's extension.
enum ConvertInputFormat {
    /// An Excel workbook (`.xlsx`, `.xlsm`).
    case xlsx

    /// The format of an input path: everything is read as a workbook for now.
    init(path: String) {
        self = .xlsx
    }
}

/// What `plansheet convert --to` writes.
enum ConvertOutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// RFC 4180 CSV, UTF-8.
    case csv
    /// JSON Lines: one JSON array per row.
    case jsonl

    /// The file extension of outputs in this format.
    var fileExtension: String { rawValue }
}
