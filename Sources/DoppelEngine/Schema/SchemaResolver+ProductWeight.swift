import DoppelText

extension SchemaResolver {
    /// Grams, kilograms and pounds in a kilogram, by a unit word of a weight column's name.
    static let perKilogram: [String: Double] = ["kg": 1, "kgs": 1, "kilograms": 1, "g": 1_000, "grams": 1_000, "lb": 2.20462,
                                                "lbs": 2.20462, "pounds": 2.20462, "oz": 35.274, "ounces": 35.274]

    /// The category (index in `Words.categories`) a product's name or category cell names: the category
    /// itself, or the one whose product noun ends the name ("Slim Earbuds" is Electronics).
    static func productCategory(of text: String) -> Int? {
        let lower = text.lowercased()
        if let k = lowercasedCategories.firstIndex(of: lower) { return k }
        return spacedNouns.firstIndex { nouns in nouns.contains { lower.hasSuffix($0) } }
    }

    /// `Words.categories` lowercased, and each category's nouns lowercased after a space, read once (not per row).
    static let lowercasedCategories = (0..<Words.categories.count).map { Words.categories.string($0).lowercased() }
    static let spacedNouns = Words.productNouns.map { t in (0..<t.count).map { " " + t.string($0).lowercased() } }

    /// A product's weight is what products of its category weigh (`Words.categoryKilograms`), read from the
    /// row's `commerce.category` column or, without one, from its `commerce.product_name`: no 50 kg body
    /// lotion. In the column's unit (kilograms unless named in grams, pounds or ounces). Rows whose category
    /// the kinds do not know keep the column's own draw.
    func applyProductWeight(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let source = fields.indices.first(where: { fields[$0].kind == "commerce.category" && fields[$0].references == nil })
                ?? fields.indices.first(where: { fields[$0].kind == "commerce.product_name" && fields[$0].references == nil }) else { return }
        for (c, f) in fields.enumerated() where c != source && Self.isOwnNumber(f) && !f.unique && !f.primaryKey {
            let tokens = KindInference.tokens(f.name)
            guard tokens.contains(where: { ["weight", "mass", "shipping_weight"].contains($0) }),
                  case let .kind(own, .random)? = sources[c], !Self.reaches(source, c, in: sources) else { continue }
            let unit = tokens.lazy.compactMap { Self.perKilogram[$0] }.first ?? 1
            sources[c] = .siblingFact(SiblingFactPlan(column: source, values: [:], fallback: own, rangeOf: { text in
                Self.productCategory(of: text).map { k in
                    let r = Words.categoryKilograms[k]
                    return (r.lowerBound * unit)...(r.upperBound * unit)
                }
            }))
        }
    }
}
