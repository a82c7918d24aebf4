import Foundation

/// A cheap first test before Foundation's `contains(_:)` / `range(of:)` on a word.
///
/// Foundation's search (the one `import Foundation` gives `String`) compares by canonical
/// equivalence, through NSString, and costs thousands of instructions per call even when the
/// word is absent; the importer asks it about dozens of words for every header and status cell.
/// In an NFC or NFKC text (a `MatchingKey`, or text cut from one), a word of characters that have
/// no canonical decomposition (kanji, kana without voicing marks, ASCII) is found by Foundation only
/// where its UTF-8 bytes stand in the text, so a text without those bytes is passed over and the
/// others still get Foundation's answer: the result is Foundation's, byte for byte.
public enum TextSearch {
    /// `text.contains(word)` as Foundation answers it, asked only when the bytes are there: for a
    /// normalized `text` and a `word` of characters without canonical decomposition.
    public static func contains(_ word: String, in text: String) -> Bool {
        holdsBytes(of: word, in: text) && text.contains(word)
    }

    /// `text.range(of: word, options: .backwards)` as Foundation answers it, asked only when the
    /// bytes are there (same conditions as ``contains(_:in:)``).
    public static func lastRange(of word: String, in text: String) -> Range<String.Index>? {
        guard holdsBytes(of: word, in: text) else { return nil }
        return text.range(of: word, options: .backwards)
    }

    /// Whether the UTF-8 of `text` holds the UTF-8 of `word` as a contiguous run (true for an
    /// empty word).
    public static func holdsBytes(of word: String, in text: String) -> Bool {
        var word = word
        var text = text
        return word.withUTF8 { needle in
            text.withUTF8 { haystack in
                guard let first = needle.first else { return true }
                guard needle.count <= haystack.count else { return false }
                var start = 0
                let lastStart = haystack.count - needle.count
                while start <= lastStart {
                    if haystack[start] == first {
                        var matched = 1
                        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
