extension Status {
    /// Reads a progress word as departments write it: 順調, 概ね順調, 達成, 概ね達成, 計画どおり (on track);
    /// 遅れ, 遅れが生じている, 未達成, やや遅れ (delayed). Full-width or with bullets and
    /// spaces around. Returns nil for anything else.
    public init?(text: String) {
        self.init(key: MatchingKey(text))
    }

    /// Reads a progress word from its matching key, as ``init(text:)`` does once it has made the key:
    /// for a caller that made the key already (a status legend looks its symbols up by the key).
    public init?(key matchingKey: MatchingKey) {
        var key = matchingKey.rawValue
        while let first = key.unicodeScalars.first, TextScan.isBullet(first) { key.unicodeScalars.removeFirst() }
        // (Only 。 itself ends in U+3002, so the scalar is looked at before the Character comparison.)
        if key.unicodeScalars.last == "。", key.hasSuffix("。") { key.removeLast() }
        // `順調（計画どおり進捗）`: the word, with a remark in brackets after it.
        if key.unicodeScalars.last == ")", let open = key.firstIndex(of: "("), open > key.startIndex {
            key = String(key[..<open])
        }
        if let status = Self.words[key] {
            self = status
            return
        }
        // Sentences: `遅れが生じている取組` is delayed; `順調に進捗している` on track,
        // but `順調ではない` is neither read as on track nor guessed.
        if TextSearch.contains("遅れ", in: key) || TextSearch.contains("未達", in: key) {
            self = .delayed
        } else if let first = key.unicodeScalars.first, first == "順" || first == "概",
            key.hasPrefix("順調に") || key.hasPrefix("概ね順調に")
        {
            self = .onTrack
        } else {
            return nil
        }
    }

    /// Whole words and their status (looked up, not compared one by one).
    private static let words: [String: Status] = [
        "順調": .onTrack, "概ね順調": .onTrack, "おおむね順調": .onTrack, "達成": .onTrack, "概ね達成": .onTrack,
        "おおむね達成": .onTrack, "ほぼ達成": .onTrack, "計画どおり": .onTrack, "計画通り": .onTrack,
        "遅れ": .delayed, "遅れあり": .delayed, "遅れが生じている": .delayed, "やや遅れ": .delayed, "遅延": .delayed,
        "未達成": .delayed, "未達": .delayed, "計画以上": .onTrack, "計画を上回る": .onTrack, "予定どおり": .onTrack,
        "予定通り": .onTrack, "目標達成": .onTrack, "目標を達成": .onTrack,
    ]

    /// The word a report prints: 順調 or 遅れ.
    public var japaneseLabel: String {
        switch self {
        case .onTrack: "順調"
        case .delayed: "遅れ"
        }
    }
}
