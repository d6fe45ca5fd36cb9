import DoppelText

extension SchemaResolver {
    /// A home's row (it has a count of bedrooms): its bedrooms, bathrooms, size, city and type, labelled for
    /// `HomeListingWriter`; nil for any other row.
    func homeFacts(_ fields: [Field], except c: Int) -> [(label: String, column: Int)]? {
        func find(_ names: [String]) -> Int? {
            fields.indices.first { $0 != c && names.contains(fields[$0].name.lowercased()) && fields[$0].references == nil }
        }
        guard let bedrooms = find(Self.bedroomNames) else { return nil }
        var facts = [(label: "bedrooms", column: bedrooms)]
        if let k = find(Self.bathroomNames) { facts.append(("bathrooms", k)) }
        if let k = find(Self.sizeFeetNames) { facts.append(("square feet", k)) } else if let k = find(Self.sizeMetreNames) { facts.append(("square metres", k)) }
        if let k = find(["city", "town", "neighborhood", "neighbourhood", "suburb", "area"]) { facts.append(("city", k)) }
        if let k = find(["property_type", "home_type", "type", "listing_type", "dwelling_type", "building_type"]) { facts.append(("type", k)) }
        return facts
    }

    /// A home's description and title are written from its row (`HomeListingWriter`): "A 3-bedroom, 2-bath
    /// home in Salt Lake City with 1,524 sq ft of living space." under "Bright 3-Bed Home in Salt Lake City",
    /// not a place "with friendly staff" called "Lumen Listing". Before the other row-text rules, which then
    /// leave these columns alone.
    func applyHomeListing(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where !f.unique && !f.primaryKey && f.references == nil && (f.type == .string || f.type == .text) {
            guard case let .kind(g, .random)? = sources[c], !(g is PooledText), let home = homeFacts(fields, except: c) else { continue }
            let tokens = Set(KindInference.tokens(f.name))
            let form: RecordTextPlan.Form
            if f.kind == "text.description" || !tokens.isDisjoint(with: ["description", "summary", "details", "about", "blurb"]) {
                form = .homeListing
            } else if ["title", "headline", "listing_title", "listing_name", "name"].contains(f.name.lowercased()),
                      ["text.title", "text.label", "text.word", "text.words"].contains(f.kind ?? "") || f.kind == nil {
                form = .homeListingTitle
            } else {
                continue
            }
            var plan = RecordTextPlan(noun: Self.noun(entity.name), facts: home, when: nil)
            plan.form = form
            sources[c] = .recordText(plan)
        }
    }
}
