import DoppelText

/// Some things happen to one thing once (protocol/SCHEMA.md, *Relationships*): an animal is adopted once, a car
/// or a house sold once. A table of such events references each such parent at most once when it can.
extension SchemaResolver {
    /// Heads of a table of events each of which ends its parent's availability.
    static let onceEventHeads: Set<String> = ["adoption", "sale", "purchase"]
    /// Heads of a table of single, individual things (not goods sold by the unit).
    static let individualHeads: Set<String> = ["animal", "pet", "dog", "cat", "horse", "puppy", "kitten", "vehicle", "car", "truck",
                                               "motorcycle", "boat", "house", "home", "property", "apartment", "condo", "artwork",
                                               "painting", "sculpture", "lot", "listing"]

    /// Whether `entity` records an event that happens to each row of the table `f` references once, and has no
    /// more rows than that table: an adoption of an animal, a sale of a car.
    func happensOnceEach(_ entity: Entity, _ f: Field) -> Bool {
        guard let ref = f.references, ref.entity != entity.name, let parent = schema.entity(named: ref.entity),
              entity.rows <= parent.rows else { return false }
        return Self.happensOnceEach(event: entity.name, of: parent.name)
    }

    /// Heads of a table of reviews of one occasion each (a guest reviews their stay once).
    static let occasionReviewHeads: Set<String> = ["review", "rating", "feedback"]
    /// Heads of a table of occasions someone reviews once: a stay, a booking, an order, a ride.
    static let reviewedOccasionHeads: Set<String> = ["reservation", "booking", "stay", "order", "appointment", "visit", "ride",
                                                     "trip", "delivery", "rental", "session", "consultation"]

    /// Whether a table named `event` records what happens once to each row of a table named `parent`: an
    /// adoption of an animal, a sale of a car, a review of a stay.
    static func happensOnceEach(event: String, of parent: String) -> Bool {
        let head = Inflector.singular(KindInference.head(ofEntity: event))
        let parentHead = Inflector.singular(KindInference.head(ofEntity: parent))
        return onceEventHeads.contains(head) && individualHeads.contains(parentHead)
            || occasionReviewHeads.contains(head) && reviewedOccasionHeads.contains(parentHead)
    }
}
