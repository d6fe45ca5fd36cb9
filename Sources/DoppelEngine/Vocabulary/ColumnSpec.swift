import DoppelJSON

/// What is known about a column from its name: storage type, generator kind
/// and the options that make values realistic. The planner writes it into the
/// fields it plans; the resolver fills a field that names no kind from it.
package struct ColumnSpec: Equatable, Sendable {
    package var type: FieldType
    package var kind: String?
    package var values: [JSON]?
    package var weights: [Double]?
    package var min: Double?
    package var max: Double?
    package var distribution: Distribution?
    package var precision: Int?
    package var pattern: String?
    package var probability: Double?
    package var unique = false
    package var nullable: Double?

    package init(_ type: FieldType, _ kind: String? = nil) {
        self.type = type
        self.kind = kind
    }

    /// Parses the compact form used by the lexicon tables:
    /// `decimal commerce.price 1..500 lognormal p2`,
    /// `string enum values=low:3|medium:4|high:2`, `string id.pattern pattern=INV-######`,
    /// `boolean prob=0.2`, `string internet.email unique`, `date date.past null=0.1`.
    /// `~` in a value stands for a space.
    package init(_ text: String) {
        self.init(.string)
        var first = true
        for part in text.split(separator: " ") {
            let p = String(part)
            if first, let t = FieldType(rawValue: p) {
                type = t
                first = false
                continue
            }
            first = false
            if p == "enum" || p == "boolean" || (p.contains(".") && !p.contains("..") && !p.contains("=")) {
                kind = p
            } else if let range = p.range(of: ".."), let lo = Double(p[..<range.lowerBound]), let hi = Double(p[range.upperBound...]) {
                min = lo
                max = hi
            } else if let d = Distribution(rawValue: p) {
                distribution = d
            } else if p.hasPrefix("p"), let n = Int(p.dropFirst()) {
                precision = n
            } else if p == "unique" {
                unique = true
            } else if p.hasPrefix("null="), let v = Double(p.dropFirst(5)) {
                nullable = v
            } else if p.hasPrefix("prob="), let v = Double(p.dropFirst(5)) {
                probability = v
            } else if p.hasPrefix("pattern=") {
                pattern = String(p.dropFirst(8)).replacingTilde()
                if kind == nil { kind = "id.pattern" }
            } else if p.hasPrefix("values=") {
                var vs: [JSON] = []
                var ws: [Double] = []
                for item in p.dropFirst(7).split(separator: "|") {
                    let pieces = item.split(separator: ":", maxSplits: 1)
                    let raw = String(pieces[0]).replacingTilde()
                    if type == .integer, let n = Int64(raw) { vs.append(.int(n)) } else if type == .decimal || type == .float, let d = Double(raw) {
                        vs.append(.double(d))
                    } else {
                        vs.append(.string(raw))
                    }
                    if pieces.count == 2, let w = Double(pieces[1]) { ws.append(w) }
                }
                values = vs
                if ws.count == vs.count, !ws.isEmpty {
                    let total = ws.reduce(0, +)
                    weights = ws.map { ($0 / total * 1000).rounded() / 1000 }
                }
                if kind == nil { kind = "enum" }
            }
        }
        if type == .boolean, kind == nil { kind = "boolean" }
    }

    /// An enum over the given values, with optional weights.
    package static func enumeration(_ values: [String], weights: [Double]? = nil) -> ColumnSpec {
        var s = ColumnSpec(.string, "enum")
        s.values = values.map(JSON.string)
        if let weights, weights.count == values.count {
            let total = weights.reduce(0, +)
            s.weights = weights.map { ($0 / total * 1000).rounded() / 1000 }
        }
        return s
    }

    /// Fills a field that names no kind: the kind, the type unless the schema
    /// said one, and each option the schema left out.
    package func fill(_ f: inout Field) {
        f.kind = kind
        if !f.typeIsExplicit { f.type = type }
        if f.values == nil {
            f.values = values
            if f.weights == nil { f.weights = weights }
        }
        if f.min == nil && f.max == nil {
            f.min = min
            f.max = max
        }
        if f.distribution == nil { f.distribution = distribution }
        if f.precision == nil { f.precision = precision }
        if f.pattern == nil { f.pattern = pattern }
        if f.probability == nil { f.probability = probability }
    }

    /// This spec applied to a field named `name`.
    /// Made-up words or titles (`text.title`, `text.word`, `text.words`): what a column holds when
    /// nothing specific is known about its values.
    package var isGenericText: Bool { ["text.title", "text.word", "text.label", "text.words"].contains(kind ?? "") }

    package func field(named name: String) -> Field {
        var f = Field(name: name, type: type, kind: kind)
        f.values = values
        f.weights = weights
        f.min = min
        f.max = max
        f.distribution = distribution
        f.precision = precision
        f.pattern = pattern
        f.probability = probability
        f.unique = unique
        f.nullable = nullable
        return f
    }
}

private extension String {
    func replacingTilde() -> String { String(map { $0 == "~" ? " " : $0 }) }
}
