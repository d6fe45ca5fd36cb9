import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A blood pressure reads as a clinic writes it: systolic over diastolic, the two belonging together.
@Suite struct BloodPressureTests {
    static func check(_ text: String) -> Bool {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let s = Int(parts[0]), let d = Int(parts[1]), !parts[1].hasPrefix("0") else { return false }
        return (95...165).contains(s) && (55...105).contains(d) && (25...70).contains(s - d)
    }

    @Test func everyDrawIsAReadingThatBelongsTogether() {
        for i in 0...200 {
            for j in 0...50 {
                let (s, d) = BloodPressureKind.reading(Double(i) / 200.001, Double(j) / 50.001)
                #expect(Self.check("\(s)/\(d)"), "\(s)/\(d)")
            }
        }
    }

    @Test(arguments: ["Patient vitals with heart rate, blood pressure and temperature", "Clinic visits with patient name, bp and pulse",
                      "patients (name, blood_pressure, weight_kg)"])
    func aPlannedColumnReadsLikeOne(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let e = try #require(schema.entities.first { $0.fields.contains { ["blood_pressure", "bp"].contains($0.name) } }, "\(prompt)")
        let column = try #require(e.fields.first { ["blood_pressure", "bp"].contains($0.name) }).name
        let (plan, rows) = try TestSupport.planned(prompt, e.name, seed: 7, rows: 300)
        let cells = try TestSupport.cells(plan, rows, column)
        #expect(cells.count > 200)
        for c in cells { #expect(Self.check(c), "\(prompt): \(c)") }
        // Not all alike: systolic values spread over at least 30 mmHg.
        let s = cells.compactMap { Int($0.split(separator: "/")[0]) }
        #expect((s.max() ?? 0) - (s.min() ?? 0) >= 30)
    }
}
