import Foundation
import PlanIO
import Yams

extension LayoutProfile {
    /// The largest profile file read: a profile is a page of text, a larger file is not one.
    public static let maximumFileSize = 1 << 20

    /// Reads a profile file; `name` is how messages name it (default: the path).
    /// - Throws: ``LayoutProfileError`` naming the file, the line and the key.
    public init(contentsOf url: URL, name: String? = nil) throws {
        let shown = name ?? url.path
        let data: Data
        do {
            let size = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
            guard size <= Self.maximumFileSize else {
                throw LayoutProfileError(
                    file: shown, line: 0, key: "",
                    ja: "プロファイルが大きすぎます（\(size) バイト、上限 \(Self.maximumFileSize)）",
                    en: "the profile is too large (\(size) bytes, at most \(Self.maximumFileSize))")
            }
            data = try Data(contentsOf: url)
        } catch let error as LayoutProfileError {
            throw error
        } catch {
            throw LayoutProfileError(file: shown, line: 0, key: "", ja: "プロファイルを読めません", en: "cannot read the profile: \(error.localizedDescription)")
        }
        // Windows Notepad writes a byte order mark; it is not part of the first key.
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        guard let text = String(data: body, encoding: .utf8) else {
            throw LayoutProfileError(
                file: shown, line: 0, key: "", ja: "プロファイルが UTF-8 ではありません（UTF-8 で保存してください）",
                en: "the profile is not UTF-8 text; save it as UTF-8")
        }
        try self.init(yaml: text, file: shown)
    }

    /// Parses a profile's YAML text; `file` names it in messages.
    /// - Throws: ``LayoutProfileError`` naming the file, the line and the key.
    public init(yaml: String, file: String) throws {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw LayoutProfileParser.syntaxError(error, file: file)
        }
        guard let root else {
            throw LayoutProfileError(file: file, line: 0, key: "", ja: "プロファイルが空です", en: "the profile is empty")
        }
        var parser = LayoutProfileParser(file: file)
        self = try parser.profile(root)
    }
}
