import Foundation
import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelText
import DoppelTestSupport

/// The strangers' thirty-second round: a train departed a stop thirteen days after it arrived; a call centre's
/// `queue_time` was a moment and its `disposition` a hospital discharge; a mortgage ran three years at 22 %; an
/// elevator's work order was resolved by a refund; a station's `code like PAD` was "platform count". Drawn settings,
/// tables, row counts and seeds.
@Suite struct StopsCallsAndLoansTests {
    static func date(_ text: String?) -> Date? { text.flatMap { ISO8601DateFormatter().date(from: $0) } }

    @Test(arguments: [UInt64(0x3A1), 0x3A2, 0x3A3])
    func aTrainDepartsAStopMinutesAfterItArrives(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let table = rng.pick(["scheduled_stops", "stop_times", "stops"])
            let mode = rng.pick(["railway timetable", "bus network", "tram schedule"])
            // (not `trips`: a trip's own dates still clamp its stops' times, left for later)
            let parent = rng.pick(["trains", "services", "buses"])
            let prompt = "\(mode): stations, \(parent), \(table) (\(Inflector.singular(parent))_id, station_id, stop_sequence, arrival_time, departure_time)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let names = e.fields.map(\.name)
            let plan = try schema.resolve(ResolveOptions(seed: seed, rows: rng.int(5...120))).get()
            let a = try #require(names.firstIndex(of: "arrival_time")), d = try #require(names.firstIndex(of: "departure_time"))
            for row in TestSupport.table(plan, table) {
                guard let at = Self.date(row[a]), let dt = Self.date(row[d]) else { continue }
                let dwell = dt.timeIntervalSince(at)
                #expect(dwell >= 0 && dwell <= 900, "\(prompt): arrived \(String(describing: row[a])), departed \(String(describing: row[d]))")
            }
        }
    }

    @Test(arguments: [UInt64(0x3A4), 0x3A5])
    func aCallCentresCallsWaitAndTalkForSecondsAndEndAsCallsDo(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let table = rng.pick(["inbound_calls", "calls", "phone_calls"])
            let prompt = rng.pick(["call center", "contact centre", "customer support call centre"]) + " with agents, customers and \(table) (queue_time, talk_time, disposition)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            for name in ["queue_time", "talk_time"] {
                let f = try #require(e.field(named: name), "\(prompt): \(e.fields.map(\.name))")
                #expect(f.type == .integer && (f.max ?? 0) <= 3600, "\(prompt): \(name) \(f.type) \(String(describing: f.max))")
            }
            let disposition = e.field(named: "disposition")?.values?.compactMap(\.stringValue) ?? []
            #expect(!disposition.contains("Admitted") && disposition.contains("Resolved"), "\(prompt): \(disposition)")
        }
    }

    @Test(arguments: [UInt64(0x3A6), 0x3A7])
    func aMortgageRunsDecadesAtAFewPercent(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let table = rng.pick(["applications", "mortgage_applications", "loans"])
            let prompt = rng.pick(["mortgage lender", "mortgage applications with applicants", "home mortgage underwriting"])
                + ", properties and \(table) (loan_amount, term_years, interest_rate, ltv, status)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let term = e.field(named: "term_years")?.values?.compactMap(\.intValue) ?? []
            #expect(!term.isEmpty && term.allSatisfy { (10...30).contains($0) }, "\(prompt): \(term)")
            let rate = try #require(e.field(named: "interest_rate"))
            #expect((rate.min ?? 0) >= 2 && (rate.max ?? 100) <= 9, "\(prompt): \(rate)")
            let ltv = try #require(e.field(named: "ltv"))
            #expect((ltv.max ?? 1000) <= 100 && (ltv.min ?? 0) >= 30, "\(prompt): \(ltv)")
            let amount = try #require(e.field(named: "loan_amount"))
            #expect((amount.min ?? 0) >= 50_000, "\(prompt): \(amount)")
        }
    }

    @Test(arguments: [UInt64(0x3A8), 0x3A9])
    func aWorkOrdersResolutionIsARepair(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let moneyWords = ["refund", "password", "payment", "customer through"]
        for _ in 0..<3 {
            let table = rng.pick(["work_orders", "repairs", "maintenance_jobs"])
            let prompt = rng.pick(["elevator maintenance company", "facilities team", "HVAC service company"])
                + ": buildings, technicians and \(table) (opened_at, closed_at, status, resolution)"
            let schema = Planner().plan(prompt).schema
            let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let r = try #require(e.fields.firstIndex { $0.name == "resolution" })
            for row in TestSupport.table(plan, table) {
                guard let text = row[r]?.lowercased() else { continue }
                #expect(!moneyWords.contains { text.contains($0) }, "\(prompt): \(text)")
            }
        }
    }

    /// A claim's listed `loss_type` values are the only ones it takes, whatever its policy's type; a mission lands
    /// after it launches, on a spacecraft, and its experiments are in a science flown in orbit.
    @Test(arguments: [UInt64(0x3AA), 0x3AB])
    func listedClaimTypesAndMissionsHoldTheirOwn(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let listed = ["auto collision", "water damage", "theft", "hail"]
        let prompt = "insurance claims queue: policies (policy_type, premium), claims [claim_number, policy_id, loss_date, loss_type ("
            + listed.joined(separator: ", ") + "), claimed_amount]"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: rng.int(20...120))).get()
        let claims = try #require(schema.entities.first { $0.name == "claims" })
        let lt = try #require(claims.fields.firstIndex { $0.name == "loss_type" })
        for row in TestSupport.table(plan, "claims") {
            if let v = row[lt] { #expect(listed.contains(v), "\(prompt): \(v)") }
        }
        let space = "space mission: astronauts (name, agency NASA/ESA/JAXA), missions (name, launch_date, landing_date, vehicle), experiments (title, discipline)"
        let s = Planner().plan(space).schema
        let missions = try #require(s.entities.first { $0.name == "missions" })
        #expect(missions.field(named: "vehicle")?.values?.compactMap(\.stringValue).contains("Soyuz MS") == true, "\(missions.fields)")
        let p = try s.resolve(ResolveOptions(seed: seed, rows: 40)).get()
        let names = missions.fields.map(\.name)
        let launch = try #require(names.firstIndex(of: "launch_date")), landing = try #require(names.firstIndex(of: "landing_date"))
        for row in TestSupport.table(p, "missions") {
            guard let a = row[launch], let b = row[landing] else { continue }
            #expect(a <= b, "launch \(a), landing \(b)")
        }
    }

    /// `code like PAD, platform count`: one code of capitals is the column's shape (`???`), and the next item a column.
    @Test func aCodeOfCapitalsIsAShape() throws {
        let e = try #require(Planner().plan("stations (name, code like PAD, platform count)").schema.entities.first)
        #expect(e.field(named: "code")?.pattern == "???", "\(e.fields.map { "\($0.name) \(String(describing: $0.pattern))" })")
        #expect(e.field(named: "platform_count") != nil, "\(e.fields.map(\.name))")
        let logs = try #require(Planner().plan("cdn logs (timestamp, cache_status such as HIT, MISS, EXPIRED, bytes_sent)").schema.entities.first)
        #expect(logs.field(named: "cache_status")?.values?.compactMap(\.stringValue) == ["HIT", "MISS", "EXPIRED"], "\(logs.fields.map(\.name))")
    }
}
