import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's zoo and space-agency prompts: a 12-kilogram giraffe in "Habitat E" fed by "Keeper F";
/// an astronaut named "Vertex Astronaut" with 514 missions flown to Sioux Falls on a budget of "Budget Musd D".
@Suite struct ZooAndSpaceTests {
    @Test(arguments: ["Zoo", "Wildlife sanctuary", "Safari park zoo"])
    func aZoosAnimalsWeighWhatTheirSpeciesDoes(setting: String) throws {
        let schema = Planner().plan("\(setting): enclosures (name, habitat), animals (name, species, date_of_birth, weight_kg, enclosure_id) and feedings (animal_id, fed_at, keeper)").schema
        #expect(schema.entity(named: "enclosures")?.fields.first { $0.name == "habitat" }?.values?.contains(.string("Savanna")) == true)
        #expect(schema.entity(named: "feedings")?.fields.first { $0.name == "keeper" }?.kind == "person.full_name")
        var options = ResolveOptions()
        options.referenceDate = "2025-06-01"
        let plan = try schema.resolve(options).get()
        let e = try #require(plan.entity(named: "animals"))
        let sc = try #require(e.column(named: "species")), wc = try #require(e.column(named: "weight_kg")), bc = try #require(e.column(named: "date_of_birth"))
        for row in TestSupport.table(plan, "animals").prefix(300) {
            let species = try #require(row[sc]), w = try #require(row[wc].flatMap(Double.init))
            let profile = try #require(AnimalProfile.of(species), "\(species) has no profile")
            #expect(profile.kilograms.contains(w) || abs(w - profile.kilograms.lowerBound) < 0.01 || abs(w - profile.kilograms.upperBound) < 0.01,
                    "a \(species) of \(w) kg")
            let born = try #require(row[bc]).prefix(4)
            #expect(2025 - (Int(born) ?? 0) <= profile.lifespan + 1, "a \(species) born in \(born)")
        }
    }

    @Test func aSpaceAgencyReadsAsOne() {
        let schema = Planner().plan("Space agency: missions (name, launch_date, destination, budget_musd), astronauts (name, nationality, missions_flown) and crew_assignments (mission_id, astronaut_id, role)").schema
        #expect(schema.entity(named: "astronauts")?.fields.first { $0.name == "name" }?.kind == "person.full_name")
        let flown = schema.entity(named: "astronauts")?.fields.first { $0.name == "missions_flown" }
        #expect((flown?.max ?? 99) <= 10)
        #expect(schema.entity(named: "missions")?.fields.first { $0.name == "destination" }?.values?.contains(.string("Moon")) == true)
        #expect(schema.entity(named: "missions")?.fields.first { $0.name == "budget_musd" }?.type == .decimal)
        #expect(schema.entity(named: "crew_assignments")?.fields.first { $0.name == "role" }?.values?.contains(.string("Commander")) == true)
    }
}
