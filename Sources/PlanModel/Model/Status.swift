/// Self-assessed progress of an initiative: 順調 or 遅れ.
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// 順調 (also 概ね順調, 達成).
    case onTrack
    /// 遅れ (also 遅れが生じている, 未達成).
    case delayed
}
