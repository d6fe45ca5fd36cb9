import Testing
import DoppelTestSupport
@testable import DoppelPlanner

/// Strangers' settings that took another business's tables: a sailing school's students with GPAs and instructors of
/// Computer Science, a hospital's units as apartments with rent, a water utility's accounts as checking accounts, and
/// a blood-pressure app's devices as thermostats. Drawn settings, table names and seeds.
@Suite struct SettingTablesFourthBatchTests {
    static func fields(_ prompt: String, _ table: String) throws -> [String] {
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        return try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))").fields.map(\.name)
    }

    @Test(arguments: [UInt64(0xF1), 0xF2, 0xF3])
    func aLessonSchoolsPeopleAreNoCollegesAndAHospitalsUnitsAreWards(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let school = rng.pick(["Sailing school", "Swimming school", "Music school", "Riding school", "Pottery studio"])
        let students = try Self.fields("\(school): \(rng.pick(["instructors, students", "students, instructors"])) and lessons", "students")
        #expect(!students.contains("gpa") && !students.contains("major"), "\(school): \(students)")
        let instructors = try Self.fields("\(school): instructors, students and lessons", "instructors")
        #expect(!instructors.contains("department") && !instructors.contains("subject"), "\(school): \(instructors)")
        // A college keeps its academics.
        #expect(try Self.fields("A music college with students, instructors and courses", "students").contains("gpa"))
        let units = try Self.fields("\(rng.pick(["Hospital nurse shifts", "Hospital bed management", "ICU staffing"])): nurses, units and shifts", "units")
        #expect(!units.contains("monthly_rent") && !units.contains("bedrooms"), "\(units)")
    }

    @Test(arguments: [UInt64(0xF4), 0xF5])
    func aUtilitysAccountsAndAPatientsDevices(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let utility = rng.pick(["Municipal water utility", "Electric utility", "Gas utility billing"])
        let table = rng.pick(["accounts", "customer_accounts"])
        let accounts = try Self.fields("\(utility): customers, \(table.replacingOccurrences(of: "_", with: " ")), meters and bills", table)
        #expect(accounts.contains("service_address") && !accounts.contains("balance"), "\(utility): \(accounts)")
        // A bank keeps its accounts.
        #expect(try Self.fields("A bank with customers, accounts and transactions", "accounts").contains("balance"))
        let app = rng.pick(["Blood pressure home monitoring app", "Glucose monitoring app for diabetic patients"])
        let schema = Planner().plan("\(app): users, devices, readings and alerts").schema
        let models = schema.entities.first { $0.name == "devices" }?.field(named: "model")?.values?.compactMap(\.stringValue) ?? []
        #expect(!models.isEmpty && !models.contains { $0.contains("Thermostat") }, "\(app): \(models)")
    }
}
