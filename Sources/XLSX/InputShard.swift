/// One of `count` parts of a batch (`--shard K/N`), so that a batch runner (GNU parallel over
/// ssh, Kubernetes Indexed Jobs, Slurm arrays) can spread one input list over many hosts.
///
/// The rule: the input list exactly as a run without a shard reads it (named inputs in the
/// order given, each folder's files in byte order of their path, see ``InputWalk``) is cut
/// into `count` consecutive slices whose sizes differ by at most one; shard `index` (from 1)
/// is the `index`-th slice, items ⌊(K−1)·M/N⌋ up to ⌊K·M/N⌋ − 1 of M. Byte order does not
/// depend on the order a file system lists a folder in, so every host that sees the same files
/// gives every file the same shard. Because the slices are consecutive, the outputs of shards
/// 1…N taken in order are the output of one run over the whole list.
///
/// ```swift
/// let shard = try InputShard(parsing: "2/8")
/// let mine = shard.slice(of: walk.files)
/// ```
public struct InputShard: Sendable, Hashable, CustomStringConvertible {
    /// The shard, from 1 to ``count``.
    public let index: Int
    /// How many shards the list is cut into.
    public let count: Int

    /// Why `K/N` is not a shard.
    public struct InvalidShard: Error, Sendable, Equatable, CustomStringConvertible {
        /// The text given.
        public let text: String

        /// The error for `text`.
        public init(text: String) { self.text = text }

        /// The message, in Japanese and English.
        public var description: String {
            "--shard \(text): K/N の形で 1 ≦ K ≦ N を指定してください（例: 1/4 … 4/4） "
                + "/ give K/N with 1 ≤ K ≤ N, counted from 1 (for example 1/4 … 4/4)"
        }
    }

    /// Shard `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `K/N` (from 1: `1/4` … `4/4`; leading zeros allowed, as `seq -w` writes them).
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            let index = Int(parts[0]), let count = Int(parts[1]),
            let shard = InputShard(index: index, count: count)
        else { throw InvalidShard(text: text) }
        self = shard
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// The positions of this shard's items in a list of `total` (never trapping, whatever the sizes).
    public func range(inListOf total: Int) -> Range<Int> {
        let total = max(0, total)
        return bound(index - 1, of: total)..<bound(index, of: total)
    }

    /// This shard's items of `items`, in their order.
    public func slice<Items: RandomAccessCollection>(of items: Items) -> [Items.Element] where Items.Index == Int {
        let positions = range(inListOf: items.count)
        return Array(items[(items.startIndex + positions.lowerBound)..<(items.startIndex + positions.upperBound)])
    }

    /// ⌊part · total / count⌋ without overflowing: `total` and `count` are at most `Int.max`.
    private func bound(_ part: Int, of total: Int) -> Int {
        let (high, low) = total.multipliedFullWidth(by: part)
        return count.dividingFullWidth((high, low)).quotient
    }
}
