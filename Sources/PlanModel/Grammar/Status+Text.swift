extension Status {
    /// Reads a progress word as departments write it: 順調, 概ね順調, 達成 (on track);
    /// 遅れ, 遅れが生じている, 未達成, やや遅れ (delayed). Full-width or with bullets and
    /// spaces around. Returns nil for anything else.
    public init?(text: String) {
        var key = MatchingKey(text).rawValue
        while let first = key.unicodeScalars.first, TextScan.isBullet(first) { key.unicodeScalars.removeFirst() }
        if key.hasSuffix("。") { key.removeLast() }
        switch key {
        case "順調", "概ね順調", "おおむね順調", "達成": self = .onTrack
        case "遅れ", "遅れあり", "遅れが生じている", "やや遅れ", "遅延", "未達成", "未達": self = .delayed
        default:
            // Sentences: `遅れが生じている取組` is delayed; `順調に進捗している` on track,
            // but `順調ではない` is neither read as on track nor guessed.
            if TextSearch.contains("遅れ", in: key) || TextSearch.contains("未達", in: key) {
                self = .delayed
            } else if key.hasPrefix("順調に") || key.hasPrefix("概ね順調に") {
                self = .onTrack
            } else {
                return nil
            }
        }
    }

    /// The word a report prints: 順調 or 遅れ.
    public var japaneseLabel: String {
        switch self {
        case .onTrack: "順調"
        case .delayed: "遅れ"
        }
    }
}
