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

/// An issue or bug beside repositories, commits or pull requests is an issue in code (protocol/SCHEMA.md,
/// *Row text*): titled by what is wrong with the software ("Parser crashes on empty input") and reported
/// with steps to reproduce, not a support desk's "How do I change my plan?".
extension SchemaResolver {
    static let codeWords: Set<String> = ["repository", "repo", "commit", "pull", "merge", "branch", "codebase", "github", "gitlab",
                                         "changeset", "patch"]

    func codeIssueNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard let head = noun.split(separator: " ").last, head == "issue" || head == "bug" else { return nil }
        func code(_ name: String) -> Bool { !Set(KindInference.tokens(name).map(Inflector.singular)).isDisjoint(with: Self.codeWords) }
        let codeSetting = code(schema.name) || schema.entities.contains { $0.name != entity.name && code($0.name) }
            || entity.fields.contains { $0.references.map { code($0.entity) } ?? false }
        return codeSetting ? "code " + head : nil
    }
}

/// An issue or edition beside a newsletter, magazine or journal is one of its issues: headlined like a
/// post ("5 Lessons I Learned About Travel"), not a support ticket.
extension SchemaResolver {
    func publicationIssueNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard let head = noun.split(separator: " ").last, head == "issue" || head == "edition" else { return nil }
        let publications = Set(RowTitleWriter.publicationNouns)
        func publication(_ name: String) -> Bool { !Set(KindInference.tokens(name).map(Inflector.singular)).isDisjoint(with: publications) }
        let setting = publication(schema.name) || schema.entities.contains { $0.name != entity.name && publication($0.name) }
        return setting ? "newsletter " + head : nil
    }
}

/// An incident's family (a site's injury, a trial's adverse event, a service's outage), from its
/// table's words and the schema's; a service's incidents are titled as outages ("Elevated error
/// rates on the checkout API"), not as a customer's problems.
extension SchemaResolver {
    func incidentFamily(_ entity: Entity) -> IncidentAccounts.Family? {
        func words(_ name: String) -> [String] { KindInference.tokens(name).map(Inflector.singular) }
        let schemaWords = Set(schema.entities.flatMap { words($0.name) } + words(schema.name))
        return IncidentAccounts.family(entity: Set(words(entity.name)), schema: schemaWords)
    }

    func serviceIncidentNoun(_ entity: Entity) -> String? {
        incidentFamily(entity) == .service ? "service " + Self.noun(entity.name) : nil
    }
}
