import Foundation
import DoppelText

/// Sizes a schema's tables from the size of its largest fact table, keeping the schema's shape.
///
/// A fact table is one no other table references (orders, order_items, reviews, events): it is what grows
/// with the business. The tables it references grow more slowly: a shop with a million order lines does not
/// have a million products. The model, in two steps:
///
/// 1. **Baseline.** Each table's own rows (a schema's `rows`, a plan's template sizes), except that a table
///    referenced by others must be smaller than its largest child: if its rows are not, it gets a tenth
///    (`parentRatio`) of that child's baseline, or a third (`headerRatio`) when the child is its detail
///    table, named after it (`order_items`, `invoice_lines` under `orders`, `invoices`): an order has a
///    few lines, a product many. Plans give most tables the same default, so this is what tells
///    customers (parents) from orders (facts) there. A table of single things whose child records what
///    happens to each once (`SchemaResolver.happensOnceEach`: animals and their adoptions) is half again
///    that child instead, so each thing can be adopted or sold once.
/// 2. **Power law.** With R the largest fact baseline and N the asked size, every table gets
///    `baseline ^ (ln N / ln R)`: the largest fact gets N exactly, and ratios are kept in log space, so a
///    parent ten times smaller than its children at R is `10 ^ (ln N / ln R)` times smaller at N. Lookups
///    grow slowest: shop.json (8,000 order lines, 500 products, 40 categories) at N = 1,000,000 has
///    ~14,000 products and ~290 categories, not a million of each.
///
/// Results are at least 1 and at most N, and a table other than the largest fact has no more rows than
/// its smallest unique `enum` column has values (a shop's departments each once). Join tables are capped to their distinct pairs afterwards by
/// the caller, as for any size.
public enum RowScale {
    /// How many times smaller than its largest child a parent's baseline is when the schema does not say.
    public static let parentRatio = 10
    /// The same for a header table under its detail table (orders under order_items).
    public static let headerRatio = 3

    /// True when `child` is `parent`'s detail table: its name is the parent's singular, `_`, more.
    static func isDetail(_ child: String, of parent: String) -> Bool {
        child.lowercased().hasPrefix(Inflector.singular(parent.lowercased()) + "_")
    }

    /// `schema` with the largest fact table at `factRows` rows and every other table scaled from it.
    public static func scaled(_ schema: Schema, factRows n: Int) -> Schema {
        let base = baselines(schema)
        let facts = schema.entities.indices.filter { children(of: schema.entities[$0].name, in: schema).isEmpty }
        let reference = facts.map { base[$0] }.max() ?? base.max() ?? 1
        var out = schema
        for i in out.entities.indices {
            let rows: Double
            if reference <= 1 {
                rows = Double(base[i]) * Double(n)
            } else {
                let k = log(Double(n)) / log(Double(reference))
                rows = pow(Double(base[i]), k)
            }
            out.entities[i].rows = base[i] == reference ? n : max(1, min(n, Int(rows.rounded())))
            // A table that lists each of a few named things once (a shop's four departments) never outgrows them.
            if base[i] != reference, let listed = uniqueListSize(out.entities[i]) { out.entities[i].rows = min(out.entities[i].rows, listed) }
        }
        return out
    }

    /// The number of values of the table's smallest unique `enum` column, nil without one.
    static func uniqueListSize(_ e: Entity) -> Int? {
        e.fields.filter { $0.unique && $0.kind == "enum" && $0.references == nil }.compactMap { $0.values?.count }.filter { $0 > 0 }.min()
    }

    /// Each table's baseline rows: its own, or a tenth of its largest child's when it is not smaller.
    static func baselines(_ schema: Schema) -> [Int] {
        var memo: [String: Int] = [:]
        var visiting: Set<String> = []
        func base(_ name: String) -> Int {
            if let b = memo[name] { return b }
            guard let entity = schema.entity(named: name) else { return 1 }
            // A loop of references (the planner breaks them; a schema is checked) ends the walk, never recurses forever.
            if visiting.contains(name) { return max(1, entity.rows) }
            visiting.insert(name)
            defer { visiting.remove(name) }
            let own = max(1, entity.rows)
            let kids = children(of: name, in: schema)
            let largestChild = kids.map(base).max()
            let fromChildren = kids.map { base($0) / (isDetail($0, of: name) ? headerRatio : parentRatio) }.max()
            let b = largestChild.map { own < $0 ? own : max(1, fromChildren ?? 1) } ?? own
            // Things each adopted or sold once outnumber their adoptions or sales (half again as many).
            let once = kids.filter { SchemaResolver.happensOnceEach(event: $0, of: name) }.map(base).max()
            let sized = once.map { max(b, $0 + $0 / 2) } ?? b
            memo[name] = sized
            return sized
        }
        return schema.entities.map { base($0.name) }
    }

    /// The tables with a reference to `name` (itself excluded: a hierarchy does not make a table a parent).
    static func children(of name: String, in schema: Schema) -> [String] {
        schema.entities.filter { e in
            e.name != name && e.fields.contains { $0.references?.entity == name }
        }.map(\.name)
    }
}
