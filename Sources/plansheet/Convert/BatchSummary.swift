/// The totals of a batch conversion and its closing line on standard error.
struct BatchSummary: Equatable {
    var converted = 0
    var failed = 0
    var rows = 0
    var seconds = 0.0

    /// The totals of `results`, over `seconds` of wall-clock time.
    init(_ results: [BatchFileResult], seconds: Double) {
        for result in results {
            if result.error == nil { converted += 1 } else { failed += 1 }
            rows += result.rows
        }
        self.seconds = seconds
    }

    /// `converted 198 files, 2 failed, 1,234,567 rows in 3.2 s`.
    var line: String {
        let files = converted == 1 ? "file" : "files"
        let time = seconds < 10 ? String(format: "%.2f", seconds) : String(format: "%.1f", seconds)
        return "converted \(converted) \(files), \(failed) failed, \(Self.grouped(rows)) rows in \(time) s"
    }

    /// The exit status: 0 all converted, 1 some failed, 2 all failed.
    var exitStatus: Int32 {
        if failed == 0 { return 0 }
        return converted == 0 ? 2 : 1
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }
}
