import DoppelText

/// A case or matter beside lawyers, a court or a judge is a legal case (protocol/SCHEMA.md, *Row
/// text*): called by its parties ("Campbell v. Bell"), not by a support desk's problem ("Order
/// arrived damaged").
extension SchemaResolver {
    /// Words of the people and places of the law.
    static let legalWords: Set<String> = ["attorney", "lawyer", "solicitor", "barrister", "counsel", "paralegal", "court",
                                          "judge", "docket", "law", "legal", "litigation", "plaintiff", "defendant"]

    /// "legal case" for a case or matter table in a legal setting: the schema's name or another
    /// table names the law's people or places, or the table has such a column (`court`, `judge_id`).
    func legalCaseNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard let head = noun.split(separator: " ").last, head == "case" || head == "matter" else { return nil }
        func legal(_ name: String) -> Bool { !Set(KindInference.tokens(name).map(Inflector.singular)).isDisjoint(with: Self.legalWords) }
        let legalSetting = legal(schema.name) || schema.entities.contains { $0.name != entity.name && legal($0.name) }
            || entity.fields.contains { legal($0.name) }
        return legalSetting ? "legal " + noun : nil
    }
}
