import DoppelJSON
import DoppelProtocol

extension KindCatalogue {
    /// Capacities at or above this are reported as unbounded (`null`): more
    /// than any dataset needs, and beyond what a JavaScript number holds exactly.
    static let unboundedCapacity: UInt64 = 1 << 53

    /// How many distinct values `kind` can enumerate with no options in
    /// `locale` (0: it cannot promise distinct values; nil: unbounded, or,
    /// for `enum`, as many as its values).
    public static func distinctValues(_ kind: String, locale: LocaleData = LocaleData.all[0]) -> UInt64? {
        guard let entry = entry(kind), kind != "enum" else { return nil }
        if SchemaResolver.sequenceLike.contains(kind) { return nil }
        let field = Field(name: "value", type: entry.type, kind: kind)
        let context = KindBuildContext(
            seed: 0, entity: "kinds", field: field, type: entry.type,
            personKey: 1, addressKey: 2, primaryLocale: locale,
            anchor: CivilTime.parse(Schema.defaultReferenceDate) ?? 0, writtenPrecision: SchemaResolver.writtenPrecision(field))
        guard case let .success(generator) = KindFactory.make(kind, context) else { return 0 }
        let capacity = generator.uniqueCapacity
        return capacity >= unboundedCapacity ? nil : capacity
    }

    /// The `kinds.list` result: every kind with its default type, summary,
    /// options and their defaults, the locales it generates for, and how many
    /// distinct values it can enumerate (for `unique` fields).
    public static var listing: JSON {
        let locales = JSON.array(LocaleData.codes.map(JSON.string))
        let kinds: [JSON] = entries.map { e in
            let options: [JSON] = KindOptions.options(for: e.name).map { o in
                var object = JSONObject([("name", .string(o.name)), ("summary", .string(o.summary))])
                object.appendUnique("default", o.defaultValue ?? .null)
                return .object(object)
            }
            let distinct: JSON = distinctValues(e.name).map { .int(Int64($0)) } ?? .null
            return .object(JSONObject([
                ("kind", .string(e.name)), ("group", .string(group(of: e.name))), ("type", .string(e.type.rawValue)),
                ("summary", .string(e.summary)), ("options", .array(options)), ("locales", locales),
                ("distinct_values", distinct),
            ]))
        }
        return .object(JSONObject([("kinds", .array(kinds)), ("locales", locales)]))
    }

    /// The part before the first dot (`person` for `person.first_name`; `boolean` for `boolean`).
    static func group(of kind: String) -> String {
        kind.split(separator: ".").first.map(String.init) ?? kind
    }

    /// The one known kind `name` was most likely meant to be, for "did you mean":
    /// a near spelling (two edits), else one with the same last part
    /// (`person.email` → `internet.email`), else the nearest within a third of its length.
    public static func closest(to name: String) -> String? {
        let typed = Array(name.lowercased())
        var best: (name: String, distance: Int)?
        for e in entries {
            let d = ParamReader.editDistance(typed, Array(e.name))
            if d < (best?.distance ?? Int.max) { best = (e.name, d) }
        }
        if let best, best.distance <= 2 { return best.name }
        let leaf = name.split(separator: ".").last.map { String($0).lowercased() } ?? name
        if let same = entries.first(where: { $0.name.split(separator: ".").last.map(String.init) == leaf }) { return same.name }
        if let best, best.distance <= typed.count / 3 { return best.name }
        return nil
    }
}
