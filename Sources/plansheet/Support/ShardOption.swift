import ArgumentParser
import XLSX

/// `--shard K/N` for the commands that read many inputs (`convert`, `import`).
enum ShardOption {
    /// The option's help, the same for every command.
    static let help = ArgumentHelp(
        "Read only shard K of N of the input list, counted from 1 (1/4 … 4/4): the list in byte order of the paths, "
            + "cut into N consecutive slices of nearly equal size; shards 1…N together are the whole run. See Docs/BULK.md.",
        valueName: "k/n")

    /// Reads `K/N` for `@Option(transform:)`; a bad value is a usage error (exit 2) in both languages.
    static func parse(_ text: String) throws -> InputShard {
        do {
            return try InputShard(parsing: text)
        } catch let error as InputShard.InvalidShard {
            throw ValidationError(error.description)
        }
    }
}
