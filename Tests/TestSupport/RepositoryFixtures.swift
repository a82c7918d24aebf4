import Foundation

/// Files the repository itself carries for tests: the workbooks of `Tests/Fixtures/workbooks`
/// (written by its `make_workbooks.py`) and the bundled `Samples/`.
public enum RepositoryFixtures {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/workbooks`.
    public static let workbooks = root.appendingPathComponent("Tests/Fixtures/workbooks")

    /// A workbook of `Tests/Fixtures/workbooks` by name, e.g. `cell-types.xlsx`.
    public static func workbook(_ name: String) -> URL { workbooks.appendingPathComponent(name) }

    /// A file below `Samples/`, e.g. `seed/r2-gyozaisei-kaikaku.txt`.
    public static func sample(_ relative: String) -> URL { root.appendingPathComponent("Samples").appendingPathComponent(relative) }
}
