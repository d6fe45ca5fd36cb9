import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A dose states the strength its row's medication names, on every row of drawn schemas.
@Suite struct DoseCoherenceTests {
    @Test func doseFollowsTheMedicationsStrength() throws {
        var draw = TextRNG(seed: 0xD05E)
        for _ in 0..<4 {
            let seed = draw.next() % 1_000_000
            let name = ["dosage", "dose", "strength"][draw.below(3)]
            let schema = """
            {"name": "clinic", "seed": \(seed), "entities": [{"name": "prescriptions", "rows": 20000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(name)", "type": "string", "kind": "enum", "values": ["5 mg", "50 mg", "250 mg"]},
              {"name": "medication", "type": "string", "kind": "health.medication", "nullable": 0.05}]}]}
            """
            let rows = TestSupport.table(try TestSupport.plan(schema), "prescriptions")
            #expect(rows.count == 20_000)
            var broken = 0, first = ""
            for row in rows {
                let dose = row[1] ?? "NULL"
                let expected: String
                if let medication = row[2] {
                    let words = medication.split(separator: " ")
                    expected = words.count >= 2 && Double(words[words.count - 2]) != nil
                        ? words.suffix(2).joined(separator: " ") : "as directed"
                } else {
                    expected = "as directed"
                }
                if dose != expected {
                    broken += 1
                    if first.isEmpty { first = "\(row[2] ?? "NULL") → \(dose)" }
                }
            }
            #expect(broken == 0, "seed \(seed) column \(name): \(broken) rows, first \(first)")
        }
    }

    @Test func aNameWithoutAStrengthIsTakenAsDirected() {
        #expect(DoseReading.dose(ofMedication: "Losartan 50 mg") == "50 mg")
        #expect(DoseReading.dose(ofMedication: "Levothyroxine 50 mcg") == "50 mcg")
        #expect(DoseReading.dose(ofMedication: "Albuterol inhaler") == "as directed")
        #expect(DoseReading.dose(ofMedication: "") == "as directed")
    }
    /// A prescription of a drug (drawn table and column names) doses what the drug's name states.
    @Test(arguments: 1...4) func aReferencedDrugsStrengthIsTheDose(seed: UInt64) throws {
        var draw = TextRNG(seed: seed)
        let dose = ["dose", "dosage", "strength"][draw.below(3)]
        let (parent, child) = [("drugs", "prescriptions"), ("medications", "orders"), ("medicines", "dispensings")][draw.below(3)]
        let plan = try TestSupport.plan("""
            {"name": "pharmacy", "seed": \(seed), "entities": [
              {"name": "\(parent)", "rows": 40, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "health.medication"}]},
              {"name": "\(child)", "rows": 500, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "drug_id", "type": "integer", "references": "\(parent).id"},
                {"name": "\(dose)", "type": "string", "kind": "enum", "values": ["5 mg", "100 mg", "2 g"]}]}]}
            """)
        let names = TestSupport.column(plan, parent, "name").map { $0 ?? "" }
        var stated = 0
        for row in TestSupport.table(plan, child) {
            let drug = names[(row[1].flatMap(Int.init) ?? 1) - 1]
            guard let strength = SchemaResolver.strengthStated(drug) else { continue }
            #expect(row[2] == strength, "\(drug): \(row[2] ?? "NULL")")
            stated += 1
        }
        #expect(stated > 100)
    }
}
