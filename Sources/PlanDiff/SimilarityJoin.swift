/// Finds every pair of texts, one from each side, whose character-bigram Dice
/// similarity reaches a threshold — without comparing every pair.
///
/// Each text becomes the multiset of its character bigrams (a one-character text
/// is its single character). Dice = 2·|shared| / (|a| + |b|). Candidates come from
/// an inverted index over each text's *prefix*: its rarest bigrams, as many as a
/// pair reaching the threshold must share at least one of (prefix filtering, as in
/// AllPairs / PPJoin), and a candidate is dropped as soon as the positions of its
/// shared tokens show it cannot reach the threshold (PPJoin's positional filter).
/// Only the survivors are scored exactly, so 10,000 against 10,000 titles costs a
/// few index look-ups per title rather than 10⁸ comparisons.
struct SimilarityJoin {
    /// One scored pair: indices into the old and new texts.
    struct Pair: Hashable {
        var old: Int
        var new: Int
        var score: Double
    }

    /// The Dice similarity of two texts (already in comparison form), 0 … 1.
    static func score(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        var interner = TokenInterner()
        let x = interner.tokens(of: a).sorted(), y = interner.tokens(of: b).sorted()
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return dice(overlap: sortedOverlap(x, y), x.count, y.count)
    }

    /// Every pair scoring at least `threshold` (and above zero).
    static func pairs(old: [String], new: [String], threshold: Double) -> [Pair] {
        guard !old.isEmpty, !new.isEmpty, threshold <= 1 else { return [] }
        var interner = TokenInterner()
        let oldTokens = old.map { interner.tokens(of: $0) }
        let newTokens = new.map { interner.tokens(of: $0) }
        // Rarest tokens first: their posting lists are short, so prefixes probe little.
        var frequency = [Int32](repeating: 0, count: interner.count)
        for tokens in oldTokens { for t in tokens { frequency[Int(t)] += 1 } }
        for tokens in newTokens { for t in tokens { frequency[Int(t)] += 1 } }
        let byRarity: (Int32, Int32) -> Bool = { a, b in
            let fa = frequency[Int(a)], fb = frequency[Int(b)]
            return fa != fb ? fa < fb : a < b
        }
        let oldOrdered = oldTokens.map { $0.sorted(by: byRarity) }
        // Old texts' tokens in ascending order, flat with offsets: verification reads
        // them for millions of candidates in the worst case, so keep them contiguous.
        var oldStart = [Int](repeating: 0, count: old.count + 1)
        var oldFlat: [Int32] = []
        for (index, tokens) in oldTokens.enumerated() {
            oldFlat += tokens.sorted()
            oldStart[index + 1] = oldFlat.count
        }

        // Postings hold (old text, position of the token in that text's rarity order).
        var postings = [[(text: Int32, position: Int32)]](repeating: [], count: interner.count)
        for (index, tokens) in oldOrdered.enumerated() {
            for (position, t) in tokens.prefix(prefixLength(tokens.count, threshold)).enumerated() {
                postings[Int(t)].append((Int32(index), Int32(position)))
            }
        }

        var result: [Pair] = []
        // Shared prefix tokens found so far per old text; `pruned` once it cannot reach the threshold.
        let pruned: Int32 = -1
        var shared = [Int32](repeating: 0, count: old.count)
        var touched: [Int32] = []
        let sizeRatio = threshold > 0 ? threshold / (2 - threshold) : 0
        for (newIndex, tokens) in newTokens.enumerated() where !tokens.isEmpty {
            let probe = tokens.sorted(by: byRarity)
            let n = tokens.count
            for (i, t) in probe.prefix(prefixLength(n, threshold)).enumerated() {
                for (candidate, j) in postings[Int(t)] {
                    let c = Int(candidate)
                    if shared[c] == pruned { continue }
                    let m = oldStart[c + 1] - oldStart[c]
                    // A pair reaching t has sizes within a factor t/(2-t) of each other…
                    guard Double(m) >= sizeRatio * Double(n), Double(n) >= sizeRatio * Double(m) else { continue }
                    if shared[c] == 0 { touched.append(candidate) }
                    // …and needs overlap ≥ t(n+m)/2, which the tokens after these positions must still be able to give.
                    let required = Int32((threshold * Double(n + m) / 2 - 1e-9).rounded(.up))
                    let reachable = shared[c] + 1 + Int32(min(n - i - 1, m - Int(j) - 1))
                    shared[c] = reachable >= required ? shared[c] + 1 : pruned
                }
            }
            let sorted = touched.isEmpty ? [] : tokens.sorted()
            for candidate in touched {
                let c = Int(candidate)
                defer { shared[c] = 0 }
                guard shared[c] > 0 else { continue }
                let m = oldStart[c + 1] - oldStart[c]
                let required = Int((threshold * Double(n + m) / 2 - 1e-9).rounded(.up))
                let overlap = oldFlat.withUnsafeBufferPointer { flat in
                    sorted.withUnsafeBufferPointer {
                        sortedOverlap($0, UnsafeBufferPointer(rebasing: flat[oldStart[c]..<oldStart[c + 1]]), required: required)
                    }
                }
                let score = dice(overlap: overlap, n, m)
                if overlap > 0 && score >= threshold {
                    result.append(Pair(old: c, new: newIndex, score: score))
                }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return result
    }

    /// How many of a text's rarest tokens must be indexed so that any pair reaching
    /// `threshold` shares one: n − ⌈n·t/(2−t)⌉ + 1 (a pair needs overlap ≥ n·t/(2−t)).
    private static func prefixLength(_ n: Int, _ threshold: Double) -> Int {
        guard threshold > 0 else { return n }
        let required = Int((Double(n) * threshold / (2 - threshold) - 1e-9).rounded(.up))
        return min(n, max(1, n - required + 1))
    }

    private static func dice(overlap: Int, _ a: Int, _ b: Int) -> Double {
        a + b == 0 ? 1 : 2 * Double(overlap) / Double(a + b)
    }

    /// The number of tokens two ascending token lists share.
    private static func sortedOverlap(_ a: [Int32], _ b: [Int32]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in sortedOverlap(a, b) } }
    }

    /// The shared tokens of two ascending lists, or any smaller number once `required` is out of reach.
    private static func sortedOverlap(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, required: Int = 0) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if shared + min(a.count - i, b.count - j) < required { return shared }
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}

/// Numbers the bigrams of texts. A bigram occurring k times in one text becomes k
/// distinct tokens (bigram, 1) … (bigram, k), which turns multisets into sets.
struct TokenInterner {
    private var ids: [UInt64: Int32] = [:]

    /// How many distinct tokens have been numbered.
    var count: Int { ids.count }

    /// The tokens of one text, in no particular order.
    mutating func tokens(of text: String) -> [Int32] {
        let scalars = text.unicodeScalars.map { UInt64($0.value) }
        guard !scalars.isEmpty else { return [] }
        var grams: [UInt64] = []
        if scalars.count == 1 {
            grams = [scalars[0] << 21]
        } else {
            grams.reserveCapacity(scalars.count - 1)
            for i in 0..<(scalars.count - 1) { grams.append(scalars[i] << 21 | scalars[i + 1]) }
        }
        var occurrences: [UInt64: UInt64] = [:]
        var tokens: [Int32] = []
        tokens.reserveCapacity(grams.count)
        for gram in grams {
            let occurrence = occurrences[gram, default: 0]
            occurrences[gram] = occurrence + 1
            let key = gram << 22 | occurrence
            if let id = ids[key] {
                tokens.append(id)
            } else {
                let id = Int32(ids.count)
                ids[key] = id
                tokens.append(id)
            }
        }
        return tokens
    }
}
