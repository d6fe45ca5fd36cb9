import Foundation
import Testing
import DoppelTestSupport
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's league scored 126 goals and 98 yellow cards in one player's match and kicked off at 02:35; a
/// stranger's cinema charged $179.25 for a screening.
@Suite struct GamesAndShowingsTests {
    @Test(arguments: 1...8) func aPlayersLineInOneGameHoldsAFewOfEach(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["player_stats", "match_stats", "game_stats", "box_scores", "appearances", "player_match_stats"])
        let game = rng.pick(["matches", "games", "fixtures"])
        let columns = (0..<3).map { _ in rng.pick(Array(ColumnLexicon.perGameCounts.keys).sorted()) }
        let prompt = "A league with teams, players, \(game) and \(table) (\(game.dropLast(game == "matches" ? 2 : 1))_id, player_id, \(Set(columns).sorted().joined(separator: ", ")))"
        for column in Set(columns) {
            let f = try #require(TestSupport.plannedField(prompt, table, column), "\(prompt): \(column)")
            let most = try #require(Double(ColumnLexicon.perGameCounts[column]!.split(separator: ".").last!))
            #expect((f.max ?? .infinity) <= most && (f.max ?? .infinity) <= 400, "\(prompt): \(column) \(f)")
        }
        // A season's totals are no one game's.
        let season = TestSupport.plannedField("A league with players and season_stats (player_id, season, goals, points)", "season_stats", "goals")
        #expect((season?.max ?? 1000) > 3)
    }

    @Test(arguments: 1...6) func aGameIsPlayedOnAQuarterHourOfTheDay(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["matches", "games", "fixtures", "football_matches"])
        let column = rng.pick(["played_at", "kickoff", "kickoff_time", "tipoff_at"])
        let json = """
            {"name": "s", "entities": [{"name": "\(table)", "rows": 200, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(column)", "type": "datetime"}, {"name": "home_score", "type": "integer", "min": 0, "max": 6}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        for value in TestSupport.column(plan, table, column).compactMap({ $0 }) {
            let t = try #require(TestSupport.instant(value))
            let secondOfDay = Int(t) % 86_400
            #expect(secondOfDay >= 8 * 3600 && secondOfDay <= 21 * 3600 && secondOfDay % 900 == 0, "\(table).\(column) \(value)")
        }
    }

    @Test(arguments: ["screenings", "showtimes", "movie_showings"])
    func aFilmsSeatCostsWhatACinemaTicketDoes(table: String) throws {
        let price = try #require(TestSupport.plannedField("Cinema chain with cinemas, movies, \(table) (movie_id, starts_at, price) and tickets", table, "price"))
        #expect((price.min ?? 0) >= 5 && (price.max ?? .infinity) <= 30, "\(price)")
        let concert = try #require(TestSupport.plannedField("Venues with concerts (venue_id, artist, starts_at, price)", "concerts", "price"))
        #expect((concert.min ?? 0) >= 10 && (concert.max ?? .infinity) <= 300, "\(concert)")
    }
}
