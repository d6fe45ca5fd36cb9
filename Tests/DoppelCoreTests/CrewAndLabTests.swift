import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's crew schedule gave each flight one crew member of its own beside the assignments, and
/// placed crew at position 52; a stranger's clinical lab ran the "Nova Test" on a "basic" sample.
@Suite struct CrewAndLabTests {
    static func entity(_ prompt: String, _ table: String) -> Entity? { Planner().plan(prompt).schema.entities.first { $0.name == table } }

    @Test(arguments: [("crew members", "assignments", "crew_member_id"), ("pilots", "duties", "pilot_id"),
                      ("flight attendants", "crew assignments", "flight_attendant_id")])
    func crewTakeTheirFlightsThroughTheirAssignments(people: String, joins: String, key: String) throws {
        let prompt = "Airline crew scheduling: \(people) (name, role, base_airport), flights (flight_number, origin, destination, departs_at), \(joins) (\(key), flight_id, position)"
        let flights = try #require(Self.entity(prompt, "flights"))
        #expect(!flights.fields.contains { $0.references != nil }, "\(flights.fields.map(\.name))")
        let join = try #require(Self.entity(prompt, joins.replacingOccurrences(of: " ", with: "_")))
        let position = try #require(join.fields.first { $0.name == "position" })
        // (a pilot flies as a captain or a first officer; other crew as cabin crew too)
        let role = people == "pilots" ? "First Officer" : "Flight Attendant"
        #expect(position.values?.compactMap(\.stringValue).contains(role) == true, "\(position)")
    }

    @Test(arguments: ["Clinical lab", "Hospital laboratory", "Diagnostics clinic"])
    func aLabsTestsAreLabTestsOfSamples(setting: String) throws {
        let prompt = "\(setting): samples (patient_id, collected_at, sample_type), tests (sample_id, test_name, result_value, unit, reference_range, flag) and patients (name, date_of_birth)"
        let tests = try #require(Self.entity(prompt, "tests"))
        #expect(tests.fields.first { $0.name == "test_name" }?.kind == "health.lab_analyte")
        #expect(tests.fields.first { $0.name == "reference_range" }?.kind == "health.lab_range")
        let samples = try #require(Self.entity(prompt, "samples"))
        let types = samples.fields.first { $0.name == "sample_type" }?.values?.compactMap(\.stringValue) ?? []
        #expect(types.contains("Blood") && types.contains("Urine"), "\(types)")
    }
    /// A table that references two others joins them: students take classes through their enrolments, so a
    /// student gets no `class_id` of the domain's own.
    @Test(arguments: [("students", "classes", "enrollments", "class_id, student_id"),
                      ("members", "courses", "registrations", "course_id, member_id"),
                      ("volunteers", "events", "signups", "event_id, volunteer_id")])
    func aJoinedPairHasNoDirectReference(people: String, things: String, join: String, keys: String) throws {
        let prompt = "School: teachers (name), \(things) (teacher_id, title, weekday), \(people) (name, email), \(join) (\(keys), joined_on)"
        let person = try #require(Self.entity(prompt, people))
        let thing = Inflector.singular(things)
        #expect(!person.fields.contains { $0.references?.entity == things }, "\(person.fields.map(\.name)) (\(thing))")
        let j = try #require(Self.entity(prompt, join))
        #expect(j.fields.filter { $0.references != nil }.count == 2)
        // A review of a recipe by a user is no membership: the recipe keeps its author.
        let recipes = try #require(Self.entity("Recipe site: users (name), recipes (title, cuisine), recipe_reviews (recipe_id, user_id, rating, comment)", "recipes"))
        #expect(recipes.fields.contains { $0.references?.entity == "users" })
    }
}
