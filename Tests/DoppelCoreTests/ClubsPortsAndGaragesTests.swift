import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Twenty strangers' settings: a golf club's tee times on "Psychology 405" for 74 players, a garage that
/// diagnosed migraines, a yoga studio's "Style A", a game studio's "Engine B", a farmers market's vendors
/// selling "digital" goods, a food bank given garden hoses, a pawnshop lending 332,680 on a lipstick.
/// Each setting's columns from its own world. Drawn wordings and seeds.
@Suite struct ClubsPortsAndGaragesTests {
    func rows(_ prompt: String, _ table: String, seed: UInt64) throws -> (EntityPlan, [[String?]]) {
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        return (try #require(plan.entity(named: table), "\(prompt): no \(table)"), TestSupport.table(plan, table))
    }

    func values(_ e: EntityPlan, _ rows: [[String?]], _ column: String) throws -> [String] {
        let c = try #require(e.column(named: column), "no \(column)")
        return rows.compactMap { $0[c] }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aGolfClubsRounds(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A golf club", "A country club's golf course", "Golf members"])) with members (name, handicap, joined_on), "
            + "tee_times (member_id, tee_time, players, course) and scores (tee_time_id, member_id, strokes, holes)"
        let (t, tr) = try rows(prompt, "tee_times", seed: seed)
        #expect(try values(t, tr, "players").allSatisfy { (Int($0) ?? 0) >= 1 && (Int($0) ?? 9) <= 4 })
        let courses = try values(t, tr, "course")
        #expect(courses.allSatisfy { $0.hasSuffix("Course") || $0.hasSuffix("Nine") }, "\(courses)")
        let (s, sr) = try rows(prompt, "scores", seed: seed)
        #expect(try values(s, sr, "strokes").allSatisfy { (68...115).contains(Int($0) ?? 0) })
        #expect(try values(s, sr, "holes").allSatisfy { $0 == "18" })
        let (m, mr) = try rows(prompt, "members", seed: seed)
        #expect(try values(m, mr, "handicap").allSatisfy { (Double($0) ?? -1) >= 0 && (Double($0) ?? 99) <= 36 })
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aGaragesMechanicsAndDiagnoses(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A car repair garage", "An auto repair shop", "A garage"])) with mechanics (name, certification), "
            + "vehicles (owner_name, make, model, year, plate) and repair_orders (vehicle_id, mechanic_id, complaint, diagnosis, opened_at, closed_at)"
        let (m, mr) = try rows(prompt, "mechanics", seed: seed)
        #expect(try values(m, mr, "certification").allSatisfy { $0.hasPrefix("ASE") || $0 == "EV Technician" || $0 == "Apprentice" })
        let (r, rr) = try rows(prompt, "repair_orders", seed: seed)
        let medical = Set(CareConditions.human.map(\.diagnosis))
        let diagnoses = try values(r, rr, "diagnosis")
        #expect(diagnoses.allSatisfy { !medical.contains($0) } && !diagnoses.isEmpty, "\(diagnoses)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func studiosMarketsBanksAndPawnshops(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let yoga = "A yoga studio with instructors (name, \(rng.pick(["style", "specialty"])), certified_on), classes (instructor_id, name, level, starts_at)"
        let (i, ir) = try rows(yoga, "instructors", seed: seed)
        let styles: Set<String> = ["Hatha", "Vinyasa", "Yin", "Ashtanga", "Restorative", "Power Yoga", "Iyengar", "Kundalini", "Hot Yoga"]
        let styleColumn = i.column(named: "style") != nil ? "style" : "specialty"
        #expect(try values(i, ir, styleColumn).allSatisfy(styles.contains))

        let game = "A game studio's bug tracker with projects (name, engine, platform) and bugs (project_id, title, severity, status)"
        let (p, pr) = try rows(game, "projects", seed: seed)
        #expect(try values(p, pr, "engine").allSatisfy { !$0.hasPrefix("Engine ") })

        let market = "A farmers market with vendors (name, product_type, stall_number) and sales (vendor_id, amount, items_sold)"
        let (v, vr) = try rows(market, "vendors", seed: seed)
        #expect(try values(v, vr, "product_type").allSatisfy { !["digital", "physical", "service"].contains($0) })
        #expect(try values(v, vr, "name").allSatisfy { $0.hasSuffix("Farm") })
        let (s, sr) = try rows(market, "sales", seed: seed)
        #expect(try values(s, sr, "items_sold").allSatisfy { (Int($0) ?? 0) >= 1 })

        let bank = "A food \(rng.pick(["bank", "pantry"])) with donors (name), donations (donor_id, donated_on, item, pounds)"
        let (d, dr) = try rows(bank, "donations", seed: seed)
        let foods: Set<String> = ["Canned beans", "Rice", "Pasta", "Canned vegetables", "Peanut butter", "Cereal", "Canned tuna",
                                  "Fresh produce", "Bread", "Milk", "Eggs", "Baby formula", "Soup", "Flour"]
        #expect(try values(d, dr, "item").allSatisfy(foods.contains))

        let pawn = "A pawn shop with items (description, category, appraised_value) and loans (item_id, customer_name, principal, issued_on, due_on)"
        let (it, itr) = try rows(pawn, "items", seed: seed)
        #expect(try values(it, itr, "appraised_value").allSatisfy { (Double($0) ?? 0) <= 3000 })
        #expect(try values(it, itr, "category").allSatisfy { !["Beauty", "Grocery"].contains($0) })
    }

    @Test(arguments: [UInt64(1), 2])
    func anAdmissionsOfficesDecisionsAndScores(seed: UInt64) throws {
        let prompt = "A university admissions office with applicants (name, email, high_school, gpa, sat_score, intended_major) and "
            + "applications (applicant_id, program, submitted_at, decision, decided_at)"
        let (a, ar) = try rows(prompt, "applicants", seed: seed)
        #expect(try values(a, ar, "high_school").allSatisfy { $0.hasSuffix("High School") })
        #expect(try values(a, ar, "sat_score").allSatisfy { (400...1600).contains(Int($0) ?? 0) })
        #expect(try values(a, ar, "intended_major").allSatisfy { !["true", "false"].contains($0) })
        let (p, pr) = try rows(prompt, "applications", seed: seed)
        #expect(try values(p, pr, "decision").allSatisfy { ["admitted", "rejected", "waitlisted", "deferred"].contains($0) })
    }
}
