extension Workbook {
    /// What reading a sheet costs at the least on this stack, for benchmarks.
    public enum FloorStage: String, Sendable, CaseIterable {
        /// Only inflate the sheet XML with zlib (and check its CRC).
        case inflate
        /// Inflate and parse with libxml2's SAX2 push parser, doing nothing per event.
        case parse
    }

    /// Runs one floor stage over a sheet's XML and returns the number of XML bytes processed.
    ///
    /// `plansheet convert` does all of this plus decoding cells and writing output, so the
    /// time of this call is the floor its speed is measured against.
    public func measureFloor(of sheet: SheetInfo, stage: FloorStage) throws -> Int {
        guard let archive, let partName = sheet.partName, let entry = archive.entry(named: partName) else {
            throw XLSXError.missingPart(file: fileName, part: sheet.partName ?? "worksheet of \(sheet.name)")
        }
        switch stage {
        case .inflate:
            var total = 0
            try archive.read(entry, limits: limits) { total += $0.count }
            return total
        case .parse:
            let handler = NullEventHandler()
            try XMLPushParser.parse(entry, in: archive, limits: limits, handler: handler)
            return entry.uncompressedSize
        }
    }
}
