import PlanModel

/// The form in which two versions' titles and names are compared: PlanModel's
/// ``MatchingKey`` (NFKC, white space removed, dash variants unified), so that
/// `ＡＩ－ＯＣＲ 利用枚数` and `AI-OCR利用枚数` are the same name.
///
/// Titles are kept as written in the plans; only comparisons use this form.
enum ComparisonKey {
    /// The comparison form of `text`.
    static func of(_ text: String) -> String {
        MatchingKey(text).rawValue
    }
}
