import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Columns a stranger names that were placeholders or the wrong scale: a turbine's `capacity_mw` was
/// "Capacity Mw F", `wind_speed_ms` 1,875 (milliseconds), `sat_score` 48, `intended_major` a yes/no, an
/// inspection's `findings` 567, a container's `contents` 0, an order line's `bottles` 0, a track's `key` its
/// primary key. Drawn wordings and seeds.
@Suite struct MeasuresAndScalesTests {
    func spec(_ column: String, in entity: String) -> ColumnSpec? {
        ColumnLexicon.spec(column, ColumnContext(entity: entity, nature: .thing, domain: nil))
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func unitsOfPowerAndSpeedAreNumbersAtTheirScale(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let machine = rng.pick(["turbine", "generator", "inverter"]), plant = rng.pick(["plant", "station", "farm"])
        let m = try #require(spec(rng.pick(["capacity_mw", "rated_mw", "output_mw"]), in: machine))
        #expect(m.type == .decimal && (m.min ?? 0) >= 1 && (m.max ?? 99) <= 15, "\(machine): \(m)")
        let p = try #require(spec("capacity_mw", in: plant))
        #expect(p.type == .decimal && (p.max ?? 0) >= 500, "\(plant): \(p)")
        let wind = try #require(spec(rng.pick(["wind_speed_ms", "gust_speed_ms", "velocity_ms"]), in: "reading"))
        #expect(wind.type == .decimal && (wind.max ?? 99) <= 30, "metres a second: \(wind)")
        // (a latency in milliseconds stays one)
        let latency = try #require(spec(rng.pick(["latency_ms", "response_ms", "duration_ms"]), in: "request"))
        #expect(latency.type == .integer && (latency.max ?? 0) >= 1000, "\(latency)")
        let hp = try #require(spec(rng.pick(["engine_hp", "power_hp", "horsepower_hp"]), in: "car"))
        #expect(hp.type == .integer && (hp.min ?? 0) >= 50 && (hp.max ?? 0) <= 1000, "\(hp)")
    }

    @Test func standardizedTestsHaveTheirOwnScales() throws {
        let scales: [(String, ClosedRange<Double>)] = [("sat_score", 400...1600), ("act_score", 1...36), ("gre_score", 260...340),
                                                       ("gmat_score", 200...800), ("toefl_score", 0...120), ("lsat_score", 120...180)]
        for (name, range) in scales {
            let s = try #require(spec(name, in: "applicant"))
            #expect(s.min == range.lowerBound && s.max == range.upperBound, "\(name): \(s)")
        }
        let h = try #require(spec("handicap", in: "member"))
        #expect(h.type == .decimal && h.min == 0 && h.max == 36)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aChoiceQualifierKeepsWhatItQualifies(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let q = rng.pick(["intended", "preferred", "desired", "declared"])
        let major = try #require(spec("\(q)_major", in: "applicant"))
        #expect(major.type == .string && major.kind == "education.subject", "\(q)_major: \(major)")
        let language = try #require(spec("\(q)_language", in: "customer"))
        #expect(language.type != .boolean, "\(q)_language: \(language)")
        // (a participle that is a flag stays one)
        #expect(spec("passed_qc", in: "unit")?.type == .boolean)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func textPluralsAreTextAndLineCountsStartAtOne(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let f = try #require(spec(rng.pick(["findings", "observations", "recommendations"]), in: "inspection"))
        #expect(f.type == .text, "\(f)")
        let contents = try #require(spec(rng.pick(["contents", "cargo", "commodity"]), in: "container"))
        #expect(contents.kind == "enum" && contents.type == .string, "\(contents)")
        let things = rng.pick(["bottles", "tickets", "boxes", "cans"])
        let line = try #require(spec(things, in: rng.pick(["order_line", "line_item", "sale"])))
        #expect((line.min ?? 0) >= 1, "\(things) on a line: \(line)")
        let sold = try #require(spec(rng.pick(["items_sold", "units_sold", "tickets_sold"]), in: "sale"))
        #expect((sold.min ?? 0) >= 1, "\(sold)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aTracksKeyIsItsScaleNotItsIdentity(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let tracks = rng.pick(["tracks", "songs", "tunes"])
        let prompt = "A recording studio with artists (name, genre), sessions (artist_id, booked_at, hours) and "
            + "\(tracks) (session_id, title, \(rng.pick(["bpm", "tempo"])), key, duration_seconds)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let t = try #require(schema.entity(named: tracks))
        let key = try #require(t.field(named: "key"))
        #expect(!key.primaryKey && key.kind == "enum", "\(prompt): key is \(key.kind ?? "-"), pk \(key.primaryKey)")
        #expect(key.values?.compactMap(\.stringValue).allSatisfy { $0.hasSuffix(" major") || $0.hasSuffix(" minor") } == true)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aShipDepartsAfterItArrivesAndAlwaysDeparts(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let calls = rng.pick(["port_calls", "vessel_calls", "berthings"])
        let prompt = "A container port with vessels (name, imo_number, flag, gross_tonnage) and \(calls) (vessel_id, arrived_at, departed_at, berth)"
        let result = Planner().plan(prompt)
        #expect(!result.warnings.contains { $0.contains("`berth`") || $0.contains("`flag`") }, "\(result.warnings)")
        let plan = try result.schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let e = try #require(plan.entity(named: calls))
        let a = try #require(e.column(named: "arrived_at")), d = try #require(e.column(named: "departed_at"))
        for row in TestSupport.table(plan, calls) {
            let arrived = try #require(row[a])
            let departed = try #require(row[d], "a call that never departed")
            #expect(arrived < departed, "\(calls): arrived \(arrived), departed \(departed)")
            let from = try #require(CivilTime.parse(arrived)), to = try #require(CivilTime.parse(departed))
            let hours = Double(to - from) / 3600
            #expect(hours >= 8 && hours <= 96, "\(calls): a call of \(hours) hours")
        }
        let v = try #require(plan.entity(named: "vessels"))
        for row in TestSupport.table(plan, "vessels") {
            let ic = try #require(v.column(named: "imo_number")), tc = try #require(v.column(named: "gross_tonnage"))
            let imo = try #require(row[ic])
            #expect(imo.hasPrefix("IMO 9") && imo.count == 11, "\(imo)")
            let tonnage = Int(row[tc] ?? "") ?? 0
            #expect(tonnage >= 300, "gross tonnage \(tonnage)")
        }
    }
}
