import DoppelText

/// A case or matter beside lawyers, a court or a judge is a legal case (protocol/SCHEMA.md, *Row
/// text*): called by its parties ("Campbell v. Bell"), not by a support desk's problem ("Order
/// arrived damaged").
extension SchemaResolver {
    /// The singular words of a table's, column's or schema's name (`adverse_events` → adverse, event).
    static func singularWords(_ name: String) -> Set<String> { Set(KindInference.tokens(name).map(Inflector.singular)) }

    /// The singular words of the dataset's name and of every table's (`wedding_planner`, `couples` → wedding,
    /// planner, couple): the setting the rows are written in.
    var datasetWords: Set<String> { schema.entities.reduce(Self.singularWords(schema.name)) { $0.union(Self.singularWords($1.name)) } }

    /// Whether the schema's name or a table other than `entity` names one of `words`: the setting a table is in.
    func settingNames(_ words: Set<String>, besides entity: Entity) -> Bool {
        !Self.singularWords(schema.name).isDisjoint(with: words)
            || schema.entities.contains { $0.name != entity.name && !Self.singularWords($0.name).isDisjoint(with: words) }
    }

    /// Words of the people and places of the law.
    static let legalWords: Set<String> = ["attorney", "lawyer", "solicitor", "barrister", "counsel", "paralegal", "court",
                                          "judge", "docket", "law", "legal", "litigation", "plaintiff", "defendant"]

    /// "legal case" for a case or matter table in a legal setting: the schema's name or another
    /// table names the law's people or places, or the table has such a column (`court`, `judge_id`).
    func legalCaseNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard let head = noun.split(separator: " ").last, head == "case" || head == "matter" else { return nil }
        let legalSetting = settingNames(Self.legalWords, besides: entity)
            || entity.fields.contains { !Self.singularWords($0.name).isDisjoint(with: Self.legalWords) }
        return legalSetting ? "legal " + noun : nil
    }
}

/// An issue or bug beside repositories, commits or pull requests is an issue in code (protocol/SCHEMA.md,
/// *Row text*): titled by what is wrong with the software ("Parser crashes on empty input") and reported
/// with steps to reproduce, not a support desk's "How do I change my plan?".
extension SchemaResolver {
    static let codeWords: Set<String> = ["repository", "repo", "commit", "pull", "merge", "branch", "codebase", "github", "gitlab",
                                         "changeset", "patch"]

    func codeIssueNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard let head = noun.split(separator: " ").last, head == "issue" || head == "bug" else { return nil }
        // A bug tracker's issues are the software's, and so are those of projects with a `repo_url`.
        let codeSetting = settingNames(Self.codeWords, besides: entity) || Self.singularWords(schema.name).contains("bug")
            || entity.fields.contains { $0.references.map { !Self.singularWords($0.entity).isDisjoint(with: Self.codeWords) } ?? false }
            || schema.entities.contains { e in e.fields.contains { !Self.singularWords($0.name).isDisjoint(with: Self.codeWords) } }
        return codeSetting ? "code " + head : nil
    }
}

/// An episode beside a podcast (or an audiobook's chapters beside the book) is listened to: reviewed
/// for its host, guests and sound, not for performances and a soundtrack.
extension SchemaResolver {
    static let listeningWords: Set<String> = ["podcast", "audiobook", "radio"]

    func podcastEpisodeNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard let head = noun.split(separator: " ").last, head == "episode" else { return nil }
        return settingNames(Self.listeningWords, besides: entity) ? "podcast episode" : nil
    }
}

/// An issue or edition beside a newsletter, magazine or journal is one of its issues: headlined like a
/// post ("5 Lessons I Learned About Travel"), not a support ticket.
extension SchemaResolver {
    func publicationIssueNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard let head = noun.split(separator: " ").last, head == "issue" || head == "edition" else { return nil }
        return settingNames(Set(RowTitleWriter.publicationNouns), besides: entity) ? "newsletter " + head : nil
    }
}

/// An incident's family (a site's injury, a trial's adverse event, a service's outage), from its
/// table's words and the schema's; a service's incidents are titled as outages ("Elevated error
/// rates on the checkout API"), not as a customer's problems.
extension SchemaResolver {
    func incidentFamily(_ entity: Entity) -> IncidentAccounts.Family? {
        IncidentAccounts.family(entity: Self.singularWords(entity.name), schema: datasetWords)
    }

    func serviceIncidentNoun(_ entity: Entity) -> String? {
        incidentFamily(entity) == .service ? "service " + Self.noun(entity.name) : nil
    }

    /// A marketplace's listing or ad of goods (its row names a product category or a product) is an item for
    /// sale, described as one: not a place "close to public transport".
    func goodsListingNoun(_ entity: Entity) -> String? {
        guard ["listing", "ad", "advert", "advertisement", "posting"].contains(Inflector.singular(KindInference.head(ofEntity: entity.name))),
              entity.fields.contains(where: { ["commerce.category", "commerce.product_name"].contains($0.kind ?? "") && $0.references == nil })
        else { return nil }
        return "item"
    }
}
