import DoppelText

/// A website is its owner's (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    /// Words of a column that holds a site (`website`, `homepage`, `company_domain`, `web_url`).
    static let siteWords: Set<String> = ["website", "homepage", "domain", "site", "web"]
    /// Organisations whose people write from its domain (`applyWorkEmail`): firms, not the places people visit.
    static let firmHeads: Set<String> = ["company", "vendor", "supplier", "business", "organization", "organisation", "agency",
                                         "firm", "client", "partner", "publisher", "manufacturer", "startup", "employer",
                                         "competitor", "sponsor", "retailer", "distributor", "dealer"]
    /// Tables whose plain `url` or `link` is their own site (a product's `url` is a page of its shop's): firms, and the
    /// places and brands people visit.
    static let organisationHeads: Set<String> = firmHeads.union(["brand", "school", "university", "charity", "nonprofit", "restaurant",
                                                                 "hotel", "store", "shop", "studio", "clinic", "winery", "brewery",
                                                                 "gym", "venue", "museum", "library", "bank", "insurer", "lender"])
    /// The columns a row's own name is in, in order of preference.
    static let siteNameColumns = ["name", "company_name", "business_name", "organization_name", "organisation_name", "brand_name",
                                  "legal_name", "display_name", "full_name", "store_name", "shop_name"]

    /// A site column of a row with a name (`website`, `homepage`, `domain`; a plain `url` of a company) is the
    /// address that name would have: Reyes-Hernandez at reyes-hernandez.com, "Weber GmbH" at weber.de
    /// (`SiteAddress`), not a draw of words. A qualified one (`company_website`) is its `company_name`'s.
    func applySiteOfName(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let head = Inflector.singular(KindInference.head(ofEntity: entity.name).lowercased())
        for (c, f) in fields.enumerated() where f.references == nil && !f.unique && !f.primaryKey
            && (f.kind == "internet.url" || f.kind == "internet.domain") {
            guard case let .kind(own, .random)? = sources[c] else { continue }
            let words = KindInference.tokens(f.name)
            let named = !Set(words).isDisjoint(with: Self.siteWords)
            guard named || (["url", "link"].contains(f.name.lowercased()) && Self.organisationHeads.contains(head)) else { continue }
            // (`email_domain` is the mail's, `image_url` a file's: only a site's own words, or the table's)
            let qualifier = words.filter { !Self.siteWords.contains($0) && $0 != "url" && $0 != "link" }
            guard !qualifier.contains("email"), !qualifier.contains("mail") else { continue }
            let names = qualifier.isEmpty || qualifier == [head] ? Self.siteNameColumns : [qualifier.joined(separator: "_") + "_name"]
            guard let n = Self.column(named: names, in: fields, where: { ($0.type == .string || $0.type == .text) && $0.references == nil }),
                  !Self.reaches(n, c, in: sources) else { continue }
            let bare = f.kind == "internet.domain"
            sources[c] = .siblingFact(SiblingFactPlan(column: n, values: [:], fallback: own,
                                                      valueOf: bare ? SiteAddress.domain(ofName:) : SiteAddress.url(ofName:)))
        }
    }
}
