import DoppelJSON

/// Pay slips and homes: gross, tax and net agree; a home's size follows its
/// bedrooms and its price its size (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    static let grossNames = ["gross", "gross_pay", "gross_salary", "gross_amount", "gross_income", "gross_wage", "gross_wages"]
    static let taxNames = ["tax", "tax_amount", "income_tax", "taxes", "tax_withheld", "withholding", "deductions", "total_deductions"]
    static let netNames = ["net", "net_pay", "net_salary", "net_amount", "net_income", "take_home", "take_home_pay"]
    static let bedroomNames = ["bedrooms", "beds", "num_bedrooms", "bedroom_count", "number_of_bedrooms"]
    static let bathroomNames = ["bathrooms", "baths", "num_bathrooms", "bathroom_count", "number_of_bathrooms"]
    static let sizeFeetNames = ["square_feet", "sqft", "sq_ft", "size_sqft", "living_area", "floor_area", "area_sqft", "square_footage"]
    static let sizeMetreNames = ["square_meters", "square_metres", "sqm", "size_sqm", "area_sqm", "area_m2"]
    static let homePriceNames = ["price", "list_price", "sale_price", "asking_price", "listing_price", "sold_price", "value"]

    /// Tax is 10–35 % of gross; net is gross − tax (or, with no tax column, 65–90 % of gross).
    func applyPayRules(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func free(_ names: [String]) -> Int? {
            for n in names {
                if let c = fields.firstIndex(where: { $0.name.lowercased() == n }), fields[c].references == nil,
                   Self.numeric.contains(fields[c].type), !fields[c].unique, case .kind(_, .random)? = sources[c] { return c }
            }
            return nil
        }
        guard let gross = free(Self.grossNames) else {
            if let tax = free(Self.salesTaxNames) { applySalesTax(fields, &sources, tax: tax) }
            return
        }
        let tax = free(Self.taxNames), net = free(Self.netNames)
        // Where an input is NULL a derived column keeps its own kind's value, not a NULL its column may not allow.
        if let tax { sources[tax] = .share(of: gross, low: 0.10, high: 0.35, fallback: Self.ownKind(sources[tax])) }
        if let net {
            let own = Self.ownKind(sources[net])
            if let tax { sources[net] = .difference(gross, tax, fallback: own) } else { sources[net] = .share(of: gross, low: 0.65, high: 0.90, fallback: own) }
        }
    }

    /// The money a sale, an invoice or a bill is for, which its tax is charged on, first found in this order.
    static let taxedAmountNames = subtotalNames + ["amount", "price", "total", "total_amount", "amount_due", "fare"]
    static let salesTaxNames = ["tax", "tax_amount", "taxes", "vat", "vat_amount", "sales_tax", "gst", "tax_total"]

    /// Without a gross, a tax beside what was sold or billed is 5–20 % of it (no $39 tax on a $22 invoice).
    private func applySalesTax(_ fields: [Field], _ sources: inout [FieldSource?], tax: Int) {
        guard let base = Self.column(named: Self.taxedAmountNames, in: fields, where: Self.isOwnNumber), base != tax, !Self.reaches(tax, base, in: sources) else { return }
        sources[tax] = .share(of: base, low: 0.05, high: 0.20, fallback: Self.ownKind(sources[tax]))
    }

    /// Bedrooms 1–6; square feet 380–700 per bedroom (35–65 m²); bathrooms half to one per bedroom;
    /// price $120–450 per square foot ($1,300–4,800 per m²); a sold price 92–105 % of the asking price;
    /// a month's rent $0.90–3.20 per square foot ($10–34 per m², $700–2,200 per bedroom).
    func applyHomeRules(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func free(_ names: [String]) -> Int? {
            for n in names {
                if let c = fields.firstIndex(where: { $0.name.lowercased() == n }), fields[c].references == nil,
                   Self.numeric.contains(fields[c].type), !fields[c].unique, !fields[c].primaryKey,
                   case .kind(_, .random)? = sources[c] { return c }
            }
            return nil
        }
        guard let bedrooms = free(Self.bedroomNames) else { return }
        // A hospital's or a shelter's `beds` are not a home's bedrooms: `beds` counts as bedrooms only beside another
        // column of a home (baths, size, rent, price).
        if fields[bedrooms].name.lowercased() == "beds",
           free(Self.bathroomNames + Self.sizeFeetNames + Self.sizeMetreNames + Self.homeRentNames + Self.homePriceNames) == nil { return }
        sources[bedrooms] = .kind(EnumKind(values: [1, 2, 3, 4, 5, 6], weights: [1, 3, 4, 2.5, 1, 0.5]), .random)
        if let baths = free(Self.bathroomNames) { sources[baths] = .share(of: bedrooms, low: 0.5, high: 1.0, fallback: Self.ownKind(sources[baths])) }
        let feet = free(Self.sizeFeetNames), metres = feet == nil ? free(Self.sizeMetreNames) : nil
        if let feet { sources[feet] = .share(of: bedrooms, low: 380, high: 700, fallback: Self.ownKind(sources[feet])) }
        if let metres { sources[metres] = .share(of: bedrooms, low: 35, high: 65, fallback: Self.ownKind(sources[metres])) }
        // A month's rent: $0.90–3.20 a square foot ($10–34 a m²), or $700–2,200 a bedroom.
        if let rent = free(Self.homeRentNames) {
            let own = Self.ownKind(sources[rent])
            if let feet { sources[rent] = .share(of: feet, low: 0.9, high: 3.2, fallback: own) }
            else if let metres { sources[rent] = .share(of: metres, low: 10, high: 34, fallback: own) }
            else { sources[rent] = .share(of: bedrooms, low: 700, high: 2_200, fallback: own) }
        }
        guard let price = free(Self.homePriceNames) else { return }
        if let feet {
            sources[price] = .share(of: feet, low: 120, high: 450, fallback: Self.ownKind(sources[price]))
        } else if let metres {
            sources[price] = .share(of: metres, low: 1300, high: 4800, fallback: Self.ownKind(sources[price]))
        } else {
            sources[price] = .share(of: bedrooms, low: 90_000, high: 260_000, fallback: Self.ownKind(sources[price]))
        }
        // What it sold for is near what it was listed at (and exists once sold: `applyStatusHeldValues`).
        if let sold = free(Self.homeSoldPriceNames), sold != price {
            sources[sold] = .share(of: price, low: 0.92, high: 1.05, fallback: Self.ownKind(sources[sold]))
        }
    }

    /// A home's rent for a month.
    static let homeRentNames = ["monthly_rent", "rent", "rent_amount", "rent_per_month", "asking_rent", "list_rent", "monthly_rate"]

    /// A home's price once sold, beside its asking price.
    static let homeSoldPriceNames = ["sold_price", "sale_price", "final_price", "closing_price", "selling_price", "sold_for"]

    /// The generator a free column had before a rule derived it (`free` only picks `.kind` columns).
    static func ownKind(_ source: FieldSource?) -> any KindGenerator {
        if case let .kind(g, _)? = source { return g }
        return NumberKind(lo: 0, hi: 0, distribution: .uniform, integer: true, precision: 0)  // not reached: rules derive only free `.kind` columns
    }
}
