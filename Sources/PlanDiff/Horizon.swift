import PlanModel

/// Which fiscal years two plan versions both cover, so that a target of a year only one
/// version covers (R2 in the first-adopted plan against an R3 revision covering R3–R4)
/// is not reported as removed or added.
public struct Horizon: Sendable, Hashable {
    /// The years the old version sets targets for.
    public var old: [Int]
    /// The years the new version sets targets for.
    public var new: [Int]

    /// Makes a horizon from each side's years.
    public init(old: [Int], new: [Int]) {
        self.old = old
        self.new = new
    }

    /// Whether each side names years: a version without any (qualitative targets only)
    /// covers every year, so nothing is set aside.
    public var limitsComparison: Bool { !old.isEmpty && !new.isEmpty }

    /// The years whose targets are compared: those both versions cover (every year when ``limitsComparison`` is false).
    public var compared: [Int] {
        limitsComparison ? old.filter(Set(new).contains) : Array(Set(old).union(new)).sorted()
    }

    /// Years only the old version covers (their targets are not changes).
    public var oldOnly: [Int] { limitsComparison ? old.filter { !new.contains($0) } : [] }

    /// Years only the new version covers (their targets are not changes).
    public var newOnly: [Int] { limitsComparison ? new.filter { !old.contains($0) } : [] }

    /// Whether a target of `year` is compared (a target naming no year always is).
    public func compares(_ year: Int?) -> Bool {
        guard let year, limitsComparison else { return true }
        return old.contains(year) && new.contains(year)
    }

    /// The summary line every rendering prints:
    /// `比較した年度: R3, R4（R2 は 当初 のみの年度のため比較対象外）`; nil when neither version names a year.
    public func sentence(oldName: String, newName: String) -> String? {
        guard !old.isEmpty || !new.isEmpty else { return nil }
        var text = "比較した年度: " + Self.list(compared)
        var outside: [String] = []
        if !oldOnly.isEmpty { outside.append("\(Self.list(oldOnly)) は \(oldName) のみ") }
        if !newOnly.isEmpty { outside.append("\(Self.list(newOnly)) は \(newName) のみ") }
        if !outside.isEmpty { text += "（" + outside.joined(separator: "、") + "の年度のため比較対象外）" }
        return text
    }

    /// `R3, R4`, or `なし`.
    private static func list(_ years: [Int]) -> String {
        years.isEmpty ? "なし" : years.map { FiscalYear($0).description }.joined(separator: ", ")
    }
}
