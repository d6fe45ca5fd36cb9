/// Fills `{name}` slots of a template in one pass over its bytes: the row-text
/// writers run once per cell, where Foundation's `replacingOccurrences` chains
/// cost more than the rest of the row.
enum SlotFill {
    /// `template` with each `{key}` replaced by `value(key)`; unknown keys are kept as written.
    static func fill(_ template: String, _ value: (Substring) -> String?) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        out.reserveCapacity(template.utf8.count + 64)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let key = rest[rest.index(after: open)..<close]
            if let v = value(key) { out += v } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
