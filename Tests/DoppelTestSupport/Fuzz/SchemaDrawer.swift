import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

/// Draws random schemas in the schema form (protocol/SCHEMA.md) for property tests.
///
/// Every kind of `KindCatalogue` (read from the registry, so a new kind is drawn without
/// touching this file) appears in every type that can hold it; references form chains up to
/// six deep, diamonds, several references to one parent, self-references, one-to-one
/// (`unique`) references and join tables with composite keys or `unique_together`; column
/// names trigger every coherence rule (creation times, ends after starts, children after
/// parents, derived totals, cost below price). Some draws are wrong on purpose (a required
/// self-reference, `min` above `max`, an empty enum, …): the engine must refuse those by name.
public struct SchemaDrawer {
    var rng: FuzzRandom
    var entities: [EntityDraft] = []
    /// One schema in six may hold mistakes (an incompatible type, crossed bounds, a bad date, …);
    /// the others only uniqueness a kind may not meet, so most draws reach the generators.
    var mistakes = false

    /// True with probability `p` in a schema that may hold mistakes; never in the others.
    mutating func mistake(_ p: Double) -> Bool { mistakes && rng.chance(p) }

    /// Formats with their dialects: every `(format, dialect)` a request can ask for.
    public static let formats: [(String, String?)] = [
        ("csv", nil), ("json", nil), ("jsonl", nil), ("sql", "sqlite"), ("sql", "postgres"), ("sql", "mysql"),
    ]

    /// The case drawn from `seed`: always the same for the same seed.
    public static func draw(seed: UInt64) -> FuzzCase {
        var drawer = SchemaDrawer(rng: FuzzRandom(seed: seed))
        var run = drawer.rng.fork()
        let schema = drawer.drawSchema()
        let (format, dialect) = run.pick(formats)
        let shards = run.chance(0.3) ? 1 : run.int(2...6)
        return FuzzCase(seed: seed, schema: schema, reality: run.int(0...10), format: format, dialect: dialect,
                        shards: shards, dataSeed: run.chance(0.1) ? 0 : run.next() >> 12)
    }

    /// An entity being drawn: its fields in column order and what other entities may reference.
    struct EntityDraft {
        var name: String
        var rows: Int
        var fields: [JSONObject] = []
        var uniqueTogether: [[String]] = []
        /// `entity.field` a child may reference (a single-field key or a unique field), if any.
        var target: String?
        var hasCreationTime = false

        func has(_ field: String) -> Bool { fields.contains { $0["name"]?.stringValue?.lowercased() == field.lowercased() } }

        /// `base`, or `base_2`, `base_3`, … when a column of that name exists (SQL compares names without case).
        func freeName(_ base: String) -> String {
            if !has(base) { return base }
            var i = 2
            while has("\(base)_\(i)") { i += 1 }
            return "\(base)_\(i)"
        }
    }

    enum Shape: CaseIterable { case forest, chain, diamond, star, selfReference, joinTable, oneToOne }

    mutating func drawSchema() -> JSON {
        mistakes = rng.chance(1.0 / 6)
        let shape = rng.pick(Shape.allCases)
        switch shape {
        case .forest: drawForest()
        case .chain: drawChain()
        case .diamond: drawDiamond()
        case .star: drawStar()
        case .selfReference: drawSelfReference()
        case .joinTable: drawJoinTable()
        case .oneToOne: drawOneToOne()
        }
        // A second, independent shape beside the first sometimes.
        if rng.chance(0.15) { drawForest() }
        for i in entities.indices { addBody(to: i) }

        var o = JSONObject()
        o.appendUnique("name", .string(rng.chance(0.1) ? rng.pick(Self.oddNames) : "fuzz"))
        if rng.chance(0.8) { o.appendUnique("seed", .int(Int64(rng.next() >> 12))) }
        if rng.chance(0.7) { o.appendUnique("locale", .string(drawLocale())) }
        if rng.chance(0.15) { o.appendUnique("reference_date", .string(mistake(0.5) ? "not-a-date" : rng.pick(Self.anchors))) }
        o.appendUnique("entities", .array(entities.map { e in
            var eo = JSONObject()
            eo.appendUnique("name", .string(e.name))
            eo.appendUnique("rows", .int(e.rows))
            eo.appendUnique("fields", .array(e.fields.map(JSON.object)))
            if !e.uniqueTogether.isEmpty { eo.appendUnique("unique_together", .array(e.uniqueTogether.map { .array($0.map(JSON.string)) })) }
            return .object(eo)
        }))
        return .object(o)
    }

    // MARK: shapes

    /// One to four entities, each referencing earlier ones at random (diamonds and chains arise).
    mutating func drawForest() {
        let first = entities.count
        for i in 0..<rng.int(1...4) {
            let e = newEntity()
            for parent in first..<(first + i) where rng.chance(0.45) { addReference(from: e, to: parent) }
        }
    }

    /// accounts → users → tickets …: up to six deep, each with a creation time most of the time.
    mutating func drawChain() {
        var previous: Int?
        let creation = rng.chance(0.8)
        for _ in 0..<rng.int(2...6) {
            let e = newEntity()
            if let previous { addReference(from: e, to: previous) }
            if creation { addCreationTime(to: e) }
            previous = e
        }
    }

    mutating func drawDiamond() {
        let top = newEntity(), left = newEntity(), right = newEntity(), bottom = newEntity()
        addReference(from: left, to: top)
        addReference(from: right, to: top)
        addReference(from: bottom, to: left)
        addReference(from: bottom, to: right)
        if rng.chance(0.5) { addReference(from: bottom, to: top) }
        if rng.chance(0.7) { for e in [top, left, right, bottom] { addCreationTime(to: e) } }
    }

    /// Several references from one child to one parent (sender and recipient).
    mutating func drawStar() {
        let parent = newEntity(), child = newEntity()
        for role in Array(Self.roles.shuffled(using: &rng).prefix(rng.int(2...4))) {
            addReference(from: child, to: parent, name: "\(role)_id")
        }
        if rng.chance(0.5) { addCreationTime(to: parent); addCreationTime(to: child) }
    }

    /// manager_id → employees.id: nullable as the form requires, or (sometimes) required and refused.
    mutating func drawSelfReference() {
        let e = newEntity()
        let required = mistake(0.5)
        addReference(from: e, to: e, name: rng.pick(["manager_id", "parent_id", "referred_by", "reply_to_id"]),
                     nullable: required ? nil : rng.pick([JSON.bool(true), 0.0, 0.2, 0.7, 1.0]))
        if rng.chance(0.5) { addCreationTime(to: e) }
        if rng.chance(0.4) { let child = newEntity(); addReference(from: child, to: e) }
    }

    /// students × courses → enrollments: a composite primary key of two references, or a
    /// `unique_together` group (sometimes over more combinations than the parents allow).
    mutating func drawJoinTable() {
        let a = newEntity(), b = newEntity()
        let join = newEntity(key: false)
        let left = addReference(from: join, to: a, primaryKey: true), right = addReference(from: join, to: b, primaryKey: true)
        let capacity = entities[a].rows * entities[b].rows
        entities[join].rows = mistake(0.5) ? capacity + rng.int(1...5) : rng.int(0...max(0, min(capacity, 400)))
        if rng.chance(0.4), let left, let right {
            // The same pair as a unique group instead of a key (the key flags removed).
            for i in entities[join].fields.indices { entities[join].fields[i] = Self.removing("primary_key", from: entities[join].fields[i]) }
            entities[join].uniqueTogether.append([left, right])
            if rng.chance(0.5) { addKey(to: join) }
        }
        if rng.chance(0.5) { addCreationTime(to: a); addCreationTime(to: join) }
    }

    /// users → profiles, one-to-one: a `unique` reference, sometimes with more children than parents.
    mutating func drawOneToOne() {
        let parent = newEntity(), child = newEntity()
        let parentRows = entities[parent].rows
        entities[child].rows = mistake(0.5) ? parentRows + rng.int(1...3) : rng.int(0...parentRows)
        addReference(from: child, to: parent, unique: true)
        if rng.chance(0.5) { addCreationTime(to: parent); addCreationTime(to: child) }
    }

    static func removing(_ key: String, from o: JSONObject) -> JSONObject {
        JSONObject(o.filter { $0.0 != key })
    }
}
