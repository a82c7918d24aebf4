import PlanModel
import XLSX

/// A missing input, an unreadable folder or a folder over `--max-files`, worded once by XLSX's
/// `InputWalk.Failure` for every command and library user: `PATH: 日本語 / English`.
extension InputWalk.Failure: BilingualError {}
