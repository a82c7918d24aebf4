/// Streams a sheet through a ``RowEncoder`` into a byte sink, in blocks of about 64 KiB.
///
/// Rows run from row 1 to the last row with a value; rows without values in
/// between become empty lines. Memory holds one row and one block.
public enum SheetExporter {
    /// Exports one sheet; `write` receives the encoded bytes block by block. Returns the number of lines written.
    @discardableResult
    public static func export<Encoder: RowEncoder>(_ sheet: SheetInfo, of workbook: Workbook, encoder: inout Encoder,
                                                    write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 17)
        var linesWritten = 0
        try workbook.forEachRow(in: sheet) { row in
            guard row.hasValues, row.number > linesWritten else { return }
            while linesWritten < row.number - 1 {
                encoder.appendEmptyRow(to: &output)
                linesWritten += 1
            }
            encoder.appendRow(row, to: &output)
            linesWritten += 1
            if output.count >= 1 << 16 {
                try output.withUnsafeBufferPointer(write)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { try output.withUnsafeBufferPointer(write) }
        return linesWritten
    }
}
