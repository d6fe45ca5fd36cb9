import DoppelJSON

/// One row of a `synth_data.generate` response.
public struct SynthRow: Sendable, Equatable {
    public var index: Int
    /// The example this row was made from.
    public var original: JSON
    /// The new row (never equal to any example).
    public var generated: JSON

    /// `{"original": {…}, "generated": "<JSON text of the new row>"}`, as the hosted contract returns it.
    public var json: JSON {
        ["original": original, "generated": .string(generated.serialized())]
    }
}

/// A checked synthesis request with its inferred shape: the per-row API.
///
/// Row `i` is made from example `i / multiplier` and depends only on the
/// request and `i`, so rows can be produced in any order, in parallel, or
/// streamed one by one as `$/chunk`s.
public struct SynthesisPlan: Sendable {
    public let request: SynthRequest
    public let shape: SynthShape
    /// The product type free text is written about (from the prompt, else the examples' text).
    public let productType: ProductType
    public let scenario: Scenario
    private let exampleKeys: Set<String>

    public init(_ request: SynthRequest) {
        self.request = request
        shape = SynthShape.infer(from: request.examples)
        var exampleText = ""
        for e in request.examples.prefix(20) { SynthesisPlan.collectText(.object(e), into: &exampleText) }
        let promptType = ProductType.infer(from: request.prompt)
        productType = promptType ?? ProductType.infer(from: exampleText) ?? .saas
        var s = Scenario.extract(from: request.prompt.isEmpty ? exampleText : request.prompt)
        if s.productType == nil { s.productType = productType }
        scenario = s
        exampleKeys = Set(request.examples.map { SynthesisPlan.canonical(.object($0)) })
    }

    /// Examples × multiplier.
    public var rowCount: Int { request.examples.count * request.multiplier }

    /// The example row `index` is made from.
    public func original(at index: Int) -> JSONObject {
        guard !request.examples.isEmpty else { return JSONObject() }
        return request.examples[min(max(0, index / max(1, request.multiplier)), request.examples.count - 1)]
    }

    /// Row `index` (0 ..< rowCount), written by the built-in engine.
    public func row(at index: Int) -> SynthRow {
        SynthRow(index: index, original: .object(original(at: index)), generated: builtInRow(at: index))
    }

    /// All rows, in order.
    public func rows() -> [SynthRow] { (0..<rowCount).map(row(at:)) }

    /// What is wrong with a candidate row (from a model, say); empty when it fits the shape.
    public func problems(in row: JSON) -> [String] { shape.problems(in: row) }

    /// Whether `row` equals one of the examples.
    public func isCopy(_ row: JSON) -> Bool { exampleKeys.contains(SynthesisPlan.canonical(row)) }

    /// The candidate if it fits and is new; else the candidate repaired (bad members
    /// regenerated, unknown ones dropped) if that makes it fit and new; else the built-in row.
    public func accept(_ candidate: JSON?, at index: Int) -> SynthRow {
        var result = row(at: index)
        guard let candidate else { return result }
        if problems(in: candidate).isEmpty, !isCopy(candidate) {
            result.generated = candidate
        } else {
            let fixed = repaired(candidate, at: index)
            if problems(in: fixed).isEmpty, !isCopy(fixed) { result.generated = fixed }
        }
        return result
    }

    /// `row` with every member that does not fit regenerated and members the examples lack dropped.
    public func repaired(_ row: JSON, at index: Int) -> JSON {
        var writer = makeWriter(index: index, attempt: 99)
        return SynthesisPlan.repair(row, shape, &writer)
    }

    // MARK: building rows

    private func makeWriter(index: Int, attempt: Int) -> SynthRowWriter {
        var writer = SynthRowWriter(productType: productType, scenario: scenario, seed: request.seed, rowIndex: index,
                                    rng: TextRNG(seed: request.seed, label: "synth.row", index: index * 16 + attempt))
        writer.donor = request.examples.isEmpty ? nil : original(at: index)
        writer.exampleText = writer.donor.map { $0.compactMap { $0.1.stringValue }.joined(separator: ". ") } ?? ""
        return writer
    }

    private func builtInRow(at index: Int) -> JSON {
        var last: JSON = .null
        for attempt in 0..<8 {
            var writer = makeWriter(index: index, attempt: attempt)
            last = writer.row(shape)
            if !isCopy(last) { return last }
        }
        // only rows made of a few fixed values can land here: change one leaf
        var writer = makeWriter(index: index, attempt: 8)
        let changed = SynthesisPlan.perturb(last, shape, &writer)
        return changed ?? last
    }

    static func repair(_ value: JSON, _ shape: SynthShape, _ writer: inout SynthRowWriter) -> JSON {
        if shape.problems(in: value).isEmpty { return value }
        switch shape {
        case .object(let members):
            guard let o = value.objectValue else { return writer.value(shape, key: nil) }
            var out = JSONObject()
            for m in members {
                if let v = o[m.key] {
                    if v.isNull, m.nullRate > 0 || m.shape == .null { out.appendUnique(m.key, .null); continue }
                    out.appendUnique(m.key, v.isNull ? writer.value(m.shape, key: m.key) : repair(v, m.shape, &writer))
                } else if m.presence >= 1 {
                    out.appendUnique(m.key, writer.value(m.shape, key: m.key))
                }
            }
            return .object(out)
        case .array(let element, _):
            guard let a = value.arrayValue else { return writer.value(shape, key: nil) }
            return .array(a.map { repair($0, element, &writer) })
        default:
            if let coerced = coerce(value, to: shape), shape.problems(in: coerced).isEmpty { return coerced }
            return writer.value(shape, key: nil)
        }
    }

    /// Numbers written as text and text written as numbers, the usual model slips.
    static func coerce(_ value: JSON, to shape: SynthShape) -> JSON? {
        switch (shape, value) {
        case (.integer, .string(let s)): return Int64(s.trimmingSpaces()).map(JSON.int)
        case (.decimal, .string(let s)): return Double(s.trimmingSpaces()).map(JSON.double)
        case (.boolean, .string(let s)): return s.lowercased() == "true" ? true : s.lowercased() == "false" ? false : nil
        case (.string, .int(let i)): return .string(String(i))
        case (.choice(let values, _), .string(let s)):
            return values.first { $0.stringValue?.lowercased() == s.lowercased() }
        default: return nil
        }
    }

    /// Changes one leaf of `value` (a number, flag, category or text) so it differs.
    static func perturb(_ value: JSON, _ shape: SynthShape, _ writer: inout SynthRowWriter) -> JSON? {
        switch (shape, value) {
        case (.object(let members), .object(var o)):
            for m in members {
                guard let v = o[m.key], let changed = perturb(v, m.shape, &writer) else { continue }
                o[m.key] = changed
                return .object(o)
            }
            return nil
        case (.integer, .int(let i)): return .int(i &+ 1)
        case (.decimal(_, _, let places), .double(let d)): return .double(d + 1 / SynthRowWriter.power10(places))
        case (.boolean, .bool(let b)): return .bool(!b)
        case (.choice(let values, _), _):
            if let other = values.first(where: { $0 != value }) { return other }
            // a category with one value seen leaves no new row inside the shape: mark the change visibly
            return value.stringValue.map { .string($0 + " (2)") }
        case (.string, .string(let s)): return .string(s + " (2)")
        default: return nil
        }
    }

    /// Members sorted at every level, so equal rows give equal keys whatever their member order.
    static func canonical(_ value: JSON) -> String {
        switch value {
        case .object(let o):
            let pairs = o.keys.indices.sorted { o.keys[$0] < o.keys[$1] }
                .map { JSON.string(o.keys[$0]).serialized() + ":" + canonical(o.values[$0]) }
            return "{" + pairs.joined(separator: ",") + "}"
        case .array(let a): return "[" + a.map(canonical).joined(separator: ",") + "]"
        case .double(let d) where d.rounded() == d && abs(d) < 1e15: return String(Int64(d))
        default: return value.serialized()
        }
    }

    private static func collectText(_ value: JSON, into text: inout String) {
        guard text.count < 4000 else { return }
        switch value {
        case .string(let s): text += s + " "
        case .object(let o): for (k, v) in o { text += k.replacingUnderscores() + " "; collectText(v, into: &text) }
        case .array(let a): for v in a { collectText(v, into: &text) }
        default: break
        }
    }
}

/// `synth_data.generate`: more rows like the examples.
public enum SynthDataGenerator {
    /// Checks params and returns every row: `[{"original": {…}, "generated": "…"}, …]`.
    ///
    /// - Throws: `RequestError` (−32602) naming every bad field.
    public static func generate(params: JSON?, defaultSeed: UInt64 = 0) throws -> JSON {
        .array(try plan(params: params, defaultSeed: defaultSeed).rows().map(\.json))
    }

    /// Checks params and infers the shape; rows then come one at a time from `plan.row(at:)`.
    public static func plan(params: JSON?, defaultSeed: UInt64 = 0) throws -> SynthesisPlan {
        SynthesisPlan(try SynthRequest(params: params, defaultSeed: defaultSeed))
    }
}
