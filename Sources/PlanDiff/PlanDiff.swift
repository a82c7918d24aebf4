/// Comparing two versions of a plan: which initiatives, indicators and targets
/// were added, removed, renamed or revised between them.
public enum PlanDiff {}
