/// What a batch or a day's stock made, sold and lost agree (protocol/SCHEMA.md, *Rows that agree*):
/// a bakery's batch sells at most what was baked, and what it threw away is the rest; not 8 baked,
/// 10 sold and 21 wasted.
extension SchemaResolver {
    /// Words of a count of what was made or brought in.
    static let madeWords: Set<String> = ["baked", "produced", "made", "brewed", "manufactured", "prepared", "cooked", "harvested",
                                         "printed", "built", "stocked", "received", "bottled", "roasted", "picked", "caught"]
    /// Words of a count of what then went out.
    static let soldWords: Set<String> = ["sold", "used", "served", "consumed", "shipped", "dispatched", "eaten", "issued", "donated"]
    /// Words of a count of what was left or lost.
    static let leftWords: Set<String> = ["waste", "wasted", "wastage", "spoilage", "spoiled", "leftover", "leftovers", "unsold",
                                         "remaining", "discarded", "expired", "surplus"]

    /// Sold is 60–100 % of made; what was left or lost is made − sold.
    func applyStockFlow(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func count(_ words: Set<String>) -> Int? {
            fields.indices.first { c in
                Self.numeric.contains(fields[c].type) && fields[c].references == nil && !fields[c].unique && !fields[c].primaryKey
                    && !Set(KindInference.tokens(fields[c].name)).isDisjoint(with: words)
                    && Set(KindInference.tokens(fields[c].name)).isDisjoint(with: ["price", "cost", "revenue", "value", "amount", "rate", "date", "at", "on", "year"])
                    && { if case .kind(_, .random)? = sources[c] { return true } else { return false } }()
            }
        }
        guard let made = count(Self.madeWords), let sold = count(Self.soldWords), sold != made,
              !Self.reaches(sold, made, in: sources) else { return }
        sources[sold] = .share(of: made, low: 0.6, high: 1.0, fallback: Self.ownKind(sources[sold]))
        if let left = count(Self.leftWords), left != made, left != sold, !Self.reaches(left, made, in: sources) {
            sources[left] = .difference(made, sold, fallback: Self.ownKind(sources[left]))
        }
    }
}
