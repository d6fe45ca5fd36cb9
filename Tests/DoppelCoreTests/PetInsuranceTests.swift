import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's pet-insurance prompt: a dog's claim for insomnia and allergic rhinitis, under an
/// "enterprise" plan. A claim's animal is one record away, through its policy.
@Suite struct PetInsuranceTests {
    @Test(arguments: ["claims", "invoices", "visits"])
    func anAnimalsCareThroughItsPolicyIsAVets(table: String) throws {
        let schema = Planner().plan("Pet insurance: pets (name, species, breed), policies (pet_id, plan, monthly_premium) and \(table) (policy_id, diagnosis, amount)").schema
        #expect(schema.entity(named: "policies")?.fields.first { $0.name == "plan" }?.values?.contains(.string("Comprehensive")) == true)
        let plan = try schema.resolve(ResolveOptions()).get()
        let vet = Set((0..<Words.vetDiagnoses.count).map(Words.vetDiagnoses.string))
        for d in TestSupport.column(plan, table, "diagnosis").compactMap({ $0 }).prefix(200) {
            #expect(vet.contains(d), "\(d) is a person's diagnosis")
        }
    }
}
