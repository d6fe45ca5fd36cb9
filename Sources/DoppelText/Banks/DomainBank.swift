/// Phrase banks per product type, one string literal each (see `PhraseBank`).
///
/// Every domain bank defines the symbols the shared grammars use:
/// `it`, `noun`, `stint`, `purpose`, `persona`, `aspect`, `feature`, `staff`,
/// `good`, `bad`, `meh`, `wish`, `alt`, `moment`.
enum DomainBank {
    static let requiredSymbols = ["it", "noun", "stint", "purpose", "persona", "aspect", "feature", "staff",
                                  "good", "bad", "meh", "wish", "alt", "moment"]

    static func bank(for type: ProductType) -> PhraseBank {
        switch type {
        case .mobileApp: return mobileApp
        case .webApp: return webApp
        case .saas: return saas
        case .game: return game
        case .ecommerce: return ecommerce
        case .hardware: return hardware
        case .foodDelivery: return foodDelivery
        case .restaurant: return restaurant
        case .hotel: return hotel
        case .airline: return airline
        case .carRental: return carRental
        case .bank: return bank
        case .insurance: return insurance
        case .telecom: return telecom
        case .streaming: return streaming
        case .healthcare: return healthcare
        case .education: return education
        case .fitness: return fitness
        }
    }
}
