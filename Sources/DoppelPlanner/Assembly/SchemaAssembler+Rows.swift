import DoppelText
import DoppelEngine

extension SchemaAssembler {
    /// Counts from the prompt win; otherwise the template's size (small for
    /// lookups) or the default. Join tables never ask for more unique pairs
    /// than exist.
    mutating func setRows() {
        for i in entities.indices {
            let e = entities[i]
            if let c = e.draft.count {
                entities[i].rows = c
                entities[i].rowsFromPrompt = true
            } else if let g = reading.globalRows {
                entities[i].rows = g
                entities[i].rowsFromPrompt = true
            } else if let r = e.template?.rows {
                entities[i].rows = min(r, settings.defaultRows)
            } else if e.nature == .lookup {
                entities[i].rows = min(20, settings.defaultRows)
            } else {
                entities[i].rows = settings.defaultRows
            }
            // A table listing each of a few named things once (a shop's departments) has one row for each.
            let listed = e.fields.compactMap { f -> Int? in
                guard let s = f.spec, s.unique, s.kind == "enum", f.references == nil else { return nil }
                return s.values?.count
            }.min()
            if let listed, listed > 0, entities[i].rows > listed {
                if entities[i].rowsFromPrompt {
                    warnings.append("`\(e.name)` asks for \(entities[i].rows) rows but lists only \(listed) distinct values; planned \(listed).")
                }
                entities[i].rows = listed
            }
        }
        for i in entities.indices {
            guard let pair = entities[i].uniqueTogether.first, pair.count == 2 else { continue }
            let sizes = pair.compactMap { name -> Int? in
                guard let ref = entities[i].fields.first(where: { $0.name == name })?.references else { return nil }
                return entities.first { $0.name == ref.entity }?.rows
            }
            guard sizes.count == 2 else { continue }
            let sameTable = entities[i].fields.first { $0.name == pair[0] }?.references?.entity == entities[i].fields.first { $0.name == pair[1] }?.references?.entity
            let pairs = sameTable ? sizes[0].saturatingTimes(max(sizes[0] - 1, 0)) : sizes[0].saturatingTimes(sizes[1])
            let cap = max(1, pairs / 2)
            if entities[i].rows > cap {
                if entities[i].rowsFromPrompt {
                    warnings.append("`\(entities[i].name)` asks for \(entities[i].rows) rows but only \(pairs) distinct pairs exist; planned \(cap).")
                }
                entities[i].rows = cap
            }
        }
    }

    /// The engine generates parents before children, so references between
    /// tables must not form a loop (A → B → A). Each loop loses its weakest
    /// reference: one the domain knowledge added before one the prompt asked
    /// for, and one from a smaller table to a bigger one (a tour guide's
    /// "tour" when tours are led by guides). A column the prompt listed stays,
    /// as a plain column, with a warning.
    mutating func breakCycles() {
        for _ in 0..<64 {
            guard let cycle = findCycle() else { return }
            let (i, k) = cycle.max { weakness($0) < weakness($1) } ?? cycle[0]
            let f = entities[i].fields[k]
            let target = f.references?.entity ?? "?"
            if f.draft != nil {
                entities[i].fields[k].references = nil
                entities[i].fields[k].fanout = nil
                let parentRows = entities.first { $0.name == target }?.rows ?? 1000
                // (a plural that names the table, a prescription's `refills`, is what the lexicon says it is: a count)
                let named = Identifier.words(f.name).last.map { !["id", "fk", "ref", "key", "uuid", "code", "no", "number"].contains($0) } ?? false
                let lexical = named ? ColumnLexicon.spec(f.name, context(entities[i])) : nil
                entities[i].fields[k].spec = lexical ?? (f.spec?.type == .string || f.spec?.type == .uuid ? ColumnSpec("string id.pattern") : ColumnSpec("integer number.integer 1..\(max(1, parentRows))"))
                warnings.append("`\(entities[i].name).\(f.name)` would close a loop of references back to `\(target)`; kept as a plain column (Doppel generates parents before children).")
            } else {
                entities[i].fields.remove(at: k)
                entities[i].uniqueTogether.removeAll { $0.contains(f.name) }
            }
        }
    }

    /// The references (entity index, field index) of one loop between tables, or nil.
    func findCycle() -> [(Int, Int)]? {
        let index = Dictionary(entities.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var state = [Int](repeating: 0, count: entities.count)  // 0 new, 1 on stack, 2 done
        var path: [(Int, Int)] = []  // edges from the DFS root to the current node
        func visit(_ i: Int) -> [(Int, Int)]? {
            state[i] = 1
            for k in entities[i].fields.indices {
                guard let ref = entities[i].fields[k].references, let j = index[ref.entity], j != i else { continue }
                if state[j] == 1 {
                    // The loop: the path's edges from j onwards, plus this one.
                    let from = path.firstIndex { $0.0 == j } ?? path.count
                    return Array(path[from...]) + [(i, k)]
                }
                if state[j] == 0 {
                    path.append((i, k))
                    if let c = visit(j) { return c }
                    path.removeLast()
                }
            }
            state[i] = 2
            return nil
        }
        for i in entities.indices where state[i] == 0 {
            if let c = visit(i) { return c }
        }
        return nil
    }

    /// How readily a reference gives way in a loop (higher goes first).
    func weakness(_ edge: (Int, Int)) -> Int {
        let (i, k) = edge
        let f = entities[i].fields[k]
        var w = 0
        if f.fromTemplate { w += 8 }
        if f.draft == nil { w += 4 }
        if f.nullable != nil { w += 2 }
        if let t = entities.first(where: { $0.name == f.references?.entity }), entities[i].rows < t.rows { w += 1 }
        return w
    }

    mutating func checkExpectations() {
        if let n = reading.expectedTables, n != entities.count {
            warnings.append("The prompt asks for \(n) tables; the plan has \(entities.count) (\(entities.map(\.name).joined(separator: ", "))).")
        }
        if !reading.ignored.isEmpty {
            let sample = reading.ignored.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
            warnings.append("Not used for the schema: \(sample)\(reading.ignored.count > 4 ? ", …" : "").")
        }
    }
}
