/// The regular shape the values of a listed kind share (`???` for IATA airport
/// codes, `????` for tickers), so that a unique field asked for more rows than
/// the list holds continues with values of that shape instead of failing.
///
/// A listed kind declares its shape by conforming to `ShapedKind`; the
/// resolver wraps it in a `ShapeExtendedKind` only when the rows outnumber
/// the list, so every schema the list could serve generates the same bytes
/// as before.
struct ValueShape: Sendable {
    /// A `Pattern` template (`#` digit, `?` letter, …).
    let template: [UInt8]
    /// Pattern numbers of the listed values that have this shape, ascending:
    /// the continuation skips them, so it never repeats a listed value.
    let taken: [UInt64]
    /// How many values of the shape are not in the list.
    let room: UInt64
    /// Scrambles the continuation (`QZK`, `HBW`, … rather than `AAA`, `AAB`, …),
    /// keyed by the field so it is fixed by (seed, entity, field).
    let order: IndexPermutation

    /// - Parameters:
    ///   - template: the shape as a `Pattern` template.
    ///   - listed: every value the list holds; those of this shape are skipped.
    ///   - key: the field's stream key.
    init(template: String, listed: [String], key: UInt64) {
        let shape = Array(template.utf8)
        self.template = shape
        let numbers = Set(listed.compactMap { Pattern.number(of: Array($0.utf8), template: shape) })
        taken = numbers.sorted()
        let capacity = Pattern.capacity(shape)
        room = capacity > UInt64(taken.count) ? capacity - UInt64(taken.count) : 0
        order = IndexPermutation(domain: room, key: key ^ 0x5A_4A_9E)
    }

    /// Appends continuation value `n` (below `room`); distinct `n` give distinct values, none of them listed.
    func append(_ n: UInt64, to out: inout CellBytes) {
        var v = order(n)
        // The v-th value of the shape that is not taken: step over each taken number at or below it.
        for t in taken {
            if t <= v { v += 1 } else { break }
        }
        Pattern.appendNumbered(template: template, value: v, to: &out)
    }
}

/// A listed kind whose values have a regular shape (see `ValueShape`).
protocol ShapedKind: KindGenerator {
    /// The shape's template and the listed values in unique-mode order, or nil
    /// when this configuration of the kind has no regular shape.
    var shape: (template: String, listed: [String])? { get }
}

/// A shaped kind continued past its list: value numbers below the list's
/// length are the listed values (so a field with more rows than the list
/// holds uses every listed value), the rest are values of the shape.
struct ShapeExtendedKind: KindGenerator {
    let base: any KindGenerator
    let listed: UInt64
    let continuation: ValueShape

    /// `base` extended when it is shaped; nil when it has no shape.
    init?(_ base: any KindGenerator, key: UInt64) {
        guard let shaped = base as? any ShapedKind, let shape = shaped.shape else { return nil }
        self.base = base
        listed = base.uniqueCapacity
        continuation = ValueShape(template: shape.template, listed: shape.listed, key: key)
    }

    var uniqueCapacity: UInt64 { listed + continuation.room }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        guard let u = c.unique, u >= listed else { return base.generate(&c, &out) }
        continuation.append(u - listed, to: &out)
        return .text
    }
}
