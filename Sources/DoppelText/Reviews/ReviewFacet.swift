/// One thing a reviewer can judge about a product type, with the words that fit it.
///
/// The adjectives belong to the noun ("a lumpy mattress", "a patchy signal"), so a
/// sentence built from a facet never pairs a quality with a thing it cannot have.
struct ReviewFacet: Sendable, Equatable {
    /// The noun phrase, without article ("mattress", "front desk staff").
    let noun: String
    /// Whether the noun takes plural agreement ("the towels were").
    let plural: Bool
    /// Qualities a pleased reviewer would name, usable after "was"/"were".
    let good: [String]
    /// Qualities an unhappy reviewer would name.
    let bad: [String]

    /// "the" or "their" (the business's), fixed when the facet is drawn for a review.
    var determiner = "the"
    /// The noun phrase with its determiner: "the mattress", "their checkout".
    var phrase: String { determiner + " " + noun }

    /// "was" or "were", agreeing with the noun.
    var be: String { plural ? "were" : "was" }
    /// "is" or "are".
    var beNow: String { plural ? "are" : "is" }
    /// "who" for people ("the tutors, who were encouraging"), "which" for anything else.
    var relative: String { FacetKind.of(noun) == .people ? "who" : "which" }
    /// "it" or "they", for a second clause about the same thing; "they" for a person too
    /// ("the pilot; they were brusque", never "it was").
    var pronoun: String { plural || isPeople ? "they" : "it" }
    /// The verb after `pronoun`: "was" or "were".
    var pronounBe: String { plural || isPeople ? "were" : "was" }
    /// The verb after `pronoun`: "is" or "are".
    var pronounBeNow: String { plural || isPeople ? "are" : "is" }
    /// "it" or "them", as an object.
    var object: String { plural || isPeople ? "them" : "it" }
    private var isPeople: Bool { FacetKind.of(noun) == .people }

    /// Other names for the same thing ("bed" for "mattress"); one is chosen per review.
    var otherNames: [String] = []

    /// This facet with a quality in front of its noun ("the lumpy mattress").
    func described(_ quality: String) -> ReviewFacet {
        ReviewFacet(noun: noun, plural: plural, good: good, bad: bad, determiner: determiner + " " + quality)
    }

    /// This facet under one of its names.
    func named(_ name: String) -> ReviewFacet {
        ReviewFacet(noun: name, plural: plural, good: good, bad: bad, determiner: determiner)
    }

    /// Parses facet lines: `noun / other name ; good, good ; bad, bad`, a leading `*` marking a plural noun.
    ///
    /// Lines that do not have three parts with words in each are skipped; the lexicons are
    /// ours, and a test checks every product type parses to enough facets.
    static func parse(_ source: String) -> [ReviewFacet] {
        var facets: [ReviewFacet] = []
        for raw in source.split(separator: "\n") {
            let parts = raw.split(separator: ";").map { String($0.trimmingSpaces()) }
            guard parts.count == 3 else { continue }
            var noun = Substring(parts[0])
            let plural = noun.first == "*"
            if plural { noun = noun.dropFirst() }
            let good = parts[1].split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
            let bad = parts[2].split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
            guard !noun.isEmpty, !good.isEmpty, !bad.isEmpty else { continue }
            let names = noun.split(separator: "/").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
            guard let first = names.first else { continue }
            facets.append(ReviewFacet(noun: first, plural: plural, good: good, bad: bad, otherNames: Array(names.dropFirst())))
        }
        return facets
    }
}
