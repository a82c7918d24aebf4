import Foundation
import Testing
@testable import XLSX
import TestSupport

@Suite struct ZipReadingTests {
    private func contents(_ archive: ZipArchive, _ name: String) throws -> String {
        let entry = try #require(archive.entry(named: name))
        return String(decoding: try archive.contents(of: entry, limits: .default), as: UTF8.self)
    }

    @Test func readsStoredAndDeflatedEntries() throws {
        var zip = ZipFixtureBuilder()
        zip.add("a.txt", "stored text", deflate: false)
        zip.add("b.txt", String(repeating: "deflated ", count: 1000))
        let archive = try ZipArchive(data: zip.build(), fileName: "t.zip")
        #expect(try contents(archive, "a.txt") == "stored text")
        #expect(try contents(archive, "b.txt") == String(repeating: "deflated ", count: 1000))
    }

    @Test func findsTheEndRecordBehindAnArchiveComment() throws {
        var zip = ZipFixtureBuilder()
        zip.add("x.xml", "<x/>")
        zip.comment = String(repeating: "comment PK\u{05}\u{06} ", count: 300)
        let archive = try ZipArchive(data: zip.build(), fileName: "t.zip")
        #expect(try contents(archive, "x.xml") == "<x/>")
    }

    @Test func readsZip64EndRecordsAndExtraFields() throws {
        var zip = ZipFixtureBuilder()
        zip.entries.append(.init(name: "big.xml", contents: Array("<sixty-four/>".utf8), zip64: true))
        zip.zip64EndRecord = true
        let archive = try ZipArchive(data: zip.build(), fileName: "t.zip")
        #expect(try contents(archive, "big.xml") == "<sixty-four/>")
    }

    @Test func readsEntriesWrittenWithDataDescriptors() throws {
        var zip = ZipFixtureBuilder()
        zip.entries.append(.init(name: "d.xml", contents: Array("<described/>".utf8), dataDescriptor: true))
        let archive = try ZipArchive(data: zip.build(), fileName: "t.zip")
        #expect(try contents(archive, "d.xml") == "<described/>")
    }

    @Test func matchesPartNamesCaseInsensitivelyWithBackslashesAndLeadingSlash() throws {
        var zip = ZipFixtureBuilder()
        zip.add("xl\\Workbook.XML", "<w/>")
        zip.add("/xl/styles.xml", "<s/>")
        let archive = try ZipArchive(data: zip.build(), fileName: "t.zip")
        #expect(try contents(archive, "xl/workbook.xml") == "<w/>")
        #expect(try contents(archive, "/XL/STYLES.xml") == "<s/>")
    }

    @Test func checksEveryEntrysCRC() throws {
        var zip = ZipFixtureBuilder()
        zip.entries.append(.init(name: "x.xml", contents: Array("<x/>".utf8), crcXor: 1))
        let archive = try ZipArchive(data: zip.build(), fileName: "bad.zip")
        #expect(throws: XLSXError.checksumMismatch(file: "bad.zip", part: "x.xml")) { try contents(archive, "x.xml") }
    }

    @Test func refusesEncryptedEntriesAndUnknownMethods() throws {
        var zip = ZipFixtureBuilder()
        zip.entries.append(.init(name: "secret.xml", contents: Array("<x/>".utf8), encrypted: true))
        zip.entries.append(.init(name: "bzip.xml", contents: Array("<x/>".utf8), method: 12))
        let archive = try ZipArchive(data: zip.build(), fileName: "t.zip")
        #expect(throws: XLSXError.encryptedEntry(file: "t.zip", part: "secret.xml")) { try contents(archive, "secret.xml") }
        #expect(throws: XLSXError.unsupportedCompression(file: "t.zip", part: "bzip.xml", method: 12)) { try contents(archive, "bzip.xml") }
    }

    @Test func namesOLE2FilesAsEncryptedOrLegacyWorkbooks() throws {
        let ole = Data(ZipArchive.ole2Signature + [UInt8](repeating: 0, count: 504))
        #expect(throws: XLSXError.encryptedOrLegacyWorkbook(file: "book.xlsx")) { try ZipArchive(data: ole, fileName: "book.xlsx") }
    }

    @Test func reportsTruncatedArchivesAndNonArchives() throws {
        var zip = ZipFixtureBuilder()
        zip.add("x.xml", String(repeating: "<x/>", count: 100))
        let whole = zip.build()
        #expect(throws: XLSXError.truncatedArchive(file: "cut.zip", detail: "no end of central directory record")) {
            try ZipArchive(data: whole.prefix(whole.count / 2), fileName: "cut.zip")
        }
        #expect(throws: XLSXError.notAZipArchive(file: "empty.xlsx")) { try ZipArchive(data: Data(), fileName: "empty.xlsx") }
        #expect(throws: XLSXError.notAZipArchive(file: "text.xlsx")) {
            try ZipArchive(data: Data(String(repeating: "not a zip ", count: 10).utf8), fileName: "text.xlsx")
        }
    }

    @Test func stopsAZipBombAtItsDeclaredSize() throws {
        var zip = ZipFixtureBuilder()
        // 64 MiB of zeros deflate to about 64 KiB; the header claims 1 KiB.
        zip.entries.append(.init(name: "bomb.xml", contents: [UInt8](repeating: 0x20, count: 64 << 20), declaredSize: 1024))
        let archive = try ZipArchive(data: zip.build(), fileName: "bomb.xlsx")
        let entry = try #require(archive.entry(named: "bomb.xml"))
        var seen = 0
        #expect(throws: XLSXError.limitExceeded(file: "bomb.xlsx", part: "bomb.xml", limit: "inflates past its declared size of 1024 bytes")) {
            try archive.read(entry, limits: .default) { seen += $0.count }
        }
        #expect(seen <= 1024)
    }

    @Test func refusesEntriesLargerThanTheLimitBeforeInflating() throws {
        var zip = ZipFixtureBuilder()
        zip.add("big.xml", String(repeating: "a", count: 10_000))
        let archive = try ZipArchive(data: zip.build(), fileName: "t.xlsx")
        let entry = try #require(archive.entry(named: "big.xml"))
        var limits = ReadLimits.default
        limits.maxEntrySize = 1000
        var called = false
        #expect(throws: XLSXError.self) { try archive.read(entry, limits: limits) { _ in called = true } }
        #expect(!called)
    }
}

/// Packages that different readers would show differently, and overlapping-entry zip bombs, are refused naming the reason.
@Suite struct ZipAmbiguityTests {
    private func refusal(_ zip: ZipFixtureBuilder) throws -> String {
        let error = try #require(throws: XLSXError.self) {
            let archive = try ZipArchive(data: zip.build(), fileName: "t.zip")
            for entry in archive.entries { _ = try archive.contents(of: entry, limits: .default) }
        }
        return error.description
    }

    @Test func refusesTwoEntriesWithTheSameName() throws {
        var zip = ZipFixtureBuilder()
        zip.add("xl/worksheets/sheet1.xml", "<a/>")
        zip.add("xl/worksheets/sheet1.xml", "<b/>")
        #expect(
            try refusal(zip)
                == "t.zip: corrupt archive entry xl/worksheets/sheet1.xml: the archive holds two entries with this name (readers would disagree on which one counts)"
        )
    }

    @Test(arguments: ["XL/Worksheets/Sheet1.xml", "xl\\worksheets\\sheet1.xml", "/xl/worksheets/sheet1.xml"])
    func refusesNamesThatDifferOnlyInCaseOrSeparators(second: String) throws {
        var zip = ZipFixtureBuilder()
        zip.add("xl/worksheets/sheet1.xml", "<a/>")
        zip.add(second, "<b/>")
        #expect(
            try refusal(zip)
                == "t.zip: corrupt archive entry \(second): its name differs from the entry xl/worksheets/sheet1.xml only in case or separators (readers would disagree on which one counts)"
        )
    }

    @Test func refusesEntriesThatShareCompressedBytes() throws {
        var zip = ZipFixtureBuilder()
        zip.add("a.xml", String(repeating: "<row/>", count: 10_000))
        for index in 1...50 { zip.entries.append(.init(name: "copy\(index).xml", contents: [], sharesDataOf: 0)) }
        #expect(try refusal(zip).hasSuffix("its data overlaps the entry copy1.xml (overlapping entries, a zip bomb technique)"))
    }

    @Test func refusesALocalHeaderWhoseNameDisagreesWithTheCentralDirectory() throws {
        var zip = ZipFixtureBuilder()
        zip.entries.append(.init(name: "xl/workbook.xml", contents: Array("<w/>".utf8), localName: "xl/evil.xml"))
        #expect(
            try refusal(zip) == "t.zip: corrupt archive entry xl/workbook.xml: its local header disagrees with the central directory (local name xl/evil.xml)")
    }

    @Test func refusesALocalHeaderWhoseChecksumDisagreesWithTheCentralDirectory() throws {
        var zip = ZipFixtureBuilder()
        zip.entries.append(.init(name: "xl/workbook.xml", contents: Array("<w/>".utf8), localCRCXor: 1))
        #expect(try refusal(zip) == "t.zip: corrupt archive entry xl/workbook.xml: its local header disagrees with the central directory (CRC-32)")
    }

    @Test func refusesEntriesDeclaringFarMoreThanTheArchiveCouldHold() throws {
        var zip = ZipFixtureBuilder()
        // 40 MiB declared in a few hundred bytes: beyond any honest deflate ratio, refused before inflating.
        zip.entries.append(.init(name: "big.xml", contents: Array("<x/>".utf8), declaredSize: 40 << 20))
        let data = zip.build()
        let archive = try ZipArchive(data: data, fileName: "t.zip")
        let entry = try #require(archive.entry(named: "big.xml"))
        // With the part's own ratio raised, the whole archive's still applies.
        let limits = ReadLimits(maxCompressionRatio: .max)
        let error = try #require(throws: XLSXError.self) { try archive.read(entry, limits: limits) { _ in } }
        #expect(
            error
                == .limitExceeded(
                    file: "t.zip", part: "(whole archive)",
                    limit: "the parts read declare \(40 << 20) bytes, more than 500 times the archive's \(data.count) bytes"))
        // A caller that trusts the file raises the limit; the entry then fails on its real size.
        var raised = limits
        raised.maxArchiveRatio = 1_000_000
        #expect(throws: XLSXError.corruptArchive(file: "t.zip", part: "big.xml", detail: "inflated to 4 bytes, the archive declares \(40 << 20)")) {
            try archive.read(entry, limits: raised) { _ in }
        }
    }
}
