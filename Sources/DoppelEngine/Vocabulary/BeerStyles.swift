/// What a beer of each style is like: its strength (percent alcohol by volume) and bitterness (IBU), by the
/// usual ranges brewers publish. A stout is not a 76-IBU lager.
package enum BeerStyles {
    package static let profiles: [String: (abv: ClosedRange<Double>, ibu: ClosedRange<Double>)] = [
        "ipa": (5.5...7.5, 40...70), "india pale ale": (5.5...7.5, 40...70), "double ipa": (7.5...10, 60...100),
        "pale ale": (4.5...6.2, 30...50), "lager": (4.2...5.4, 8...25), "stout": (4...7, 25...45), "imperial stout": (8...12, 50...90),
        "porter": (4.5...6.5, 20...40), "pilsner": (4.2...5.4, 25...45), "wheat beer": (4.3...5.6, 8...18), "wheat": (4.3...5.6, 8...18),
        "hefeweizen": (4.3...5.6, 8...15), "sour": (3...6.5, 3...12), "saison": (5...7, 20...35), "amber ale": (4.4...6.1, 20...40),
        "brown ale": (4.2...6, 20...30), "blonde ale": (4...5.5, 15...28), "golden ale": (4...5.5, 15...28), "bock": (6.3...7.2, 20...27),
        "witbier": (4.5...5.5, 8...20), "kolsch": (4.4...5.2, 18...30), "kölsch": (4.4...5.2, 18...30), "barleywine": (8...12, 50...100),
        "red ale": (4...6, 18...30), "cream ale": (4.2...5.6, 8...20), "session ipa": (3.5...5, 30...50), "gose": (4.2...4.8, 5...12),
    ]
}
