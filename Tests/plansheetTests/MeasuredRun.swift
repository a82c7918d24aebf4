import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// One run of the `plansheet` binary with its peak memory, measured by the kernel.
struct MeasuredRun {
    var status: Int32
    var stdout: Data
    var stderr: String
    /// The child's peak resident set size (`ru_maxrss` from `wait4`), in bytes.
    var peakMemory: Int
    /// Whether the run had to be killed at the timeout.
    var timedOut: Bool
}

/// Runs `plansheet` with `arguments`, standard input from /dev/null, and kills it
/// (SIGKILL to its process group) if it is still running after `timeout` seconds: a
/// hostile file must end in an error, not a hang.
///
/// Peak memory is what GNU time (`/usr/bin/time -f %M`) reports. `wait4` on a child
/// spawned straight from this process cannot be used: posix_spawn shares this (large)
/// test process's memory until exec, and Linux counts that memory's high-water mark
/// into the child's `ru_maxrss`. GNU time forks from its own small image instead.
func runPlansheetMeasured(_ arguments: [String], timeout: TimeInterval = 120) throws -> MeasuredRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-measured-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outPath = scratch.appendingPathComponent("stdout").path, errPath = scratch.appendingPathComponent("stderr").path
    let memoryPath = scratch.appendingPathComponent("maxrss").path

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ["/usr/bin/time", "-f", "%M", "-o", memoryPath, plansheetURL().path] + arguments
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    // A process group of its own, so the timeout kills GNU time and plansheet together.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

    var waitStatus: Int32 = 0
    var usage = rusage()
    var timedOut = false
    let deadline = Date().addingTimeInterval(timeout)
    while wait4(pid, &waitStatus, WNOHANG, &usage) == 0 {
        if Date() > deadline {
            timedOut = true
            kill(-pid, SIGKILL)
            _ = wait4(pid, &waitStatus, 0, &usage)
            break
        }
        usleep(10_000)
    }
    // Exited normally: the code is in bits 8–15 (GNU time passes plansheet's on);
    // killed by a signal: 128 + the signal, as a shell reports it.
    let signal = waitStatus & 0x7F
    let status = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
    // GNU time writes "Command exited with non-zero status N" before the figure; the figure is the last line.
    let report = (try? String(contentsOfFile: memoryPath, encoding: .utf8)) ?? ""
    let kilobytes = report.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    return MeasuredRun(
        status: status, stdout: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
        stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
        peakMemory: kilobytes.map { $0 * 1024 } ?? Int.max, timedOut: timedOut)
}
