import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Twenty strangers' settings: a golf club's tee times on "Psychology 405" for 74 players, a garage that
/// diagnosed migraines, a yoga studio's "Style A", a game studio's "Engine B", a farmers market's vendors
/// selling "digital" goods, a food bank given garden hoses, a pawnshop lending 332,680 on a lipstick.
/// Each setting's columns from its own world. Drawn wordings and seeds.
@Suite struct ClubsPortsAndGaragesTests {


    @Test(arguments: [UInt64(1), 2, 3])
    func aGolfClubsRounds(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A golf club", "A country club's golf course", "Golf members"])) with members (name, handicap, joined_on), "
            + "tee_times (member_id, tee_time, players, course) and scores (tee_time_id, member_id, strokes, holes)"
        let (t, tr) = try TestSupport.planned(prompt, "tee_times", seed: seed)
        #expect(try TestSupport.cells(t, tr, "players").allSatisfy { (Int($0) ?? 0) >= 1 && (Int($0) ?? 9) <= 4 })
        let courses = try TestSupport.cells(t, tr, "course")
        #expect(courses.allSatisfy { $0.hasSuffix("Course") || $0.hasSuffix("Nine") }, "\(courses)")
        let (s, sr) = try TestSupport.planned(prompt, "scores", seed: seed)
        #expect(try TestSupport.cells(s, sr, "strokes").allSatisfy { (68...115).contains(Int($0) ?? 0) })
        #expect(try TestSupport.cells(s, sr, "holes").allSatisfy { $0 == "18" })
        let (m, mr) = try TestSupport.planned(prompt, "members", seed: seed)
        #expect(try TestSupport.cells(m, mr, "handicap").allSatisfy { (Double($0) ?? -1) >= 0 && (Double($0) ?? 99) <= 36 })
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aGaragesMechanicsAndDiagnoses(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A car repair garage", "An auto repair shop", "A garage"])) with mechanics (name, certification), "
            + "vehicles (owner_name, make, model, year, plate) and repair_orders (vehicle_id, mechanic_id, complaint, diagnosis, opened_at, closed_at)"
        let (m, mr) = try TestSupport.planned(prompt, "mechanics", seed: seed)
        #expect(try TestSupport.cells(m, mr, "certification").allSatisfy { $0.hasPrefix("ASE") || $0 == "EV Technician" || $0 == "Apprentice" })
        let (r, rr) = try TestSupport.planned(prompt, "repair_orders", seed: seed)
        let medical = Set(CareConditions.human.map(\.diagnosis))
        let diagnoses = try TestSupport.cells(r, rr, "diagnosis")
        #expect(diagnoses.allSatisfy { !medical.contains($0) } && !diagnoses.isEmpty, "\(diagnoses)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func studiosMarketsBanksAndPawnshops(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let yoga = "A yoga studio with instructors (name, \(rng.pick(["style", "specialty"])), certified_on), classes (instructor_id, name, level, starts_at)"
        let (i, ir) = try TestSupport.planned(yoga, "instructors", seed: seed)
        let styles: Set<String> = ["Hatha", "Vinyasa", "Yin", "Ashtanga", "Restorative", "Power Yoga", "Iyengar", "Kundalini", "Hot Yoga"]
        let styleColumn = i.column(named: "style") != nil ? "style" : "specialty"
        #expect(try TestSupport.cells(i, ir, styleColumn).allSatisfy(styles.contains))

        let game = "A game studio's bug tracker with projects (name, engine, platform) and bugs (project_id, title, severity, status)"
        let (p, pr) = try TestSupport.planned(game, "projects", seed: seed)
        #expect(try TestSupport.cells(p, pr, "engine").allSatisfy { !$0.hasPrefix("Engine ") })

        let market = "A farmers market with vendors (name, product_type, stall_number) and sales (vendor_id, amount, items_sold)"
        let (v, vr) = try TestSupport.planned(market, "vendors", seed: seed)
        #expect(try TestSupport.cells(v, vr, "product_type").allSatisfy { !["digital", "physical", "service"].contains($0) })
        #expect(try TestSupport.cells(v, vr, "name").allSatisfy { $0.hasSuffix("Farm") })
        let (s, sr) = try TestSupport.planned(market, "sales", seed: seed)
        #expect(try TestSupport.cells(s, sr, "items_sold").allSatisfy { (Int($0) ?? 0) >= 1 })

        let bank = "A food \(rng.pick(["bank", "pantry"])) with donors (name), donations (donor_id, donated_on, item, pounds)"
        let (d, dr) = try TestSupport.planned(bank, "donations", seed: seed)
        let foods: Set<String> = ["Canned beans", "Rice", "Pasta", "Canned vegetables", "Peanut butter", "Cereal", "Canned tuna",
                                  "Fresh produce", "Bread", "Milk", "Eggs", "Baby formula", "Soup", "Flour"]
        #expect(try TestSupport.cells(d, dr, "item").allSatisfy(foods.contains))

        let pawn = "A pawn shop with items (description, category, appraised_value) and loans (item_id, customer_name, principal, issued_on, due_on)"
        let (it, itr) = try TestSupport.planned(pawn, "items", seed: seed)
        #expect(try TestSupport.cells(it, itr, "appraised_value").allSatisfy { (Double($0) ?? 0) <= 3000 })
        #expect(try TestSupport.cells(it, itr, "category").allSatisfy { !["Beauty", "Grocery"].contains($0) })
    }

    @Test(arguments: [UInt64(1), 2])
    func anAdmissionsOfficesDecisionsAndScores(seed: UInt64) throws {
        let prompt = "A university admissions office with applicants (name, email, high_school, gpa, sat_score, intended_major) and "
            + "applications (applicant_id, program, submitted_at, decision, decided_at)"
        let (a, ar) = try TestSupport.planned(prompt, "applicants", seed: seed)
        #expect(try TestSupport.cells(a, ar, "high_school").allSatisfy { $0.hasSuffix("High School") })
        #expect(try TestSupport.cells(a, ar, "sat_score").allSatisfy { (400...1600).contains(Int($0) ?? 0) })
        #expect(try TestSupport.cells(a, ar, "intended_major").allSatisfy { !["true", "false"].contains($0) })
        let (p, pr) = try TestSupport.planned(prompt, "applications", seed: seed)
        #expect(try TestSupport.cells(p, pr, "decision").allSatisfy { ["admitted", "rejected", "waitlisted", "deferred"].contains($0) })
    }
}

/// The second round of strangers: a mountain rescue that rescued 101 people in "premium" incidents, a chess club
/// rated 3.6 out of 5, hives yielding 278 kg of 63 %-water honey, kegs of 985 litres emptied a year after tapping.
@Suite struct RescueChessHivesAndKegsTests {


    @Test(arguments: [UInt64(1), 2, 3])
    func settingsOfTheSecondRound(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let rescue = "A \(rng.pick(["mountain rescue team", "search and rescue team", "volunteer rescue team"])) with rescuers (name, certification), "
            + "callouts (reported_at, location, incident_type, people_rescued) and callout_members (callout_id, rescuer_id, role)"
        let (c, cr) = try TestSupport.planned(rescue, "callouts", seed: seed)
        #expect(try TestSupport.cells(c, cr, "people_rescued").compactMap(Double.init).allSatisfy { (1...4).contains($0) })
        let kinds = cr.compactMap { $0[c.column(named: "incident_type")!] }
        #expect(!kinds.isEmpty && kinds.allSatisfy { !["premium", "standard", "basic"].contains($0) }, "\(kinds)")

        let chess = "A chess club with members (name, rating, joined_on), tournaments (name, start_date, rounds, time_control) and "
            + "games (tournament_id, white_member_id, black_member_id, result, moves)"
        let (m, mr) = try TestSupport.planned(chess, "members", seed: seed)
        #expect(try TestSupport.cells(m, mr, "rating").compactMap(Double.init).allSatisfy { (800...2300).contains($0) })
        let (g, gr) = try TestSupport.planned(chess, "games", seed: seed)
        #expect(gr.compactMap { $0[g.column(named: "result")!] }.allSatisfy { ["1-0", "0-1", "1/2-1/2"].contains($0) })

        let bees = "A \(rng.pick(["beekeeping cooperative", "honey farm", "apiary"])) with hives (hive_type, installed_on, colony_strength) and "
            + "honey_harvests (hive_id, harvested_on, kg, moisture_pct)"
        let (h, hr) = try TestSupport.planned(bees, "honey_harvests", seed: seed)
        #expect(try TestSupport.cells(h, hr, "kg").compactMap(Double.init).allSatisfy { $0 <= 40 })
        #expect(try TestSupport.cells(h, hr, "moisture_pct").compactMap(Double.init).allSatisfy { (16...20).contains($0) })

        let taproom = "A brewery taproom with kegs (beer_name, size_liters, tapped_on, emptied_on) and pours (keg_id, poured_at, volume_ml, price)"
        let (k, kr) = try TestSupport.planned(taproom, "kegs", seed: seed)
        #expect(try TestSupport.cells(k, kr, "size_liters").compactMap(Double.init).allSatisfy { [20, 30, 50].contains($0) })
        let tc = try #require(k.column(named: "tapped_on")), ec = try #require(k.column(named: "emptied_on"))
        for row in kr {
            guard let a = row[tc].flatMap(CivilTime.parse), let b = row[ec].flatMap(CivilTime.parse) else { continue }
            #expect(b >= a && b - a <= 22 * 86_400, "a keg tapped \(row[tc]!) and emptied \(row[ec]!)")
        }
        let (p, pr) = try TestSupport.planned(taproom, "pours", seed: seed)
        #expect(try TestSupport.cells(p, pr, "price").compactMap(Double.init).allSatisfy { $0 <= 9.5 })
    }
}

/// A hospice's caregivers were app "owners" and its patients had insomnia; a dive boat took 449 divers to 104 m; a vet
/// pharmacy sold "Lumina Premium Shorts" with 840 refills; an archive's letters had atrial fibrillation.
@Suite struct CareDivesAndArchivesTests {


    @Test(arguments: [UInt64(1), 2, 3])
    func careDivesPharmaciesAndArchives(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let hospice = "A \(rng.pick(["hospice", "palliative care service"])) with patients (name, age, diagnosis, admitted_on), caregivers (name, role) "
            + "and visits (patient_id, caregiver_id, visited_at, duration_minutes, notes)"
        let (c, cr) = try TestSupport.planned(hospice, "caregivers", seed: seed)
        #expect(try TestSupport.cells(c, cr, "role").allSatisfy { !["owner", "admin", "member", "viewer", "editor"].contains($0) })
        let (p, pr) = try TestSupport.planned(hospice, "patients", seed: seed)
        #expect(try TestSupport.cells(p, pr, "diagnosis").allSatisfy { !["Insomnia", "Acute sinusitis", "Migraine"].contains($0) })

        let dive = "A \(rng.pick(["scuba dive center", "dive shop", "diving school"])) with divers (name, certification_level), "
            + "dive_trips (site, depth_m, departs_at, boat, capacity) and bookings (diver_id, trip_id, booked_at, rental_gear)"
        let (d, dr) = try TestSupport.planned(dive, "dive_trips", seed: seed)
        #expect(try TestSupport.cells(d, dr, "depth_m").allSatisfy { (Double($0) ?? 99) <= 40 })
        #expect(try TestSupport.cells(d, dr, "capacity").allSatisfy { (Int($0) ?? 99) <= 24 })
        #expect(try TestSupport.cells(d, dr, "boat").allSatisfy { !$0.hasPrefix("Boat ") })

        let pharmacy = "A veterinary pharmacy with products (name, species, form, price), prescriptions (pet_name, product_id, vet_name, issued_on, refills) "
            + "and refills (prescription_id, filled_on, quantity)"
        let (x, xr) = try TestSupport.planned(pharmacy, "prescriptions", seed: seed)
        #expect(try TestSupport.cells(x, xr, "refills").allSatisfy { (Int($0) ?? 99) <= 5 })

        let archive = "An archive with collections (name, curator), documents (collection_id, title, author, year_written, pages, condition) and loans (document_id, loaned_on, returned_on)"
        let (a, ar) = try TestSupport.planned(archive, "documents", seed: seed)
        #expect(try TestSupport.cells(a, ar, "condition").allSatisfy { ["excellent", "good", "fair", "poor", "fragile"].contains($0) })
        #expect(try TestSupport.cells(a, ar, "year_written").allSatisfy { (1900...2024).contains(Int($0) ?? 0) })
    }
}
