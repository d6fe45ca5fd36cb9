/// A place in a text: byte offset, and 1-based line and column (columns
/// count Unicode scalars, as editors count characters).
public struct TextPosition: Sendable, Equatable, CustomStringConvertible {
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The position of byte `offset` in `bytes` (clamped to the text).
    public init(offset: Int, in bytes: [UInt8]) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1, lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Continuation bytes (10xxxxxx) do not start a character.
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        self.init(offset: end, line: line, column: column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Finds where a JSON Pointer (RFC 6901) lands in a JSON text.
///
/// A separate pass over text that has already parsed, so the ordinary
/// parser stays as fast as it is: tools that need positions (schema
/// validation in editors) pay for them, nobody else does. Among duplicate
/// members the last one wins, as it does in `JSONParser`.
public enum JSONLocator {
    /// The byte offset where the value at `pointer` starts, or, with
    /// `memberName`, where the member's quoted name starts (for an array
    /// element, the element itself). Nil when the text has no such value.
    public static func offset(of pointer: String, in bytes: [UInt8], memberName: Bool = false) -> Int? {
        guard let tokens = tokens(of: pointer) else { return nil }
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        var keyOffset = scanner.index
        for token in tokens {
            guard let (k, v) = scanner.descend(token) else { return nil }
            keyOffset = k
            scanner.index = v
        }
        return memberName ? keyOffset : scanner.index
    }

    /// The reference tokens of a pointer ("" is the whole text); nil when it does not start with "/".
    public static func tokens(of pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(unescape)
    }

    /// A pointer from reference tokens, escaping "~" and "/".
    public static func pointer(_ tokens: [String]) -> String {
        var out = ""
        for token in tokens {
            out += "/"
            for c in token {
                switch c {
                case "~": out += "~0"
                case "/": out += "~1"
                default: out.append(c)
                }
            }
        }
        return out
    }

    /// "~1" is "/", "~0" is "~" (in that order, so "~01" stays "~1").
    static func unescape(_ token: Substring) -> String {
        var out = ""
        var tilde = false
        for c in token {
            if tilde {
                out += c == "1" ? "/" : c == "0" ? "~" : "~" + String(c)
                tilde = false
            } else if c == "~" {
                tilde = true
            } else {
                out.append(c)
            }
        }
        if tilde { out.append("~") }
        return out
    }
}

/// Walks valid JSON text without building values.
private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    /// From the start of a container value, finds the child named by `token`:
    /// the offsets of its member name (or element) and of its value.
    mutating func descend(_ token: String) -> (Int, Int)? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var found: (Int, Int)?
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return found }
                let keyStart = index
                let name = readString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return found }
                index += 1
                skipWhitespace()
                if name == token { found = (keyStart, index) }
                skipValue()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return found }
                index += 1
            }
        case UInt8(ascii: "["):
            guard let wanted = Int(token), wanted >= 0, token == String(wanted) else { return nil }
            index += 1
            var n = 0
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { return nil }
                if n == wanted { return (index, index) }
                skipValue()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                n += 1
            }
        default:
            return nil
        }
    }

    /// Reads a string token at `index` and returns its decoded text.
    mutating func readString() -> String? {
        let start = index
        index += 1
        var escaped = false
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\\") { escaped = true; index += 2; continue }
            index += 1
            if b == UInt8(ascii: "\"") { break }
        }
        let slice = bytes[start..<min(index, bytes.count)]
        if !escaped { return String(decoding: slice.dropFirst().dropLast(), as: UTF8.self) }
        return (try? JSONParser.parse(slice))?.stringValue
    }

    /// Moves past one value (strings, numbers, literals and nested containers).
    mutating func skipValue() {
        guard index < bytes.count else { return }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            _ = readString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") { _ = readString(); continue }
                index += 1
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
        default:
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { return }
                index += 1
            }
        }
    }
}
