import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's ride-hailing app drove from Des Moines to El Paso and picked its rider up five days after the
/// request; a multiplayer game played "Mode E" on "Map A" for six hours with 545 assists and "Senior" players;
/// a pharmacy filled prescriptions before they were written and sold an inhaler as a cream; a dental plan's
/// estimate read "Total Estimate B" and an exhibition's closing day was `true`. Drawn names and seeds.
@Suite struct RidesGamesAndPrescriptionsTests {
    static func seconds(_ text: String?) -> Int64? { text.flatMap(CivilTime.parse) }
    struct Missing: Error { let name: String }
    static func column(_ e: EntityPlan, _ name: String) throws -> Int {
        guard let c = e.column(named: name) else { throw Missing(name: name) }
        return c
    }

    @Test(arguments: 1...4) func aHailedRideCrossesTownAfterAShortWait(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["ride-hailing app", "taxi company", "rideshare service", "cab firm"])
        let (from, to) = rng.pick([("pickup_location", "dropoff_location"), ("pickup_address", "dropoff_address")])
        let prompt = "A \(setting) with drivers (name, rating), riders and rides (driver_id, rider_id, \(from), \(to), requested_at, "
            + "picked_up_at, dropped_off_at, distance_km, fare)"
        let schema = Planner().plan(prompt).schema
        #expect(schema.entity(named: "rides")?.field(named: from)?.kind == "address.street", "\(setting) \(from)")
        let plan = try schema.resolve(ResolveOptions(seed: seed)).get()
        let rides = try #require(plan.entity(named: "rides"))
        let requested = try Self.column(rides, "requested_at"), picked = try Self.column(rides, "picked_up_at")
        let dropped = try Self.column(rides, "dropped_off_at"), distance = try Self.column(rides, "distance_km")
        for row in TestSupport.table(plan, "rides") {
            let r = try #require(Self.seconds(row[requested])), p = try #require(Self.seconds(row[picked]))
            let d = try #require(Self.seconds(row[dropped])), km = try #require(row[distance].flatMap(Double.init))
            #expect(p - r >= 120 && p - r <= 1_500, "\(setting): picked up \(p - r) s after the request")
            #expect(km >= 1 && km <= 40, "\(setting): a \(km) km ride")
            #expect(d > p && d - p <= 4 * 3_600, "\(setting): \(km) km took \(d - p) s")
        }
    }

    @Test(arguments: 1...4) func anOnlineGamesMatchesLastMinutesAndItsPlayersClimbLevels(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["multiplayer game", "online shooter", "esports platform", "MOBA with matchmaking"])
        let line = rng.pick(["match_players", "match_participants", "game_players"])
        let prompt = "A \(setting) with players (username, level, country), matches (mode, map, started_at, ended_at) and "
            + "\(line) (match_id, player_id, kills, deaths, assists, score)"
        let schema = Planner().plan(prompt).schema
        let mode = schema.entity(named: "matches")?.field(named: "mode")?.values?.compactMap(\.stringValue) ?? []
        #expect(mode.contains("Team Deathmatch") && !mode.contains { $0.hasPrefix("Mode ") }, "\(setting): \(mode)")
        let map = schema.entity(named: "matches")?.field(named: "map")?.values?.compactMap(\.stringValue) ?? []
        #expect(!map.isEmpty && !map.contains { $0.hasPrefix("Map ") }, "\(setting): \(map)")
        let level = schema.entity(named: "players")?.field(named: "level")
        #expect(level?.type == .integer && (level?.max ?? 1_000) <= 120, "\(setting): \(String(describing: level?.kind))")
        for stat in ["kills", "deaths", "assists"] {
            let f = schema.entity(named: line)?.field(named: stat)
            #expect((f?.max ?? 1_000) <= 25, "\(line).\(stat) up to \(String(describing: f?.max))")
        }
        let plan = try schema.resolve(ResolveOptions(seed: seed)).get()
        for row in TestSupport.table(plan, "matches") {
            let s = try #require(Self.seconds(row[3])), e = try #require(Self.seconds(row[4]))
            #expect(e - s >= 300 && e - s <= 2_700, "\(setting): a match of \(e - s) s")
        }
    }

    @Test(arguments: 1...4) func aPrescriptionIsFilledAfterItIsWrittenInItsDrugsForm(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (written, filled) = rng.pick([("prescribed_on", "filled_on"), ("prescribed_at", "dispensed_at"), ("written_on", "filled_on")])
        let prompt = "A pharmacy with drugs (name, strength, form, price), patients and prescriptions (patient_id, drug_id, dosage, quantity, \(written), \(filled))"
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: seed)).get()
        let drugs = TestSupport.table(plan, "drugs")
        for d in drugs {
            let name = try #require(d[1]).lowercased(), form = try #require(d[3])
            for word in ["inhaler", "cream", "ointment", "drops", "patch", "spray"] where name.contains(word) {
                #expect(form == word, "\(name) as \(form)")
            }
        }
        let rx = try #require(plan.entity(named: "prescriptions"))
        let w = try Self.column(rx, written), f = try Self.column(rx, filled)
        let dose = try Self.column(rx, "dosage"), drug = try Self.column(rx, "drug_id")
        for row in TestSupport.table(plan, "prescriptions") {
            let a = try #require(Self.seconds(row[w])), b = try #require(Self.seconds(row[f]))
            #expect(b >= a && b - a <= 15 * 86_400, "\(filled) \(row[f] ?? "") for \(written) \(row[w] ?? "")")
            let k = try #require(row[drug].flatMap(Int.init))
            let name = try #require(drugs[k - 1][1])
            #expect(row[dose] == DoseReading.dose(ofMedication: name), "\(row[dose] ?? "nil") of \(name)")
        }
    }

    @Test func moneyNamesAreMoneyAndADayIsNotASwitch() throws {
        for name in ["total_estimate", "cost_estimate", "valuation", "payout", "bounty", "allowance", "stipend", "reimbursement", "settlement"] {
            let f = TestSupport.plannedField("A services firm with jobs (title, \(name))", "jobs", name)
            #expect(f?.type == .decimal && (f?.min ?? 0) > 0, "\(name): \(String(describing: f?.type)) \(String(describing: f?.kind))")
            #expect(ColumnNames.table[name]?.type == .decimal, "\(name) in the shared table")
        }
        for name in ["closes_on", "opens_on", "launches_on", "departs_on"] {
            #expect(TestSupport.plannedField("A museum with exhibits (title, \(name))", "exhibits", name)?.type == .date, "\(name)")
        }
        #expect(TestSupport.plannedField("A fleet with trucks (plate, lights_on)", "trucks", "lights_on")?.type == .boolean)
        let plan = try Planner().plan("A museum with exhibits (title, gallery, opened_on, closes_on)").schema.resolve(ResolveOptions(seed: 3)).get()
        for row in TestSupport.table(plan, "exhibits") {
            let open = try #require(Self.seconds(row[3])), close = try #require(Self.seconds(row[4]))
            #expect(close > open, "closes \(row[4] ?? "") before it opened \(row[3] ?? "")")
        }
    }
}

/// A stranger's drivers averaged 2.7 stars and a builder's projects were for "Client F". Drawn tables.
@Suite struct ProvidersAndClientsTests {
    @Test func aProvidersAverageIsHighAndAProjectsClientIsACompany() throws {
        for table in ["drivers", "tutors", "dog_walkers", "hosts", "cleaners"] {
            let f = try #require(TestSupport.plannedField("A marketplace with \(table) (name, city, rating) and customers", table, "rating"))
            #expect(f.type == .decimal && (f.min ?? 0) >= 4 && (f.max ?? 9) <= 5, "\(table).rating \(String(describing: f.min))–\(String(describing: f.max))")
        }
        // A review's own stars stay whole, one to five.
        #expect(TestSupport.plannedField("A marketplace with drivers and reviews (driver_id, rating, comment)", "reviews", "rating")?.type == .integer)
        for table in ["projects", "contracts", "invoices", "proposals"] {
            #expect(TestSupport.plannedField("An agency with \(table) (title, client, amount)", table, "client")?.kind == "company.name", "\(table).client")
        }
    }
}
