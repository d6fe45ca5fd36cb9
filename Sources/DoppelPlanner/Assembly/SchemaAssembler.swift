import DoppelJSON
import DoppelText
import DoppelEngine

/// Turns what the reader understood into a schema: merges mentions of the
/// same entity, adds the entities references need, chooses keys, resolves
/// references, types every column, sets rows, and explains what it guessed
/// in warnings.
struct SchemaAssembler {
    let settings: PlannerSettings
    let reading: PromptReading
    var domain: Domain?
    var entities: [PlanEntity] = []
    var warnings: [String] = []
    /// References found while reading columns, applied with the other relations:
    /// `customers with name and orders` makes orders point at customers.
    var pendingLinks: [(child: Int, parent: Int)] = []
    /// The prompt named nothing; the generic table says so once, in its own warning.
    var isFallback = false

    init(_ reading: PromptReading, settings: PlannerSettings) {
        self.reading = reading
        self.settings = settings
        self.domain = Domain.detect(reading.allWords, setting: reading.descriptor)
    }

    /// Runs every step and returns the schema with its warnings and entity origins.
    mutating func assemble() -> PlanResult {
        if !reading.nonLatin.isEmpty {
            let sample = reading.nonLatin.prefix(3).joined(separator: " ")
            warnings.append("Ignored text with no Latin spelling: \(sample)\(reading.nonLatin.count > 3 ? " …" : "")")
        }
        collectDrafts()
        mergeMentions()
        addProseTables()
        createImpliedEntities()
        createJoinParticipants()
        if entities.count == 1, let only = entities.first, only.draft.columns.isEmpty, only.draft.described.isEmpty,
           only.draft.relations.isEmpty, only.draft.count == nil, let word = only.draft.words.last, SettingTables.bySetting[word] != nil {
            // "I need data for a forum": one setting, written in the singular, is a place to fill, not a table.
            entities.removeAll()
        }
        if entities.isEmpty { addFallbackEntity() }
        addDimensionColumns()
        for i in entities.indices { classify(i) }
        for i in entities.indices { buildColumns(i) }
        for i in entities.indices { choosePrimaryKey(i) }
        for i in entities.indices { resolveColumnReferences(i) }
        for i in entities.indices { applyTemplateReferences(i) }
        for i in entities.indices { applyRelations(i) }
        applyStatements()
        for i in entities.indices { completeJoin(i) }
        dropReferencesJoined()
        linkCompoundOwners()
        linkPositionsToPlaces()
        linkParticipants()
        linkOrphans()
        for i in entities.indices { ensureKey(i) }
        for i in entities.indices { typeFields(i) }
        setRows()
        breakCycles()
        checkExpectations()
        return finish()
    }

    // MARK: - Naming

    /// The table name for a draft: identifiers as spelled, otherwise plural snake_case.
    /// `tables`: the keys of the prompt's other tables; a setting word that is one of them stays in the
    /// name ("projects, members and project members").
    static func tableName(_ d: EntityDraft, tables: Set<String> = []) -> String {
        var words = d.words
        // "restaurant reservations", "hospital patients": the setting is not part of the table's name.
        while !d.exact, words.count >= 2, Vocabulary.settingNouns.contains(words[0]), !tables.contains(key(words[0])),
              DomainCatalogue.index[Inflector.singular(Identifier.join(Array(words.dropFirst())))] != nil {
            words.removeFirst()
        }
        let raw = Identifier.join(words)
        if d.exact || d.keepNumber || !(raw.last?.isLetter ?? false) { return raw }
        // "parts used", "fees paid": a participle after its plural noun names the table as it is (not `parts_useds`).
        if words.count >= 2, DomainCatalogue.participleUse(words[words.count - 1]) != nil, Inflector.isPlural(words[words.count - 2]) {
            return Identifier.snake(raw)
        }
        return Identifier.snake(Inflector.plural(raw))  // within the identifier length limit
    }

    static func key(_ name: String) -> String { Inflector.singular(name) }

    /// The entity a phrase names: by full name, by head word, or as the end of a longer name.
    func resolveEntity(_ words: [String]) -> Int? {
        let name = Identifier.join(words)
        guard !name.isEmpty else { return nil }
        let key = Self.key(name)
        if let i = entities.firstIndex(where: { $0.key == key }) { return i }
        if let i = entities.firstIndex(where: { Self.key($0.name) == key || $0.name == name }) { return i }
        let head = Self.key(Identifier.words(name).last ?? name)
        if words.count > 1 || name.contains("_") {
            if let i = entities.firstIndex(where: { $0.key == head }) { return i }
        }
        let suffixed = entities.indices.filter { entities[$0].key.hasSuffix("_" + head) }
        if suffixed.count == 1 { return suffixed[0] }
        return nil
    }

    // MARK: - Result

    mutating func finish() -> PlanResult {
        var schemaEntities: [Entity] = []
        var origins: [(String, EntityOrigin)] = []
        for e in entities {
            var fields: [Field] = []
            var seen: Set<String> = []
            for pf in e.fields {
                var name = Identifier.snake(pf.name)
                var n = 2
                while seen.contains(name) { name = Identifier.snake("\(String(pf.name.prefix(Identifier.maxLength - 4)))_\(n)"); n += 1 }
                seen.insert(name)
                fields.append(makeField(pf, name: name))
            }
            schemaEntities.append(Entity(name: e.name, rows: e.rows, fields: fields, uniqueTogether: e.uniqueTogether))
            origins.append((e.name, e.origin))
        }
        let schema = Schema(name: schemaName(), seed: settings.seed, locale: settings.locale, entities: schemaEntities)
        var unique: [String] = []
        for w in warnings where !unique.contains(w) { unique.append(w) }
        return PlanResult(schema: schema, warnings: unique, origins: origins, domain: domain,
                          rowsFromPrompt: entities.filter(\.rowsFromPrompt).map(\.name))
    }

    private func makeField(_ pf: PlanField, name: String) -> Field {
        if let ref = pf.references {
            let target = entities.first { $0.name == ref.entity }?.fields.first { $0.name == ref.field }
            var f = Field(name: name, type: target?.spec?.type ?? .integer)
            f.references = ref
            f.fanout = pf.fanout
            f.nullable = pf.nullable
            f.primaryKey = pf.primaryKey
            return f
        }
        var f = (pf.spec ?? ColumnSpec(.string)).field(named: name)
        f.primaryKey = pf.primaryKey
        if pf.primaryKey { f.unique = false; f.nullable = nil }
        if let n = pf.nullable { f.nullable = n }
        return f
    }

    private func schemaName() -> String {
        var words: [String] = []
        var seen: Set<String> = []
        for w in reading.descriptor where (!Vocabulary.settingNouns.contains(w) || reading.descriptor.count == 1) && seen.insert(Inflector.singular(w)).inserted {
            words.append(w)
        }
        let name = Identifier.join(Array((words.isEmpty ? reading.descriptor : words).prefix(3)))
        if !name.isEmpty { return name }
        // "hospital staff (…)": the setting a table's name began with, which the table's name leaves out, names the
        // dataset (so the engine knows whose staff they are).
        for e in entities where e.draft.words.count >= 2 && !e.draft.exact {
            if let w = e.draft.words.first, Vocabulary.settingNouns.contains(w), !e.name.hasPrefix(w) { return Identifier.join([w]) }
        }
        // "50 customer reviews for a restaurant": the place the rows are for names the dataset (so the engine knows what
        // the reviews are of).
        let all = reading.allWords.map { $0.lowercased() }
        for k in all.indices.dropLast(2) where all[k] == "for" && ["a", "an", "the", "our", "my"].contains(all[k + 1]) {
            let w = all[k + 2]
            if Vocabulary.settingNouns.contains(w) || ["salon", "spa", "bar", "pub", "cinema", "theater", "theatre", "zoo", "resort", "hostel", "dentist",
                                                      "clinic", "gallery", "venue", "studio", "boutique", "bistro", "diner"].contains(w) {
                return w
            }
        }
        if let domain { return domain.rawValue }
        return entities.first?.name ?? "dataset"
    }
}
