import DoppelText

/// A list of words stored as one UTF-8 buffer with offsets.
///
/// Word lists are written in source as a single string literal with `|`
/// between entries (large array literals are slow to type-check), and split
/// once, lazily, the first time a `static let` holding the table is read.
/// Appending entry `i` to an output buffer is a bounds-checked `memcpy`.
///
/// - Important: `@unchecked Sendable` because the storage is written once in
///   `init` and never again, and never freed: tables live for the process
///   (they are `static let`s), and plain pointers let worker threads copy a
///   table without touching a shared reference count, which would otherwise
///   serialise every core on the same cache line.
public struct WordTable: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let offsets: UnsafePointer<Int32>  // count + 1 entries
    public let count: Int
    /// True when no entry holds a comma or a double quote (entries never hold line breaks):
    /// CSV writes them as they are.
    public let isPlain: Bool

    public init(_ joined: String, separator: UInt8 = UInt8(ascii: "|")) {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        bytes.reserveCapacity(joined.utf8.count)
        var atStart = true
        var isPlain = true
        for b in joined.utf8 {
            if b == separator {
                offsets.append(Int32(bytes.count))
                atStart = true
                continue
            }
            // Lists are written over several source lines: newlines and the indentation after them are not part of entries.
            if b == 10 || b == 13 { atStart = true; continue }
            if atStart && b == 32 { continue }
            atStart = false
            if b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") { isPlain = false }
            bytes.append(b)
        }
        self.isPlain = isPlain
        if offsets.last != Int32(bytes.count) { offsets.append(Int32(bytes.count)) }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        b.initialize(from: bytes, count: bytes.count)
        let o = UnsafeMutablePointer<Int32>.allocate(capacity: offsets.count)
        o.initialize(from: offsets, count: offsets.count)
        base = UnsafePointer(b)
        self.offsets = UnsafePointer(o)
        count = offsets.count - 1
    }

    /// The bytes of entry `index`.
    @inline(__always) public func entry(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && index < count, "word table index out of range")
        let s = Int(offsets[index]), e = Int(offsets[index + 1])
        return UnsafeBufferPointer(start: base + s, count: e - s)
    }

    @inline(__always) public func append(_ index: Int, to out: inout CellBytes) {
        out.append(contentsOf: entry(index))
    }

    /// Appends a uniformly chosen entry.
    @inline(__always) public func appendRandom(_ r: inout CellRandom, to out: inout CellBytes) {
        append(r.below(count), to: &out)
    }

    /// Appends the entry, lowercased and folded to ASCII letters and digits (for emails, usernames, slugs).
    public func appendFolded(_ index: Int, to out: inout CellBytes) {
        ASCIIFold.append(entry(index), to: &out)
    }

    public func string(_ index: Int) -> String {
        String(decoding: entry(index), as: UTF8.self)
    }

    public func length(_ index: Int) -> Int { Int(offsets[index + 1] - offsets[index]) }

    /// True when `bytes` hold no comma, double quote, CR or LF: CSV writes them as they are.
    static func isPlain(_ bytes: some Sequence<UInt8>) -> Bool {
        !bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
    }
}

/// Records of several columns, written as `a|b|c` lines in one literal.
public struct RecordTable: Sendable {
    let cells: WordTable
    public let columns: Int

    /// `text` holds records separated by `;`, columns by `|`.
    public init(_ text: String, columns: Int) {
        var normalized = ""
        normalized.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars { normalized.unicodeScalars.append(ch == ";" ? "|" : ch) }
        cells = WordTable(normalized)
        self.columns = columns
    }

    public var count: Int { cells.count / columns }

    /// True when no cell of any column holds a comma or a double quote (`WordTable.isPlain`).
    public var isPlain: Bool { cells.isPlain }

    @inline(__always) public func append(_ record: Int, _ column: Int, to out: inout CellBytes) {
        cells.append(record * columns + column, to: &out)
    }

    public func string(_ record: Int, _ column: Int) -> String { cells.string(record * columns + column) }

    /// The bytes of one cell.
    @inline(__always) public func entry(_ record: Int, _ column: Int) -> UnsafeBufferPointer<UInt8> {
        cells.entry(record * columns + column)
    }

    public func appendFolded(_ record: Int, _ column: Int, to out: inout CellBytes) {
        cells.appendFolded(record * columns + column, to: &out)
    }
}

/// Folds Latin text to lowercase ASCII: `Müller` → `muller`, `José` → `jose`; drops anything else.
public enum ASCIIFold {
    public static func append(_ src: UnsafeBufferPointer<UInt8>, to out: inout CellBytes) {
        // At most two bytes out per byte in (`œ` → `oe`); a name fits the stack scratch.
        if src.count <= 24 {
            var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &scratch) { buf in
                let base = buf.baseAddress!.assumingMemoryBound(to: UInt8.self)
                var cursor = ByteCursor(start: base, capacity: buf.count)
                fold(src, into: &cursor)
                out.append(contentsOf: UnsafeBufferPointer(start: base, count: cursor.position - base))
            }
        } else {
            out.appendBounded(2 * src.count) { fold(src, into: &$0) }
        }
    }

    /// Folds `src` into `out`: at most two bytes out per byte in.
    static func fold(_ src: UnsafeBufferPointer<UInt8>, into out: inout ByteCursor) {
        // A local copy of the cursor stays in a register: stores through the caller's could alias it.
        var o = out
        defer { out = o }
        var i = 0
        while i < src.count {
            let b = src[i]
            // ASCII, the common case first: a–z and 0–9 as they are, A–Z lowered, the rest dropped.
            if b &- 97 < 26 || b &- 48 < 10 {
                o.put(b)
                i += 1
            } else if b &- 65 < 26 {
                o.put(b + 32)
                i += 1
            } else if b < 0x80 {
                i += 1
            } else if b == 0xC3, i + 1 < src.count {
                if let f = latin1(src[i + 1]) { o.put(f) }
                i += 2
            } else if b == 0xC5, i + 1 < src.count {
                // Œ œ Š š Ž ž Ł ł are the ones seen in the name lists.
                switch src[i + 1] {
                case 0x92, 0x93: o.put(UInt8(ascii: "o")); o.put(UInt8(ascii: "e"))
                case 0xA0, 0xA1: o.put(UInt8(ascii: "s"))
                case 0xBD, 0xBE: o.put(UInt8(ascii: "z"))
                case 0x81, 0x82: o.put(UInt8(ascii: "l"))
                default: break
                }
                i += 2
            } else {
                // Skip the rest of a multi-byte sequence.
                i += 1
                while i < src.count, src[i] & 0xC0 == 0x80 { i += 1 }
            }
        }
    }

    /// The ASCII letter for the second byte of a `C3 xx` (Latin-1 supplement) sequence.
    @inline(__always) static func latin1(_ c: UInt8) -> UInt8? {
        switch c & 0xDF {  // fold the upper-case half onto the lower-case half
        case 0x80...0x85: return UInt8(ascii: "a")  // àáâãäå
        case 0x87: return UInt8(ascii: "c")
        case 0x88...0x8B: return UInt8(ascii: "e")
        case 0x8C...0x8F: return UInt8(ascii: "i")
        case 0x91: return UInt8(ascii: "n")
        case 0x92...0x96, 0x98: return UInt8(ascii: "o")
        case 0x99...0x9C: return UInt8(ascii: "u")
        case 0x9D: return UInt8(ascii: "y")
        case 0x9F: return c == 0x9F ? UInt8(ascii: "s") : UInt8(ascii: "y")
        default: return nil
        }
    }
}
