/// The facets each product type is judged on (see `ReviewFacet`), one literal per type.
///
/// These are the product's own nouns with the qualities that fit each of them; the
/// review composer builds its sentences from them, so a hotel review talks about
/// mattresses and breakfast and an app review about sync and crashes.
enum FacetLexicon {
    /// The parsed facets of `type` (parsed once per process).
    static func facets(for type: ProductType) -> [ReviewFacet] { parsed[type] ?? [] }

    private static let parsed: [ProductType: [ReviewFacet]] = {
        var table: [ProductType: [ReviewFacet]] = [:]
        for type in ProductType.allCases { table[type] = ReviewFacet.parse(source(for: type)).map(FacetKind.widened) }
        return table
    }()

    private static func source(for type: ProductType) -> String {
        switch type {
        case .hotel: return hotel
        case .restaurant: return restaurant
        case .airline: return airline
        case .carRental: return carRental
        case .foodDelivery: return foodDelivery
        case .mobileApp: return mobileApp
        case .webApp: return webApp
        case .saas: return saas
        case .game: return game
        case .streaming: return streaming
        case .ecommerce: return ecommerce
        case .hardware: return hardware
        case .bank: return bank
        case .insurance: return insurance
        case .telecom: return telecom
        case .healthcare: return healthcare
        case .education: return education
        case .fitness: return fitness
        }
    }
}
