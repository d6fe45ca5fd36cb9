import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A mobile game's players install it, play levels in sessions and buy in-app items (not chess players, tutoring
/// sessions and shipped orders); an event planner's events are clients' occasions at a venue (not page views) and its
/// vendors provide an event's services. A sports league's players stay athletes.
@Suite struct GameAndEventPlanningTests {
    static let games = ["Mobile game with players, levels, sessions and purchases", "Mobile gaming app with players and in-app purchases",
                        "Game analytics: players, sessions and levels", "Puzzle game app with players, levels and purchases"]

    static func fields(_ schema: Schema, _ table: String) -> Set<String>? {
        schema.entities.first { $0.name == table }.map { Set($0.fields.map(\.name)) }
    }

    @Test(arguments: 0..<4) func aMobileGamesTablesAreAGames(seed: Int) throws {
        let prompt = Self.games[seed]
        let schema = Planner().plan(prompt).schema
        let players = try #require(Self.fields(schema, "players"), "\(prompt): \(schema.entities.map(\.name))")
        #expect(players.contains("installed_at") && !players.contains("ranking"), "\(prompt): \(players)")
        if let s = Self.fields(schema, "sessions") { #expect(s.contains("duration_seconds") && !s.contains("subject"), "\(prompt): \(s)") }
        for t in ["purchases", "in_app_purchases"] {
            if let p = Self.fields(schema, t) { #expect(p.contains("price_usd") && !p.contains("shipping_method"), "\(prompt): \(p)") }
        }
        if let l = Self.fields(schema, "levels") { #expect(l.contains("difficulty") && !l.contains("description"), "\(prompt): \(l)") }
    }

    @Test func aLeaguesPlayersStayAthletes() throws {
        let schema = Planner().plan("Football league with teams, players and matches").schema
        let players = try #require(Self.fields(schema, "players"))
        #expect(!players.contains("installed_at"), "\(players)")
    }

    @Test(arguments: ["Sprint planning with tasks, sprints and events", "Production planning with machines, suppliers and events"])
    func planningWithNoClientsOrOccasionsIsNoPlanners(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        if let events = Self.fields(schema, "events") { #expect(!events.contains("guest_count"), "\(prompt): \(events)") }
        if let s = schema.entities.first(where: { $0.name == "suppliers" }) {
            #expect(!s.fields.contains { $0.name == "category" && ($0.values ?? []).contains("Photography") }, "\(prompt)")
        }
    }

    @Test(arguments: ["Event planning company with clients, events, vendors and invoices", "Wedding planner with clients, events and vendors",
                      "Event planners: clients, events and venues"])
    func anEventPlannersEventsAreOccasions(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let events = try #require(Self.fields(schema, "events"), "\(prompt): \(schema.entities.map(\.name))")
        #expect(events.contains("event_type") && events.contains("guest_count") && !events.contains("page_url"), "\(prompt): \(events)")
        if let v = Self.fields(schema, "vendors") { #expect(!v.contains("lead_time_days"), "\(prompt): \(v)") }
    }
}
