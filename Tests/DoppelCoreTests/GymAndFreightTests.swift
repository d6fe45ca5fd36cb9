import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's gym had trainers specialising in oncology, members on the "free" plan and a check-in that
/// lasted thirteen days from 05:26; a stranger's freight had carriers of "Mode E", warehouses holding one
/// pallet, and a shipment picked up by the carrier but never shipped.
@Suite struct GymAndFreightTests {
    static func values(_ f: Field?) -> Set<String> { Set(f?.values?.compactMap(\.stringValue) ?? []) }

    @Test func aGymsPeopleAreAGyms() throws {
        let prompt = "Gym: members (name, membership_plan, joined_on), trainers (name, specialty, hourly_rate), check_ins (member_id, checked_in_at, checked_out_at)"
        let specialties = Self.values(TestSupport.plannedField(prompt, "trainers", "specialty"))
        #expect(specialties.contains("Yoga") && !specialties.contains("Oncology"), "\(specialties)")
        let plans = Self.values(TestSupport.plannedField(prompt, "members", "membership_plan"))
        #expect(plans.contains("Monthly") && !plans.contains("free"), "\(plans)")
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: 4, rows: 300)).get()
        let visits = try #require(plan.entity(named: "check_ins"))
        let i = try #require(visits.column(named: "checked_in_at")), o = try #require(visits.column(named: "checked_out_at"))
        for row in TestSupport.table(plan, "check_ins") {
            let a = try #require(row[i].flatMap(TestSupport.instant)), b = try #require(row[o].flatMap(TestSupport.instant))
            #expect(b - a >= 599 && b - a <= 14 * 3_600 + 1, "a visit of \((b - a) / 3_600) h")
            let hour = Int(a.truncatingRemainder(dividingBy: 86_400) / 3_600)
            #expect(hour >= 7 && hour < 22, "checked in at \(hour)h")
        }
    }

    @Test func freightTravelsByAWayOfTravel() throws {
        let prompt = "Logistics: warehouses (name, city, capacity_pallets), carriers (name, mode), shipments (warehouse_id, carrier_id, shipped_at, delivered_at, status (pending, picked_up, in_transit, delivered))"
        #expect(Self.values(TestSupport.plannedField(prompt, "carriers", "mode")).isSuperset(of: ["Road", "Air", "Rail"]))
        let capacity = try #require(TestSupport.plannedField(prompt, "warehouses", "capacity_pallets"))
        #expect((capacity.min ?? 0) >= 500, "\(capacity)")
        #expect(LifecycleStage(status: "picked_up") == .shipped && LifecycleStage(status: "pending") == .open)
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: 6, rows: 300)).get()
        let s = try #require(plan.entity(named: "shipments"))
        let status = try #require(s.column(named: "status")), shipped = try #require(s.column(named: "shipped_at"))
        for row in TestSupport.table(plan, "shipments") where row[status] == "picked_up" {
            #expect(row[shipped] != nil, "picked up, never shipped")
        }
    }
}
