/// A shop's product costs what its category's goods cost (protocol/SCHEMA.md, *Rows that agree*): a
/// loaf of bread a few dollars, a laptop a thousand or two, not the same $5–$500 for both.
extension SchemaResolver {
    static let shopPriceNames: Set<String> = ["price", "unit_price", "list_price", "retail_price", "sale_price", "selling_price",
                                              "purchase_price", "msrp"]

    func applyShopPrices(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let (category, values) = Self.knownCategory(fields, in: ShopGoods.prices) else { return }
        pricesFollow(category, values: values, table: ShopGoods.prices, fields, &sources) {
            Self.shopPriceNames.contains(fields[$0].name.lowercased())
        }
    }

    /// Names of a dish's energy.
    static let calorieNames: Set<String> = ["calories", "kcal", "calorie_count", "energy_kcal", "calories_kcal"]

    /// A menu item holds the energy its menu section's dishes do (`MenuCourses`; its price is
    /// `applyShopPrices`'): no 470-calorie iced tea. Every value of the row's category must be a known section.
    func applyMenuCalories(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let (category, values) = Self.knownCategory(fields, alsoNamed: ["course", "section", "menu_section"], in: MenuCourses.calories)
        else { return }
        pricesFollow(category, values: values, table: MenuCourses.calories, fields, &sources) {
            Self.calorieNames.contains(fields[$0].name.lowercased())
        }
    }

    /// The row's listed category column (`category`, …, or one of `alsoNamed`) every value of which `table`
    /// knows (lowercased), with its values; nil when there is none.
    static func knownCategory(_ fields: [Field], alsoNamed: Set<String> = [], in table: [String: ClosedRange<Double>]) -> (Int, [String])? {
        guard let category = fields.indices.first(where: {
            let name = fields[$0].name.lowercased()
            return (categoryColumns.contains(name) || alsoNamed.contains(name)) && fields[$0].kind == "enum" && fields[$0].references == nil
        }), let values = fields[category].values?.compactMap(\.stringValue), !values.isEmpty,
              values.allSatisfy({ table[$0.lowercased()] != nil }) else { return nil }
        return (category, values)
    }

    /// Each numeric column `isPrice` accepts (a number of the row's own, drawn at random, not unique, not
    /// read by the list) is drawn in the range `table` gives the row's value of column `list` (lowercased).
    func pricesFollow(_ list: Int, values: [String], table: [String: ClosedRange<Double>], _ fields: [Field],
                      _ sources: inout [FieldSource?], isPrice: (Int) -> Bool) {
        let ranges = Dictionary(values.map { ($0.lowercased(), table[$0.lowercased()] ?? 1...2) }, uniquingKeysWith: { a, _ in a })
        for c in fields.indices where c != list && Self.numeric.contains(fields[c].type) && isPrice(c) {
            guard fields[c].references == nil, !fields[c].unique, case let .kind(own, .random)? = sources[c],
                  !Self.reaches(list, c, in: sources) else { continue }
            sources[c] = .siblingFact(SiblingFactPlan(column: list, values: [:], fallback: own, ranges: ranges))
        }
    }
}
