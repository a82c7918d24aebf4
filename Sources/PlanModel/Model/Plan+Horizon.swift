extension Plan {
    /// The plan's horizon: the fiscal years it sets targets for (the years of its target
    /// columns or target lines), ascending. A revised plan usually covers the years ahead
    /// only (the R3 revision lists R3 and R4), so a year outside it is not covered, not dropped.
    public var fiscalYears: [Int] {
        var years = Set<Int>()
        for initiative in initiatives {
            for indicator in initiative.indicators {
                for target in indicator.targets { if let year = target.fiscalYear { years.insert(year) } }
            }
        }
        return years.sorted()
    }
}
