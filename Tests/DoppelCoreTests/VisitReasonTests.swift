import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's vet booked a vaccination for limping, and a dental clinic's treatments were appendectomies and MRI
/// scans beside a telehealth crown fitting. Drawn lists, names and seeds.
@Suite struct VisitReasonTests {
    @Test(arguments: 1...8) func aReasonIsItsVisitsType(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let list = Array(["Vaccination", "Check-up", "Limping", "Dental Cleaning", "Skin Problem", "Follow-up", "Surgery"]
            .shuffled(using: &rng).prefix(rng.int(2...7)))
        let values = list.map { "\"\($0)\"" }.joined(separator: ", ")
        let reason = rng.pick(["reason", "visit_reason", "purpose"]), type = rng.pick(["appointment_type", "visit_type", "service_type"])
        let json = """
        {"name": "clinic", "seed": \(seed), "entities": [
          {"name": "\(rng.pick(["appointments", "visits"]))", "rows": 300, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(type)", "kind": "enum", "values": [\(values)]},
            {"name": "\(reason)", "kind": "enum", "values": [\(list.reversed().map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            #expect(row[1] == row[2], "seed \(seed): \(row)")
        }
    }

    @Test func aDentalPracticesTreatmentsAreADentists() throws {
        let schema = Planner().plan("A dental clinic with patients, dentists, appointments and treatments").schema
        let treatments = try #require(schema.entities.first { $0.name == "treatments" })
        let names = treatments.field(named: "name")?.values?.compactMap(\.stringValue) ?? []
        #expect(names.contains("Root Canal") && !names.contains("Appendectomy"), "\(names)")
        let appointments = try #require(schema.entities.first { $0.name == "appointments" })
        #expect(appointments.field(named: "appointment_type")?.values?.compactMap(\.stringValue).contains("Filling") == true)
    }
}
