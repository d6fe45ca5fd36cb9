import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger's farm, museum, bug-tracker, airline and crowdfunding prompts: a wheat crop harvested a week
/// after planting, Mazda tractors of model "Modern Socks", fields keyed by the equipment's name, an artist
/// who "Died D" (then twelve days after birth), an artwork acquired before the year it was made, a project
/// written in Spanish, airports coded "APT-84711", "Aircraft F" and a campaign `pledged: false`.
@Suite struct FarmMuseumAndCodeTests {
    static func field(_ schema: Schema, _ entity: String, _ name: String) -> Field? {
        schema.entity(named: entity)?.fields.first { $0.name == name }
    }

    static func year(_ date: String) -> Int { Int(date.prefix(4)) ?? 0 }

    /// A death date ends a life of 25–95 years; a life past now is still going on (NULL where allowed).
    @Test(arguments: [("born", "died"), ("date_of_birth", "date_of_death"), ("birth_date", "death_date"), ("dob", "deceased_on")],
          [true, false])
    func aDeathEndsALife(names: (String, String), mayLive: Bool) throws {
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 5, "reference_date": "2025-06-01", "entities": [{"name": "people", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(names.0)", "type": "date", "kind": "date.between", "min": "1900-01-01", "max": "1990-12-31"},
          {"name": "\(names.1)", "type": "date", "kind": "date.past"\(mayLive ? ", \"nullable\": 0.01" : "")}]}]}
        """)
        var nulls = 0
        for row in TestSupport.table(plan, "people") {
            let born = try #require(row[1])
            guard let died = row[2] else { nulls += 1; continue }
            #expect(died > born, "born \(born) died \(died)")
            #expect(died <= "2025-06-01", "died \(died) after now")
            if mayLive {
                let age = Self.year(died) - Self.year(born)
                #expect(age >= 24 && age <= 96, "born \(born) died \(died)")
            }
        }
        if mayLive { #expect(nulls > 10, "nobody born after 1930 is still alive: \(nulls) NULLs") } else { #expect(nulls == 0) }
    }

    /// Nothing happens to a thing before the year it was made or bought.
    @Test(arguments: ["year", "model_year", "year_built", "purchase_year", "manufacture_year", "acquired_year"],
          ["acquisition_date", "last_service_date", "sold_on", "inspected_at"])
    func aThingsDatesFollowItsYear(yearName: String, dateName: String) throws {
        let type = dateName.hasSuffix("_at") ? "datetime" : "date"
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 9, "reference_date": "2025-06-01", "entities": [{"name": "things", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(yearName)", "type": "integer", "kind": "number.integer", "min": 1990, "max": 2026},
          {"name": "\(dateName)", "type": "\(type)", "kind": "\(type).past"}]}]}
        """)
        for row in TestSupport.table(plan, "things") {
            let y = try #require(row[1].flatMap { Int($0) }), d = try #require(row[2])
            if y <= 2025 { #expect(Self.year(d) >= y, "\(yearName) \(y), \(dateName) \(d)") }
        }
    }

    /// A harvest follows its planting by a growing season, whatever the table is called.
    @Test(arguments: [("planted_on", "harvested_on"), ("planting_date", "harvest_date"), ("sown_on", "harvested_on")],
          ["crops", "plots", "records"])
    func aHarvestFollowsAGrowingSeason(pair: (String, String), table: String) throws {
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 4, "entities": [{"name": "\(table)", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(pair.0)", "type": "date", "kind": "date.past"}, {"name": "\(pair.1)", "type": "date", "kind": "date.past"}]}]}
        """)
        for row in TestSupport.table(plan, table) {
            let a = try #require(row[1].flatMap(TestSupport.instant)), b = try #require(row[2].flatMap(TestSupport.instant))
            #expect(b - a >= 59 * 86_400 && b - a <= 181 * 86_400, "\(pair.0) \(row[1] ?? "") \(pair.1) \(row[2] ?? "")")
        }
    }

    @Test func aFarmsMachinesAreFarmMachines() throws {
        let schema = Planner().plan("Farm management: fields (name, acres, soil_type), crops (field_id, crop, planted_on, harvested_on) and equipment (name, make, model, purchase_year, hours, last_service_date)").schema
        #expect(Self.field(schema, "fields", "name")?.references == nil)
        #expect(Self.field(schema, "equipment", "model")?.kind == "vehicle.model")
        #expect(schema.entity(named: "crops")?.fields.filter { $0.references != nil }.count == 1)
        let hours = try #require(Self.field(schema, "equipment", "hours"))
        #expect(hours.type == .integer && (hours.max ?? 0) >= 5000)
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: "equipment"))
        let make = try #require(e.column(named: "make")), model = try #require(e.column(named: "model"))
        let makes = Set((0..<Words.farmMakes.count).map(Words.farmMakes.string))
        for row in TestSupport.table(plan, "equipment") {
            let m = try #require(row[make]), mo = try #require(row[model])
            let i = try #require((0..<Words.farmMakes.count).first { Words.farmMakes.string($0) == m }, "\(m) is no farm maker")
            #expect((0..<Words.farmModels[i].count).contains { Words.farmModels[i].string($0) == mo }, "\(m) \(mo)")
            #expect(makes.contains(m))
        }
    }

    @Test func aBugTrackersProjectsAreCode() throws {
        let schema = Planner().plan("Bug tracker: projects (name, repo_url, language) and issues (project_id, title, body, created_at)").schema
        #expect(Self.field(schema, "projects", "repo_url")?.kind == "internet.repo_url")
        #expect(Self.field(schema, "projects", "language")?.values?.contains(.string("Python")) == true)
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: "projects"))
        let url = try #require(e.column(named: "repo_url"))
        for row in TestSupport.table(plan, "projects").prefix(50) {
            let u = try #require(row[url])
            #expect(u.hasPrefix("https://github.com/") || u.hasPrefix("https://gitlab.com/") || u.hasPrefix("https://bitbucket.org/"), "\(u)")
            #expect(u.split(separator: "/").count == 4, "\(u)")
        }
        // Issues of a bug tracker are the software's: reported with what was expected and what happened.
        let issues = try #require(plan.entity(named: "issues"))
        let body = try #require(issues.column(named: "body"))
        let bodies = TestSupport.table(plan, "issues").prefix(40).compactMap { $0[body] }
        #expect(bodies.filter { $0.contains("version") || $0.contains("reproduce") || $0.contains("error") || $0.contains("test") || $0.contains("would help") }.count >= 20,
                "\(bodies.prefix(3))")
    }

    @Test func airlinesAirportsAircraftAndPledges() throws {
        let schema = Planner().plan("Airline with airports (code, city, country) and flights (flight_number, origin, destination, aircraft, seats); crowdfunding campaigns (title, goal, pledged, backers)").schema
        #expect(Self.field(schema, "airports", "code")?.kind == "travel.airport_code")
        #expect(Self.field(schema, "flights", "aircraft")?.values?.contains(.string("Airbus A320neo")) == true)
        let campaigns = try #require(schema.entities.first { $0.name.hasSuffix("campaigns") })
        let pledged = try #require(campaigns.fields.first { $0.name == "pledged" })
        #expect(pledged.type == .decimal, "\(pledged)")
    }
}
