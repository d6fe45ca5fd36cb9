/// What an insurance claim can be for, by the kind of policy it is made on: a car policy pays for a collision or
/// a theft, a home policy for a fire or water damage, a health policy for medical care; never a collision on a
/// life policy. Policy kinds are read from the words of the policy's type (`auto`, `Homeowners`, `pet_insurance`).
enum ClaimTypes {
    static let byPolicyWord: [(words: Set<String>, claims: [String])] = [
        (["auto", "car", "vehicle", "motor", "automobile", "motorcycle"], ["collision", "theft", "glass", "liability", "comprehensive"]),
        (["home", "homeowners", "homeowner", "house", "property", "renters", "renter", "condo", "landlord"],
         ["water_damage", "fire", "theft", "storm", "liability"]),
        (["health", "medical", "dental", "vision"], ["medical", "hospital", "prescription", "outpatient"]),
        (["life", "term", "whole"], ["death_benefit"]),
        (["travel", "trip"], ["trip_cancellation", "lost_baggage", "medical", "delay"]),
        (["pet"], ["illness", "accident", "wellness"]),
        (["business", "commercial", "liability"], ["liability", "property_damage", "business_interruption"]),
    ]

    /// The claims a policy of `type` can have, in the spelling of `offered` (a claim column's own values) where one
    /// of them is such a claim; nil when the type names no known kind of policy.
    static func claims(ofPolicy type: String, offered: [String]) -> [String]? {
        let words = Set(type.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        guard let kinds = byPolicyWord.first(where: { !$0.words.isDisjoint(with: words) })?.claims else { return nil }
        // A value the column offers, as it writes it ("Water Damage", "water damage"), else the list's own spelling.
        let given = Dictionary(offered.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        // (or one that names it within more words: "auto collision" is a collision)
        var mine: [String] = []
        for k in kinds {
            if let v = given[key(k)] ?? offered.first(where: { key($0).contains(key(k)) }), !mine.contains(v) { mine.append(v) }
        }
        // (a column that lists its values keeps to them: none of this policy's kinds among them, the row keeps its draw)
        if !offered.isEmpty { return mine.isEmpty ? nil : mine }
        return kinds
    }

    static func key(_ s: String) -> String { String(s.lowercased().filter(\.isLetter)) }
}
