import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A column the prompt lists that the entity's template also describes holds
/// what the template says it holds there: `fitness classes (name, level)` gets
/// class names, not course titles. Entities and columns are drawn from the
/// planner's own templates with a seeded generator; a failure prints its seed
/// and prompt.
@Suite struct PlannerTemplateColumnTests {
    @Test func aListedColumnTakesItsTemplatesMeaning() {
        let described = DomainCatalogue.templates.filter { t in
            t.names.count >= 1 && t.columns.contains { !SchemaAssembler.isReferenceToken($0) && $0.contains(":") }
        }
        var failures: [String] = []
        var checked = 0
        for seed in UInt64(1)...300 {
            var rng = FuzzRandom(seed: seed)
            let t = rng.pick(described)
            let name = rng.pick(t.names)
            let attributes = t.columns.filter { !SchemaAssembler.isReferenceToken($0) }.map(SchemaAssembler.attribute)
            let withSpec = attributes.filter { $0.1 != nil }
            let (column, spec) = rng.pick(withSpec)
            var listed = [column]
            for _ in 0..<rng.int(1...2) {
                let other = rng.pick(attributes).0
                if !listed.contains(other) { listed.append(other) }
            }
            listed.shuffle(using: &rng)
            let prompt = "\(name.replacingOccurrences(of: "_", with: " ")) (\(listed.joined(separator: ", ")))"
            let plan = Planner().plan(prompt).schema
            // Only where the planner picked this template for the name (a name can have one per domain).
            let key = Inflector.singular(name)
            // (the prompt's words as the planner reads them: "(position," is the word position)
            let words = prompt.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init)
            let picked = DomainCatalogue.template(for: key, domain: Domain.detect(words))
            guard picked?.names == t.names, picked?.columns == t.columns,
                  plan.entities.count == 1, let e = plan.entities.first, e.name == Identifier.snake(name), let f = e.field(named: column), f.references == nil else { continue }
            checked += 1
            if f.kind != spec?.kind { failures.append("seed \(seed): \(prompt.debugDescription): \(e.name).\(column) is \(f.kind ?? "nil"), the template says \(spec?.kind ?? "nil")") }
        }
        #expect(checked >= 50, "only \(checked) draws reached a template")
        #expect(failures.count == 0, "\(failures.prefix(8).joined(separator: "\n"))")
    }
    /// A column no lexicon rule knows that is named after a thing the planner knows (`ward`, `studio`,
    /// `kitchen`) holds one of that thing's names, not random words.
    @Test func aColumnNamedAfterAKnownThingHoldsItsName() {
        let named = DomainCatalogue.templates.filter { $0.namesSpec.map { !ColumnSpec($0).isGenericText } ?? false }.flatMap { t in t.names.map { Inflector.singular($0) } }
            .filter { !$0.contains("_") && !ColumnLexicon.isKnown($0) }
        var failures: [String] = []
        var checked = 0
        for seed in UInt64(1)...120 {
            var rng = FuzzRandom(seed: seed)
            let column = rng.pick(named)
            let owner = rng.pick(["shifts", "visits", "inspections", "logs"])
            let prompt = "\(owner) (\(rng.pick(["start", "notes", "status"])), \(column))"
            let result = Planner().plan(prompt)
            guard let f = result.schema.entities.lazy.compactMap({ $0.field(named: column) }).first, f.references == nil else { continue }
            guard let spec = DomainCatalogue.template(for: column, domain: result.domain)?.namesSpec.map({ ColumnSpec($0) }),
                  !spec.isGenericText else { continue }
            // (A rule for the column in its table decides first: a log's `building` is a named building.)
            if ColumnLexicon.contextual(column, ColumnContext(entity: Inflector.singular(owner), nature: .thing, domain: result.domain)) != nil { continue }
            // A host name only where hosts are meant (PLANNER.md: an appointment's `service` is what is done).
            if spec.kind == "internet.domain", ![Domain.saas, .iot].contains(result.domain) {
                #expect(f.kind != "internet.domain", "seed \(seed): \(prompt)")
                continue
            }
            let expected = spec.kind
            checked += 1
            if f.kind == nil || f.kind != expected { failures.append("seed \(seed): \(prompt.debugDescription): \(column) is \(f.kind ?? "nil"), want \(expected ?? "nil")") }
        }
        #expect(checked >= 40, "only \(checked) draws kept the column")
        #expect(failures.count == 0, "\(failures.prefix(8).joined(separator: "\n"))")
    }
}
