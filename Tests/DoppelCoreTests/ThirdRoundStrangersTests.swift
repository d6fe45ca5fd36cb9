import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// The third round of strangers: fire engines dispatched in November that arrived in January, Labrador horses 194
/// hands high, riders at "Mid" level, apps called "clear.org" installed on air-quality sensors, a curator of
/// Psychiatry, a courier's parcels of 67 kg signed for by "Juniper Delivery", a quarry's blasts that broke "false"
/// tonnes. Drawn wordings and seeds.
@Suite struct ThirdRoundStrangersTests {


    @Test(arguments: [UInt64(1), 2, 3])
    func anEmergencyCallIsDispatchedThenOnSceneThenCleared(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let arrived = rng.pick(["arrived_at", "on_scene_at"])
        let prompt = "A \(rng.pick(["fire department", "fire and rescue service", "county fire department"])) with stations (name, address), "
            + "engines (station_id, unit_number, type, in_service_since) and incidents (engine_id, dispatched_at, \(arrived), cleared_at, incident_type)"
        let (e, r) = try TestSupport.planned(prompt, "incidents", seed: seed)
        let d = try #require(e.column(named: "dispatched_at")), a = try #require(e.column(named: arrived)), c = try #require(e.column(named: "cleared_at"))
        for row in r {
            guard let t0 = row[d].flatMap(CivilTime.parse), let t1 = row[a].flatMap(CivilTime.parse), let t2 = row[c].flatMap(CivilTime.parse) else { continue }
            #expect(t1 - t0 >= 60 && t1 - t0 <= 1_800, "\(prompt): on scene \(t1 - t0) s after dispatch")
            #expect(t2 > t1 && t2 - t1 <= 5 * 3_600, "\(prompt): cleared \(t2 - t1) s after arriving")
        }
        let (g, gr) = try TestSupport.planned(prompt, "engines", seed: seed)
        #expect(try TestSupport.cells(g, gr, "in_service_since").allSatisfy { CivilTime.parse($0) != nil })
        #expect(try TestSupport.cells(g, gr, "type").allSatisfy { !["standard", "premium", "basic"].contains($0) })
        let (s, sr) = try TestSupport.planned(prompt, "stations", seed: seed)
        #expect(try TestSupport.cells(s, sr, "name").allSatisfy { $0.hasPrefix("Station ") && Int($0.dropFirst(8)) != nil })
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func animalsPeopleAppsAndParcels(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let stable = "A \(rng.pick(["horse riding stable", "riding school", "equestrian centre"])) with horses (name, breed, age, height_hands, weight_kg), "
            + "riders (name, level) and lessons (horse_id, rider_id, lesson_at, price)"
        let (h, hr) = try TestSupport.planned(stable, "horses", seed: seed)
        let dogsAndCats: Set<String> = ["Labrador Retriever", "German Shepherd", "Golden Retriever", "Bulldog", "Beagle", "Poodle", "Siamese", "Persian", "Maine Coon"]
        #expect(try TestSupport.cells(h, hr, "breed").allSatisfy { !dogsAndCats.contains($0) })
        #expect(try TestSupport.cells(h, hr, "height_hands").allSatisfy { (13...17.2).contains(Double($0) ?? 0) })
        #expect(try TestSupport.cells(h, hr, "weight_kg").allSatisfy { (100...1000).contains(Double($0) ?? 0) }, "a horse, not a dog")
        let (rd, rr) = try TestSupport.planned(stable, "riders", seed: seed)
        #expect(try TestSupport.cells(rd, rr, "level").allSatisfy { ["Beginner", "Intermediate", "Advanced", "Expert"].contains($0) })

        let apps = "A mobile app analytics dataset with apps (name, platform, category), installs (app_id, installed_at, device_model, os_version) "
            + "and crashes (install_id, occurred_at, exception, stack_depth)"
        let (a, ar) = try TestSupport.planned(apps, "apps", seed: seed)
        #expect(try TestSupport.cells(a, ar, "name").allSatisfy { !$0.contains(".") })
        let (i, ir) = try TestSupport.planned(apps, "installs", seed: seed)
        #expect(try TestSupport.cells(i, ir, "device_model").allSatisfy { !SensorModels.all.contains($0) })
        let (c, cr) = try TestSupport.planned(apps, "crashes", seed: seed)
        #expect(try TestSupport.cells(c, cr, "exception").allSatisfy { !$0.hasPrefix("Exception ") })
        #expect(try TestSupport.cells(c, cr, "stack_depth").allSatisfy { Int($0) != nil })

        let courier = "A courier company with couriers (name, vehicle), parcels (tracking_number, weight_kg, length_cm, width_cm, height_cm) "
            + "and deliveries (parcel_id, courier_id, picked_up_at, delivered_at, signature_name, status)"
        let (p, pr) = try TestSupport.planned(courier, "parcels", seed: seed)
        #expect(try TestSupport.cells(p, pr, "weight_kg").allSatisfy { (Double($0) ?? 99) <= 30 })
        #expect(try TestSupport.cells(p, pr, "height_cm").allSatisfy { (Double($0) ?? 999) <= 80 })
        let (d, dr) = try TestSupport.planned(courier, "deliveries", seed: seed)
        #expect(try TestSupport.cells(d, dr, "signature_name").allSatisfy { !$0.hasSuffix(" Delivery") })
    }

    @Test func namesOfThisRound() throws {
        func spec(_ n: String, _ e: String, _ nature: EntityNature = .thing) -> ColumnSpec? {
            ColumnLexicon.spec(n, ColumnContext(entity: e, nature: nature, domain: nil))
        }
        #expect(spec("tonnage_broken", "blast")?.type == .decimal)
        #expect(spec("in_service_since", "engine")?.type == .date)
        #expect(spec("in_stock", "product")?.type == .boolean)
        #expect(spec("specialty", "curator", .person)?.kind == "education.subject")
        #expect(spec("level", "rider", .person)?.values?.contains(.string("Beginner")) == true)
        #expect(spec("level", "employee", .person)?.values?.contains(.string("Senior")) == true)
        #expect(spec("capacity_kg", "truck").map { ($0.min ?? 0) >= 3000 } == true)
        #expect(spec("breed", "cattle")?.values?.contains(.string("Angus")) == true)
        #expect(spec("tenancy_start", "tenant", .person)?.type == .date)
        #expect(spec("odometer_km", "car").map { ($0.max ?? 0) >= 100_000 } == true)
        // (a table's `type` whose owner the lexicon does not know is no tier)
        #expect(spec("type", "widget_log") == nil)
        #expect(spec("type", "subscription")?.values?.contains(.string("premium")) == true)
    }
}

/// The fourth round: a camp counselor of Internal Medicine sleeping in an "economy" cabin, a cooking class on
/// Applied Geography, a monthly premium that was "false", a dorm resident who moved out after nine days.
@Suite struct CampsClassesAndDormsTests {


    @Test(arguments: [UInt64(1), 2, 3])
    func campsClassesDormsAndPolicies(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let camp = "A \(rng.pick(["summer camp", "day camp", "scout camp"])) with campers (name, age, cabin), counselors (name, age, specialty) "
            + "and activities (name, location, counselor_id, starts_at, max_campers)"
        let (c, cr) = try TestSupport.planned(camp, "counselors", seed: seed)
        let medical = Set((0..<Words.specialties.count).map { Words.specialties.string($0) })
        #expect(try TestSupport.cells(c, cr, "specialty").allSatisfy { !medical.contains($0) })
        #expect(try TestSupport.cells(c, cr, "age").allSatisfy { (18...30).contains(Int($0) ?? 0) })
        let (k, kr) = try TestSupport.planned(camp, "campers", seed: seed)
        #expect(try TestSupport.cells(k, kr, "cabin").allSatisfy { $0.hasSuffix("Cabin") })

        let cooking = "A cooking class business with chefs (name, cuisine), classes (chef_id, title, class_date, seats, price) and signups (class_id, attendee_name)"
        let (l, lr) = try TestSupport.planned(cooking, "classes", seed: seed)
        // (no school subject: "Applied Geography", "Physics 214")
        let subjects = (0..<Words.subjects.count).map { Words.subjects.string($0) }
        #expect(try TestSupport.cells(l, lr, "title").allSatisfy { t in !subjects.contains { t.contains($0) } })

        let insurance = "An insurance agency with policies (holder_name, policy_type, \(rng.pick(["premium_monthly", "premium_annual", "fee_monthly"])), start_date, end_date)"
        let plan = Planner().plan(insurance).schema
        let money = try #require(plan.entity(named: "policies")?.fields.first { $0.name.hasPrefix("premium_") || $0.name.hasPrefix("fee_") })
        #expect(money.type == .decimal, "\(money.name) is \(money.type)")

        let dorm = "A student housing office with dorms (name, capacity), rooms (dorm_id, room_number, monthly_rent) and residents (room_id, student_name, move_in, move_out)"
        let (r, rr) = try TestSupport.planned(dorm, "residents", seed: seed)
        let i = try #require(r.column(named: "move_in")), o = try #require(r.column(named: "move_out"))
        for row in rr {
            guard let a = row[i].flatMap(CivilTime.parse), let b = row[o].flatMap(CivilTime.parse) else { continue }
            #expect(b - a >= 29 * 86_400, "moved in \(row[i]!) and out \(row[o]!)")
        }
        let (d, dr) = try TestSupport.planned(dorm, "dorms", seed: seed)
        #expect(try TestSupport.cells(d, dr, "name").allSatisfy { $0.hasSuffix(" Hall") })
    }
}
