import Foundation
import Testing
@testable import XLSX

/// What an external program printed and returned.
struct ToolResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Helpers shared by the writer suites: scratch files and the independent readers
/// (openpyxl, LibreOffice, xmllint) that check what PlanSheet writes.
enum WriterTestSupport {
    /// A fresh scratch folder for one test.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Finds a program on PATH, failing the test with the fix when it is missing.
    static func requireTool(_ name: String) throws -> String {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw ToolMissing(message: "\(name) is not installed; run Scripts/setup.sh")
    }

    struct ToolMissing: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// Runs a program and waits for it.
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> ToolResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let scratch = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close(); try err.close()
        return ToolResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// One part of a written workbook as text, e.g. `xl/worksheets/sheet1.xml`.
    static func part(_ name: String, of workbook: Data) throws -> String {
        let archive = try ZipArchive(data: workbook, fileName: "written.xlsx")
        let entry = try #require(archive.entry(named: name), "no part \(name)")
        return String(decoding: try archive.contents(of: entry, limits: .default), as: UTF8.self)
    }

    /// Every cell of every sheet as openpyxl reads it: sheet name → rows → typed text
    /// (`s:text`, `n:repr(float)`, `b:True`, `d:isoformat`, `e:#N/A`, `f:=formula`, or `-` for empty).
    static func openpyxlCells(_ url: URL) throws -> [String: [[String]]] {
        let python = try requireTool("python3")
        let script = """
            import sys, json, datetime
            try:
                import openpyxl
            except ImportError:
                print("openpyxl is not installed; run Scripts/setup.sh", file=sys.stderr); sys.exit(3)
            book = openpyxl.load_workbook(sys.argv[1])
            out = {}
            for ws in book.worksheets:
                rows = []
                for row in ws.iter_rows():
                    cells = []
                    for c in row:
                        v = c.value
                        if v is None: cells.append("-")
                        elif c.data_type == "f": cells.append("f:" + str(v))
                        elif c.data_type == "e": cells.append("e:" + str(v))
                        elif isinstance(v, bool): cells.append("b:" + str(v))
                        elif isinstance(v, (datetime.datetime, datetime.date, datetime.time)): cells.append("d:" + v.isoformat())
                        elif isinstance(v, datetime.timedelta): cells.append("t:" + str(v.total_seconds()))
                        elif isinstance(v, (int, float)): cells.append("n:" + repr(float(v)))
                        else: cells.append("s:" + str(v))
                    rows.append(cells)
                out[ws.title] = rows
            print(json.dumps(out, ensure_ascii=False))
            """
        let result = try run(python, ["-c", script, url.path])
        guard result.status == 0 else { throw ToolMissing(message: "openpyxl failed on \(url.lastPathComponent): \(result.stderr)") }
        return try JSONDecoder().decode([String: [[String]]].self, from: Data(result.stdout.utf8))
    }

    /// The first sheet as LibreOffice converts it to UTF-8 CSV, values as formatted (headless, private profile).
    static func libreOfficeCSV(_ url: URL) throws -> String {
        let soffice = try requireTool("soffice")
        let outDir = try scratchDirectory()
        let profile = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: outDir); try? FileManager.default.removeItem(at: profile) }
        let result = try run(
            soffice,
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false", "--outdir", outDir.path, url.path,
            ])
        let csvURL = outDir.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".csv")
        guard let data = FileManager.default.contents(atPath: csvURL.path) else {
            throw ToolMissing(message: "LibreOffice did not convert \(url.lastPathComponent): \(result.stdout) \(result.stderr)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `xmllint --noout` on every XML part of a workbook; returns the parts checked.
    @discardableResult
    static func expectWellFormedParts(_ url: URL) throws -> [String] {
        let xmllint = try requireTool("xmllint")
        let python = try requireTool("python3")
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let unzip = try run(
            python,
            [
                "-c",
                "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2]); print('\\n'.join(z.namelist()))",
                url.path, dir.path,
            ])
        #expect(unzip.status == 0, "zip is damaged: \(unzip.stderr)")
        let parts = unzip.stdout.split(separator: "\n").map(String.init)
        for part in parts {
            let lint = try run(xmllint, ["--noout", dir.appendingPathComponent(part).path])
            #expect(lint.status == 0, "\(part) is not well-formed XML: \(lint.stderr)")
        }
        return parts
    }
}
