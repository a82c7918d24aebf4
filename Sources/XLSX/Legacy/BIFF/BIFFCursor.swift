/// Reads across a record and its `CONTINUE` records as one byte sequence, except for
/// string characters: when a string's characters cross into the next `CONTINUE`, that
/// record starts with a fresh flags byte saying whether the rest is 8- or 16-bit ([MS-XLS] 2.5.293).
struct BIFFCursor {
    private let stream: [UInt8]
    private let fragments: [Range<Int>]
    private var fragment = 0
    private var position: Int

    init(stream: [UInt8], fragments: [Range<Int>], offset: Int = 0) {
        self.stream = stream
        self.fragments = fragments
        position = (fragments.first?.lowerBound ?? 0) + offset
    }

    /// Whether every fragment has been read.
    var atEnd: Bool {
        var index = fragment
        var at = position
        while index < fragments.count {
            if at < fragments[index].upperBound { return false }
            index += 1
            if index < fragments.count { at = fragments[index].lowerBound }
        }
        return true
    }

    /// Moves to the next fragment when the current one is used up; false at the very end.
    private mutating func settle() -> Bool {
        while fragment < fragments.count, position >= fragments[fragment].upperBound {
            fragment += 1
            if fragment < fragments.count { position = fragments[fragment].lowerBound }
        }
        return fragment < fragments.count
    }

    mutating func byte() -> UInt8? {
        guard settle() else { return nil }
        defer { position += 1 }
        return stream[position]
    }

    mutating func u16() -> UInt16? {
        guard let low = byte(), let high = byte() else { return nil }
        return UInt16(low) | UInt16(high) << 8
    }

    mutating func u32() -> UInt32? {
        guard let low = u16(), let high = u16() else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// Skips bytes (rich-text runs, phonetic blocks) wherever they fall; false when the data ends first.
    mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            guard settle() else { return false }
            let step = min(left, fragments[fragment].upperBound - position)
            position += step
            left -= step
        }
        return true
    }

    /// `count` characters, 16-bit when `wide`; at a fragment boundary a flags byte restates the width.
    mutating func characters(_ count: Int, wide startWide: Bool) -> [UInt16]? {
        var units: [UInt16] = []
        units.reserveCapacity(count)
        var wide = startWide
        while units.count < count {
            if position >= (fragment < fragments.count ? fragments[fragment].upperBound : 0) {
                // The characters go on in the next CONTINUE record, after its own flags byte.
                fragment += 1
                guard fragment < fragments.count else { return nil }
                position = fragments[fragment].lowerBound
                guard let flags = byte() else { return nil }
                wide = flags & 0x01 != 0
                continue
            }
            if wide {
                guard position + 2 <= fragments[fragment].upperBound else { return nil }
                units.append(UInt16(stream[position]) | UInt16(stream[position + 1]) << 8)
                position += 2
            } else {
                units.append(UInt16(stream[position]))
                position += 1
            }
        }
        return units
    }

    /// `count` raw bytes (BIFF5 code-page text), read across fragments.
    mutating func bytes(_ count: Int) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            guard let next = byte() else { return nil }
            result.append(next)
        }
        return result
    }
}
