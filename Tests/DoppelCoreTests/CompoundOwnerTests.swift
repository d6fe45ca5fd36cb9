import Testing
import DoppelTestSupport
@testable import DoppelPlanner

/// Strangers' `order_events` had no order, `monthly_meter_reads` no meter, `slip_leases` no slip, and
/// "each shipment has many railcars" became one railcar per shipment when railcars were listed first. A table named
/// for another references it; a parent named for its children (`membership_plans`) does not; a thing a statement
/// gives to an event is not also what the event points at. Drawn nouns, orders and seeds.
@Suite struct CompoundOwnerTests {
    static let parents = ["meters", "orders", "zorblats", "machines", "tickets", "hives", "lockers", "deals"]
    static let childHeads = ["events", "reads", "readings", "notes", "logs", "inspections", "photos", "changes"]

    @Test(arguments: [UInt64(0x51), 0x52, 0x53, 0x54])
    func aTableNamedForAnotherReferencesIt(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let parent = rng.pick(Self.parents), head = rng.pick(Self.childHeads)
            let singular = String(parent.dropLast())
            let child = rng.pick(["", "monthly_", "daily_"]) + singular + "_" + head
            var tables = [parent, child.replacingOccurrences(of: "_", with: " "), rng.pick(["customers", "staff", "sites"])]
            tables.shuffle(using: &rng)
            let prompt = rng.pick(["", "A utility with ", "Tables: "]) + tables.dropLast().joined(separator: ", ") + " and " + tables.last!
            let schema = Planner().plan(prompt).schema
            let c = try #require(schema.entities.first { $0.name == child }, "\(prompt): \(schema.entities.map(\.name))")
            #expect(c.fields.contains { $0.references?.entity == parent }, "\(prompt): \(c.fields.map(\.name))")
            let p = try #require(schema.entities.first { $0.name == parent })
            #expect(!p.fields.contains { $0.references?.entity == child }, "\(prompt): \(p.fields.map(\.name))")
            #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        }
    }

    @Test func aParentNamedForItsChildrenStaysTheirParent() throws {
        for prompt in ["members, membership plans, memberships", "Gym: membership plans and memberships (start_date, status)",
                       "events and event types"] {
            let schema = Planner().plan(prompt).schema
            for e in schema.entities where e.name.hasSuffix("_plans") || e.name.hasSuffix("_types") {
                #expect(!e.fields.contains { $0.references != nil && !$0.primaryKey }, "\(prompt): \(e.name) \(e.fields.map(\.name))")
            }
        }
    }

    @Test func linesBelongToTheirDocument() throws {
        let schema = Planner().plan("Expense reports for a consulting firm: employees, expense reports, expense lines (category, amount, merchant), approvals").schema
        let lines = try #require(schema.entities.first { $0.name == "expense_lines" })
        #expect(lines.fields.contains { $0.references?.entity == "expense_reports" }, "\(lines.fields.map(\.name))")
        let reports = try #require(schema.entities.first { $0.name == "expense_reports" })
        #expect(!reports.fields.contains { $0.references?.entity == "expense_lines" }, "\(reports.fields.map(\.name))")
    }

    /// "Each X has many Y" holds whatever order the tables are listed in.
    @Test(arguments: [UInt64(0x61), 0x62, 0x63])
    func hasManyHoldsInAnyListOrder(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (owner, owned) = rng.pick([("shipment", "railcars"), ("voyage", "zorblats"), ("delivery", "crates"), ("trip", "wagons")])
            var tables = [owner + (owner.hasSuffix("y") ? "" : "s"), owned, rng.pick(["stations", "depots"]), rng.pick(["locomotives", "drivers"])]
            if owner == "delivery" { tables[0] = "deliveries" }
            tables.shuffle(using: &rng)
            let prompt = "Freight: " + tables.joined(separator: ", ") + ". Each \(owner) has many \(owned)."
            let schema = Planner().plan(prompt).schema
            let child = try #require(schema.entities.first { $0.name == owned }, "\(prompt)")
            #expect(child.fields.contains { $0.references?.entity == tables.first { $0.hasPrefix(String(owner.prefix(4))) } }, "\(prompt): \(child.fields.map(\.name))")
            let parent = try #require(schema.entities.first { $0.name.hasPrefix(String(owner.prefix(4))) })
            #expect(!parent.fields.contains { $0.references?.entity == owned }, "\(prompt): \(parent.fields.map(\.name))")
        }
    }
}

/// A stranger's `ticket_events` were a website's page views, and made the tickets concert admissions (a ticket with
/// events is an event's); `order_events` and `deal_stage_history` were an occurrence and an office note. A table of
/// what happened to another table's records moves them through that table's statuses or stages.
@Suite struct LifecycleTableTests {
    @Test(arguments: [UInt64(0xB1), 0xB2, 0xB3])
    func aRecordsEventsAreItsStatuses(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (owner, status, expected) = rng.pick([("tickets", "status", "resolved"), ("deals", "stage", "negotiation"),
                                                      ("support tickets", "status", "in_progress")])
            let ownerWord = owner.split(separator: " ").last.map(String.init)!
            let log = String(ownerWord.dropLast()) + " " + rng.pick(["events", "history", "changes", "transitions"])
            let prompt = rng.pick(["", "CRM: ", "Help desk: "]) + "customers, \(owner), \(log) and agents"
            let schema = Planner().plan(prompt).schema
            let table = log.replacingOccurrences(of: " ", with: "_")
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let values = e.fields.first { $0.name == "event_type" || $0.name == status }?.values?.compactMap(\.stringValue) ?? []
            #expect(values.contains(expected), "\(prompt): \(e.fields.map(\.name)) \(values)")
            #expect(!e.fields.contains { $0.name == "page_url" }, "\(prompt)")
            let ownerTable = owner.replacingOccurrences(of: " ", with: "_")
            #expect(e.fields.contains { $0.references?.entity == ownerTable }, "\(prompt): \(e.fields.map(\.name))")
            let o = try #require(schema.entities.first { $0.name == ownerTable })
            #expect(!o.fields.contains { $0.name == "seat" }, "\(prompt): \(o.fields.map(\.name))")
        }
    }

    /// A website's events stay a website's.
    @Test func siteEventsStayPageViews() {
        let events = Planner().plan("users, sessions and events").schema.entities.first { $0.name == "events" }
        #expect(events?.fields.contains { $0.name == "page_url" } == true)
    }
}
