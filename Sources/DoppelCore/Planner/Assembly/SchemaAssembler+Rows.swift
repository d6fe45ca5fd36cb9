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

    /// References that form a loop between tables (A → B → A) become nullable,
    /// so there is an order to generate them in.
    mutating func breakCycles() {
        var state = [Int](repeating: 0, count: entities.count)  // 0 new, 1 on stack, 2 done
        let index = Dictionary(entities.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
        func visit(_ i: Int) {
            state[i] = 1
            for k in entities[i].fields.indices {
                guard let ref = entities[i].fields[k].references, let j = index[ref.entity], j != i else { continue }
                if state[j] == 1 {
                    if entities[i].fields[k].nullable == nil {
                        entities[i].fields[k].nullable = 0.2
                        warnings.append("`\(entities[i].name).\(entities[i].fields[k].name)` closes a loop of references; made it nullable.")
                    }
                } else if state[j] == 0 {
                    visit(j)
                }
            }
            state[i] = 2
        }
        for i in entities.indices where state[i] == 0 { visit(i) }
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
