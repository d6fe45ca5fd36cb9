import DoppelText
import DoppelEngine

/// "who responded to which incident", "which volunteer worked which shift": a list item that says who did what, many
/// times over, is a pairing of the people and the things (`firefighter_incidents`), not a table named for the verb.
extension PromptReader {
    /// The particles of phrasal verbs (`signed up for`, `checked in to`).
    static let particles: Set<String> = ["up", "out", "off", "in", "on", "over", "down", "back", "into"]

    /// The pairing, and the columns of each pair when a bracket follows ("who climbed which route (attempts, climbed_at)").
    static func whoDidWhich(_ input: [PromptNode], drafts: [EntityDraft]) -> (pairing: RelationStatement, columns: [PromptNode]?)? {
        var nodes = input
        var columns: [PromptNode]?
        if let group = nodes.last?.children { columns = group; nodes.removeLast() }
        // ("who sold which car to whom": the third party is not a table of its own)
        if nodes.count > 2, nodes[nodes.count - 1].isWord("whom") { nodes.removeLast(2) }
        guard let pairing = pairing(nodes, drafts: drafts) else { return nil }
        return (pairing, columns)
    }

    private static func pairing(_ nodes: [PromptNode], drafts: [EntityDraft]) -> RelationStatement? {
        let words = nodes.compactMap(\.wordText)
        guard words.count == nodes.count, words.count >= 4, let which = words.lastIndex(of: "which"), which >= 2 else { return nil }
        let object = Array(words[(which + 1)...])
        guard (1...3).contains(object.count), !object.contains(where: Vocabulary.isFunctionWord) else { return nil }
        // The subject: `who` (the people listed last) or `which <people>`.
        let subject: [String]
        let verbAt: Int
        if words[0] == "who" {
            guard let people = drafts.last(where: { d in
                d.words.last.map { DomainCatalogue.nature(of: Inflector.singular($0), domain: nil) == .person } ?? false
            }) else { return nil }
            subject = people.words
            verbAt = 1
        } else if words[0] == "which", let end = words.indices.dropFirst().first(where: { !DomainCatalogue.isKnownEntity(Inflector.singular(words[$0])) && $0 > 1 }) {
            subject = words[1..<end].map { $0 }
            verbAt = end
        } else {
            return nil
        }
        // the verb, then at most two prepositions: "responded to", "was assigned to"
        guard verbAt < which, !Vocabulary.isFunctionWord(words[verbAt]) || ["was", "were"].contains(words[verbAt]),
              which - verbAt <= 3,
              words[(verbAt + 1)..<which].allSatisfy({ Vocabulary.isFunctionWord($0) || Self.particles.contains($0) }) else { return nil }
        let thing = object.dropLast() + [Inflector.plural(object[object.count - 1])]
        let people = subject.dropLast() + [Inflector.plural(Inflector.singular(subject[subject.count - 1]))]
        return RelationStatement(child: Array(people), parent: Array(thing), manyToMany: true)
    }
}
