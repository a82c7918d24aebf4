/// One-to-one matching of the items of two versions (initiatives, or the
/// indicators of one initiative): by id, then by comparison key, then by similarity.
struct Matcher {
    /// What the matcher knows of an item.
    struct Item {
        /// The plan's own number, when given (`1-1`).
        var id: String?
        /// The title or name in comparison form (``ComparisonKey``).
        var key: String
        /// A grouping that breaks ties: the department.
        var group: String?
    }

    /// A matched pair: indices into old and new, and the similarity of their keys (1 when equal).
    struct Pair {
        var old: Int
        var new: Int
        var similarity: Double
    }

    /// The outcome: pairs in no particular order, and what stayed unmatched on each side.
    struct Result {
        var pairs: [Pair]
        var unmatchedOld: [Int]
        var unmatchedNew: [Int]
    }

    /// The lowest similarity at which two different keys still count as one renamed item.
    var threshold: Double

    /// Matches `old` against `new` one to one.
    func match(old: [Item], new: [Item]) -> Result {
        var oldTaken = [Bool](repeating: false, count: old.count)
        var newTaken = [Bool](repeating: false, count: new.count)
        var pairs: [Pair] = []
        func take(_ o: Int, _ n: Int, _ similarity: Double) {
            oldTaken[o] = true
            newTaken[n] = true
            pairs.append(Pair(old: o, new: n, similarity: similarity))
        }

        // 1. Same id, and titles that agree (equal, or similar enough): an id reused
        //    for a different initiative must not pair two unrelated titles.
        var oldByID: [String: [Int]] = [:]
        for (index, item) in old.enumerated() { if let id = item.id, !id.isEmpty { oldByID[id, default: []].append(index) } }
        if !oldByID.isEmpty {
            for (n, item) in new.enumerated() {
                guard let id = item.id, let candidates = oldByID[id] else { continue }
                for o in candidates where !oldTaken[o] {
                    let similarity = old[o].key == item.key ? 1 : SimilarityJoin.score(old[o].key, item.key)
                    if similarity >= threshold || similarity == 1 { take(o, n, similarity); break }
                }
            }
        }

        // 2. Equal keys; among duplicates, the same department first, then row order.
        var oldByKey: [String: [Int]] = [:]
        for (index, item) in old.enumerated() where !oldTaken[index] { oldByKey[item.key, default: []].append(index) }
        for (n, item) in new.enumerated() where !newTaken[n] {
            guard let bucket = oldByKey[item.key] else { continue }
            let free = bucket.filter { !oldTaken[$0] }
            guard let first = free.first else { continue }
            take(free.first { old[$0].group == item.group } ?? first, n, 1)
        }

        // 3. Similar keys (renames), best score first, one to one.
        let restOld = old.indices.filter { !oldTaken[$0] }
        let restNew = new.indices.filter { !newTaken[$0] }
        if !restOld.isEmpty && !restNew.isEmpty {
            var candidates = SimilarityJoin.pairs(
                old: restOld.map { old[$0].key }, new: restNew.map { new[$0].key },
                threshold: threshold
            )
            .map { Pair(old: restOld[$0.old], new: restNew[$0.new], similarity: $0.score) }
            candidates.sort { a, b in
                if a.similarity != b.similarity { return a.similarity > b.similarity }
                let aSame = old[a.old].group == new[a.new].group, bSame = old[b.old].group == new[b.new].group
                if aSame != bSame { return aSame }
                return (a.new, a.old) < (b.new, b.old)
            }
            for candidate in candidates where !oldTaken[candidate.old] && !newTaken[candidate.new] {
                take(candidate.old, candidate.new, candidate.similarity)
            }
        }

        return Result(
            pairs: pairs,
            unmatchedOld: old.indices.filter { !oldTaken[$0] },
            unmatchedNew: new.indices.filter { !newTaken[$0] })
    }
}
