/// Reading plans from department submissions and writing them out again:
/// layouts, header synonyms, merged cells, exports and the progress report.
public enum PlanIO {}
