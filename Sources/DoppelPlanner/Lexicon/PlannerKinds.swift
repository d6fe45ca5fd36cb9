import DoppelEngine

/// The field kinds the planner may emit: the engine's kind catalogue
/// (`KindCatalogue`). Every spec in the lexicons and templates is checked
/// against it by the tests, so the planner never asks the engine for a
/// generator that does not exist.
enum PlannerKinds {
    static let all: Set<String> = Set(KindCatalogue.entries.map(\.name))
}
