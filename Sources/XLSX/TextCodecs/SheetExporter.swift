/// Streams a sheet through a ``RowEncoder`` into a byte sink, in blocks of about 64 KiB.
///
/// Rows run from row 1 to the last row with a value; rows without values in
/// between become empty lines. Memory holds one row and one block.
public enum SheetExporter {
    /// Exports one sheet; `write` receives the encoded bytes block by block. Returns the number of lines written.
    @discardableResult
    public static func export<Encoder: RowEncoder>(
        _ sheet: SheetInfo, of workbook: Workbook, encoder: inout Encoder,
        write: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws -> Int {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 17)
        var linesWritten = 0
        /// Writes the empty lines before row `number`, then the row's own line, and hands on full blocks.
        func place(_ number: Int, hasValues: Bool, _ appendLine: (inout Encoder, inout [UInt8]) throws -> Void) throws {
            guard hasValues, number > linesWritten else { return }
            while linesWritten < number - 1 {
                encoder.appendEmptyRow(to: &output)
                linesWritten += 1
            }
            try appendLine(&encoder, &output)
            linesWritten += 1
            if output.count >= 1 << 16 {
                try output.withUnsafeBufferPointer(write)
                output.removeAll(keepingCapacity: true)
            }
        }
        // .xlsx sheets reach the encoder as the parser holds them: no String per cell.
        var rawDone = false
        if var raw = encoder as? any RawRowEncoder {
            rawDone = try workbook.forEachRawRow(in: sheet) { row, strings in
                try place(row.number, hasValues: row.hasValues) { _, output in try raw.appendRawRow(row, strings: strings, to: &output) }
            }
            if let updated = raw as? Encoder { encoder = updated }
        }
        if !rawDone {
            try workbook.forEachRow(in: sheet) { row in
                try place(row.number, hasValues: row.hasValues) { encoder, output in encoder.appendRow(row, to: &output) }
            }
        }
        if !output.isEmpty { try output.withUnsafeBufferPointer(write) }
        return linesWritten
    }
}
