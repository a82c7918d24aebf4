import Foundation
import Testing
import XLSX

/// `--shard K/N`: the input list cut into N consecutive slices, the same on every host.
@Suite struct InputShardTests {
    @Test func shardsOfAGeneratedListAreDisjointCompleteAndInOrder() throws {
        for total in [0, 1, 2, 7, 10, 199, 200, 1_000] {
            let paths = (0..<total).map { String(format: "dept%04d.xlsx", $0) }
            for count in [1, 2, 3, 8, 16, 250] {
                let shards = (1...count).map { InputShard(index: $0, count: count)!.slice(of: paths) }
                // Concatenated in shard order they are the list itself: nothing twice, nothing left out.
                #expect(shards.flatMap { $0 } == paths, "total \(total), \(count) shards")
                let sizes = shards.map(\.count)
                #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1, "sizes \(sizes)")
            }
        }
    }

    @Test func aShardIsTheDocumentedSliceOfTheList() throws {
        let ten = Array(0..<10)
        #expect(try InputShard(parsing: "1/3").slice(of: ten) == [0, 1, 2])
        #expect(try InputShard(parsing: "2/3").slice(of: ten) == [3, 4, 5])
        #expect(try InputShard(parsing: "3/3").slice(of: ten) == [6, 7, 8, 9])
        #expect(try InputShard(parsing: "4/4").slice(of: [1, 2]) == [2])
        #expect(try InputShard(parsing: "1/4").slice(of: [1, 2]) == [])
        #expect(InputShard(index: 3, count: Int.max)!.range(inListOf: Int.max) == 2..<3)
    }

    @Test func shardTextIsKOverNCountedFromOne() throws {
        #expect(try InputShard(parsing: "1/1") == InputShard(index: 1, count: 1))
        #expect(try InputShard(parsing: "03/16") == InputShard(index: 3, count: 16))
        #expect(try InputShard(parsing: "7/8").description == "7/8")
        for bad in ["0/4", "5/4", "-1/4", "1/0", "1/-2", "2", "1/2/3", "a/b", "/4", "1/", "１/４", ""] {
            #expect(throws: InputShard.InvalidShard(text: bad), "\(bad)") { try InputShard(parsing: bad) }
        }
        #expect(
            InputShard.InvalidShard(text: "0/4").description
                == "--shard 0/4: K/N の形で 1 ≦ K ≦ N を指定してください（例: 1/4 … 4/4） / give K/N with 1 ≤ K ≤ N, counted from 1 (for example 1/4 … 4/4)")
    }

    @Test func aFileGetsTheSameShardWhateverOrderTheFolderWasFilledIn() throws {
        let names = (0..<40).map { "課\($0 % 7)/提出\($0).xlsx" }
        var shardsPerFolder: [[[String]]] = []
        // Two creation orders: as listed, and a stride permutation (17 is prime to 40).
        for order in [Array(0..<40), (0..<40).map { $0 * 17 % 40 }] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shard-order-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            for position in order {
                let file = folder.appendingPathComponent(names[position])
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data().write(to: file)
            }
            let walk = try InputWalk.expand([folder.path], extensions: ["xlsx"])
            shardsPerFolder.append((1...4).map { InputShard(index: $0, count: 4)!.slice(of: walk.files).map(\.relative) })
        }
        #expect(shardsPerFolder[0] == shardsPerFolder[1])
        #expect(shardsPerFolder[0].flatMap { $0 }.sorted() == names.sorted())
    }
}
