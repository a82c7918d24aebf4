import Foundation

/// Submissions written by openpyxl and by LibreOffice at test time (Fixtures/build_variants.py),
/// built once per test run into a temporary folder.
enum ExternalSubmissions {
    /// The folder holding one sub-folder per variant.
    static let folder: Result<URL, any Error> = Result { try build() }

    /// The variants the script writes.
    static let variants = [
        "openpyxl-table-reiwa", "openpyxl-table-western", "openpyxl-table-filename", "openpyxl-free-text",
        "libreoffice-table", "libreoffice-free-text",
    ]

    struct BuildFailed: Error, CustomStringConvertible {
        var description: String
    }

    private static func build() throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-variants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-io-\(getpid())")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/build_variants.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, out.path, "--libreoffice", profile.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BuildFailed(
                description: "build_variants.py failed (needs python3 with openpyxl and soffice; run Scripts/setup.sh): "
                    + String(decoding: message, as: UTF8.self))
        }
        return out
    }
}
