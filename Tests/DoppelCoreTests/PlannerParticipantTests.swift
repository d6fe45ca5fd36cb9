import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// An event or transaction between named entities references both: a loan
/// its member and its book, a play its user and its track. Prompts are drawn
/// from a seeded generator of people, things and events in several shapes; a
/// failure prints its seed and prompt.
@Suite struct PlannerParticipantTests {
    static let people = ["members", "users", "students", "customers", "patients", "guests", "listeners", "borrowers", "players", "riders"]
    static let things = ["books", "tracks", "courses", "vehicles", "tools", "bikes", "devices", "films", "boats"]
    static let events = ["play events", "enrollments", "rentals", "bookings", "visits", "checkouts", "sessions", "view events", "reservations"]
    static let times = ["started_at", "ended_at", "borrowed_at", "due_at", "returned_at", "timestamp", "created_at"]

    static func draw(_ rng: inout FuzzRandom) -> (prompt: String, person: String, thing: String, event: String) {
        let person = rng.pick(people), thing = rng.pick(things)
        // A loan is a bank's unless something lendable is listed with it.
        let event = ["books", "devices"].contains(thing) && rng.chance(0.3) ? "loans" : rng.pick(events)
        let columns = (0..<rng.int(1...3)).map { _ in rng.pick(times) }
        var seen: Set<String> = []
        let list = columns.filter { seen.insert($0).inserted }.joined(separator: ", ")
        let eventPhrase = rng.pick(["\(event) (\(list))", "\(event) with \(list)", event])
        var parts = [person, thing]
        if rng.chance(0.5) { parts.reverse() }
        let lead = rng.pick(["Rental system", "Tracking app", "A dataset", "Operations"])
        return ("\(lead) with \(parts[0]), \(parts[1]) and \(eventPhrase)", person, thing, event)
    }

    @Test func eventsReferenceThePersonAndTheThingTheyAreBetween() {
        var failures: [String] = []
        for seed in UInt64(1)...300 {
            var rng = FuzzRandom(seed: seed)
            let (prompt, person, thing, event) = Self.draw(&rng)
            let schema = Planner().plan(prompt).schema
            let eventTable = event.replacingOccurrences(of: " ", with: "_")
            guard let e = schema.entities.first(where: { $0.name == eventTable }) else {
                failures.append("seed \(seed): \(prompt.debugDescription): no \(eventTable) in \(schema.entities.map(\.name))"); continue
            }
            let targets = Set(e.fields.compactMap { $0.references?.entity })
            for wanted in [person, thing] where !targets.contains(wanted) && schema.entity(named: wanted) != nil {
                failures.append("seed \(seed): \(prompt.debugDescription): \(eventTable) does not reference \(wanted) (\(targets.sorted()))")
            }
            failures += PlanInvariants.problems(schema).map { "seed \(seed): \($0)" }
        }
        #expect(failures.isEmpty, "\(failures.prefix(6).joined(separator: "\n"))")
    }

    static let occasions = ["fitness classes", "concerts", "webinars", "workshops", "yoga classes", "meetups", "classes", "sessions"]
    static let occasionColumns = ["level", "starts_at", "capacity", "price", "duration_minutes", "room", "date"]
    static let roles = ["instructor", "host", "organizer", "speaker", "coach", "trainer"]

    /// A named occasion (`fitness classes (name, level, instructor)`) is what people take part in, not a
    /// transaction between them: it gets no reference to a person the prompt did not ask for, whatever
    /// else is listed beside it, and a warning about an event names each table it added once.
    @Test func aNamedOccasionIsNotAnEventBetweenPeople() {
        var failures: [String] = []
        for seed in UInt64(1)...200 {
            var rng = FuzzRandom(seed: seed)
            let person = rng.pick(Self.people), occasion = rng.pick(Self.occasions)
            var columns = [rng.pick(["name", "title"])]
            if rng.chance(0.6) { columns.append(rng.pick(Self.roles)) }
            for _ in 0..<rng.int(0...2) {
                let c = rng.pick(Self.occasionColumns)
                if !columns.contains(c) { columns.append(c) }
            }
            columns.shuffle(using: &rng)
            var parts = [person, "\(occasion) (\(columns.joined(separator: ", ")))"]
            if rng.chance(0.5) { parts.append(rng.pick(["bookings", "registrations", "attendance records", "class bookings", "tickets"])) }
            if rng.chance(0.3) { parts.append(rng.pick(Self.things)) }
            let prompt = "\(rng.pick(["A gym", "A studio", "Community app", "A club"])) with \(parts.dropLast().joined(separator: ", ")) and \(parts.last ?? "")"
            let result = Planner().plan(prompt)
            let table = Identifier.snake(Inflector.plural(Identifier.join(occasion.split(separator: " ").map(String.init))))
            guard let e = result.schema.entity(named: table) else {
                failures.append("seed \(seed): \(prompt.debugDescription): no \(table) in \(result.schema.entities.map(\.name))"); continue
            }
            // A listed role column may point at the people (`host` → users); nothing else may.
            let unasked = e.fields.filter { f in
                f.references?.entity == person && !columns.contains(f.name) && !columns.contains(where: { f.name == $0 + "_id" })
            }
            if !unasked.isEmpty { failures.append("seed \(seed): \(prompt.debugDescription): \(table) points at \(person) by \(unasked.map(\.name))") }
            for w in result.warnings where w.contains("between") {
                let named = w.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
                if Set(named.dropFirst()).count < 2 { failures.append("seed \(seed): \(prompt.debugDescription): warning \(w.debugDescription)") }
            }
            failures += PlanInvariants.problems(result.schema).map { "seed \(seed): \($0)" }
        }
        #expect(failures.count == 0, "\(failures.prefix(6).joined(separator: "\n"))")
    }

    @Test func aRecordHangingOffAnotherOrHeadingLineItemsGetsNoExtraReference() {
        let schema = Planner().plan("Shop with customers, products, orders, order items and payments").schema
        let orders = schema.entity(named: "orders")?.fields.compactMap { $0.references?.entity } ?? []
        let payments = schema.entity(named: "payments")?.fields.compactMap { $0.references?.entity } ?? []
        #expect(!orders.contains("products"), "orders are the header of their items: \(orders)")
        #expect(!payments.contains("products"), "a payment pays an order: \(payments)")
    }

    /// Teachers are a course's, not its enrollments': with no learners listed, the planner adds them.
    @Test(arguments: [UInt64(121), 122, 123])
    func anEnrollmentIsNotItsTeachers(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let staff = rng.pick(["professors", "instructors", "teachers", "tutors", "lecturers"])
            let thing = rng.pick(["courses", "classes"])
            let event = rng.pick(["enrollments", "registrations", "course enrollments"])
            let lead = rng.pick(["University", "A school", "Online academy", "Evening college"])
            let prompt = "\(lead) with \(staff), \(thing) and \(event)"
            let schema = Planner().plan(prompt).schema
            let table = try #require(schema.entities.first { $0.name == event.replacingOccurrences(of: " ", with: "_") }, "seed \(seed): \(prompt)")
            let targets = table.fields.compactMap(\.references?.entity)
            #expect(!targets.contains(staff), "seed \(seed): \(prompt): \(table.name) references \(targets)")
            let people = targets.filter { t in schema.entities.first { $0.name == t }?.fields.contains { $0.name == "first_name" } ?? false }
            #expect(!people.isEmpty, "seed \(seed): \(prompt): \(table.name) references \(targets)")
        }
    }

    /// A follow is between two of the users: no `followers`/`followees` tables, no third reference to a post.
    @Test(arguments: [UInt64(1501), 1502, 1503, 1504])
    func aSelfJoinIsBetweenTwoOfItsPeople(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let people = rng.pick(["users", "members", "profiles"])
            let join = rng.pick(["follows", "followings", "friendships", "connections"])
            let others = ["posts", "comments", "likes", "messages"].filter { _ in rng.chance(0.5) }
            let tables = [people] + others + [join]
            let prompt = "Social network with " + tables.dropLast().joined(separator: ", ") + " and \(join)"
            let schema = Planner().plan(prompt).schema
            #expect(schema.entities.count == tables.count, "seed \(seed): \(prompt) plans \(schema.entities.map(\.name))")
            let j = try #require(schema.entities.first { $0.name == join }, "\(prompt)")
            let refs = j.fields.compactMap(\.references).map(\.entity)
            #expect(refs.count == 2 && refs.allSatisfy { $0 == people }, "seed \(seed): \(prompt): \(j.fields.map(\.name))")
        }
    }
}
