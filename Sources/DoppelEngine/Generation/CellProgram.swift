import DoppelText

/// What the row loop needs of one column, flattened for speed.
final class CellProgram: Sendable {
    let column: Int
    let key: UInt64
    let nullRate: Double
    let type: FieldType
    let precision: Int
    let source: FieldSource
    /// The kind's generator when `source` is `.kind`, boxed in a class so the row loop
    /// calls it without copying an existential (which would retain its contents).
    let runnerStorage: KindRunner
    /// The same object, for calls that take no reference count (it lives as long as this program).
    let runner: Unmanaged<KindRunner>
    let mode: IndexMode
    let isKind: Bool

    init(_ f: FieldPlan) {
        column = f.column
        key = f.key
        nullRate = f.nullRate
        type = f.type
        precision = f.precision
        source = f.source
        if case let .kind(g, m) = f.source {
            runnerStorage = makeRunner(g)
            mode = m
            isKind = true
        } else {
            runnerStorage = makeRunner(BooleanKind(probability: 0))
            mode = .random
            isKind = false
        }
        runner = Unmanaged.passUnretained(runnerStorage)
    }
}

/// A kind generator in a class: one reference instead of an existential value.
class KindRunner: @unchecked Sendable {
    func run(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue { .null }
}

/// - Important: `@unchecked Sendable`: the only stored member is a `Sendable` generator, never mutated.
final class KindBox<G: KindGenerator>: KindRunner, @unchecked Sendable {
    let generator: G
    init(_ generator: G) { self.generator = generator }
    override func run(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue { generator.generate(&c, &out) }
}

func makeRunner(_ g: any KindGenerator) -> KindRunner {
    func open<G: KindGenerator>(_ g: G) -> KindRunner { KindBox(g) }
    return open(g)
}
