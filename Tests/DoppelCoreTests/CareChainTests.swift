import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's clinic: an injury diagnosed as anxiety and treated with a vaccination, influenza treated with a
/// colonoscopy, a $7.61 visit; a vet's pet seen three years before it was born, its skin problem found to be
/// gastroenteritis and treated with an eye flush.
@Suite struct CareChainTests {
    /// Every diagnosis either list draws has its condition, so a drawn diagnosis always finds its treatments.
    @Test func everyDrawnDiagnosisHasItsCondition() {
        for i in 0..<Words.diagnoses.count {
            #expect(CareConditions.condition(Words.diagnoses.string(i), vet: false) != nil, "\(Words.diagnoses.string(i))")
        }
        for i in 0..<Words.vetDiagnoses.count {
            #expect(CareConditions.condition(Words.vetDiagnoses.string(i), vet: true) != nil, "\(Words.vetDiagnoses.string(i))")
        }
        for visit in CareConditions.Visit.allCases {
            #expect(CareConditions.human.contains { $0.visits.contains(visit) } || CareConditions.vet.contains { $0.visits.contains(visit) }, "\(visit)")
        }
        #expect(CareConditions.visit(ofReason: "Annual checkup") == .checkup && CareConditions.visit(ofReason: "Skin Problem") == .skin)
        #expect(CareConditions.visit(ofReason: "Follow-up") == .followUp && CareConditions.visit(ofReason: "Injury") == .injury)
        #expect(CareConditions.visit(ofReason: "Paperwork") == nil)
    }

    static let prompts: [(String, Bool)] = [
        ("Clinic: patients (name, date_of_birth, gender), visits (patient_id, visit_date, reason, diagnosis, treatment, prescription, cost)", false),
        ("Family practice: patients (name, dob), appointments (patient_id, appointment_date, visit_type, diagnosis, procedure, medication)", false),
        ("Veterinary clinic: owners (name, phone), pets (owner_id, name, species, birth_date), visits (pet_id, visit_date, reason, diagnosis, treatment, medication, cost)", true),
    ]

    /// In every generated row the diagnosis is one its reason's visit finds, and the treatment and the medication
    /// are the diagnosis's; a vet's visit comes after its pet was born, a doctor's visit costs at least $60.
    @Test(arguments: 0..<3) func aVisitAgreesWithItself(index: Int) throws {
        let (prompt, vet) = Self.prompts[index]
        let schema = Planner().plan(prompt).schema
        let table = try #require(schema.entities.first { $0.fields.contains { $0.name == "diagnosis" } }?.name)
        for seed in [UInt64(3), 11] {
            let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 400)).get()
            let e = try #require(plan.entity(named: table))
            let d = try #require(e.column(named: "diagnosis"))
            let reason = e.column(named: "reason") ?? e.column(named: "visit_type")
            let care = e.column(named: "treatment") ?? e.column(named: "procedure")
            let medicine = e.column(named: "prescription") ?? e.column(named: "medication")
            for row in TestSupport.table(plan, table) {
                let diagnosis = try #require(row[d])
                let condition = try #require(CareConditions.condition(diagnosis, vet: vet), "\(table): \(diagnosis) is no \(vet ? "vet's" : "doctor's") condition")
                if let reason, let r = row[reason], let visit = CareConditions.visit(ofReason: r) {
                    #expect(condition.visits.contains(visit), "\(r) found \(diagnosis)")
                }
                if let care, let t = row[care] { #expect(condition.treatments.contains(t), "\(diagnosis) treated with \(t)") }
                if let medicine, let m = row[medicine] { #expect(condition.medications.contains(m), "\(diagnosis) given \(m)") }
            }
            if !vet, e.column(named: "cost") != nil {
                for value in TestSupport.column(plan, table, "cost").compactMap({ $0.flatMap(Double.init) }) { #expect(value >= 60, "a visit at \(value)") }
            }
            if vet {
                let pets = try #require(plan.entity(named: "pets"))
                let born = TestSupport.column(plan, "pets", "birth_date").map { $0.flatMap(TestSupport.instant) }
                let p = try #require(e.column(named: "pet_id")), when = try #require(e.column(named: "visit_date"))
                #expect(pets.rows == born.count)
                for row in TestSupport.table(plan, table) {
                    guard let id = row[p].flatMap({ Int($0) }), let b = born[id - 1], let v = row[when].flatMap(TestSupport.instant) else { continue }
                    #expect(v >= b, "a visit on \(row[when] ?? "") for a pet born \(b)")
                }
            }
        }
    }

    /// A listed treatment keeps to its own values: a diagnosis none of whose treatments it lists keeps the column's draw.
    @Test func aListedTreatmentKeepsItsValues() throws {
        let plan = try Planner().plan("Clinic visits (reason, diagnosis, treatment (X-Ray, Physical Therapy, Counseling))").schema
            .resolve(ResolveOptions(seed: 5, rows: 300)).get()
        let table = try #require(plan.entities.first?.name)
        let e = try #require(plan.entity(named: table))
        let d = try #require(e.column(named: "diagnosis")), t = try #require(e.column(named: "treatment"))
        for row in TestSupport.table(plan, table) {
            // (The planner writes listed values in lower case.)
            let treatment = try #require(row[t]).lowercased()
            #expect(["x-ray", "physical therapy", "counseling"].contains(treatment), "\(treatment)")
            if let condition = row[d].flatMap({ CareConditions.condition($0, vet: false) }),
               condition.treatments.contains(where: { ["X-Ray", "Physical Therapy"].contains($0) }) {
                #expect(condition.treatments.map { $0.lowercased() }.contains(treatment), "\(condition.diagnosis) treated with \(treatment)")
            }
        }
    }
}

extension CareChainTests {
    /// A diagnosis drawn from the visit's reason keeps its ICD-10 code beside it.
    @Test func aDiagnosisFromItsReasonKeepsItsCode() throws {
        let plan = try TestSupport.plan("""
        {"name": "p", "seed": 4, "entities": [{"name": "visits", "rows": 300, "fields": [
          {"name": "id", "primary_key": true}, {"name": "reason", "kind": "enum", "values": ["Injury", "Illness", "Annual checkup", "Follow-up"]},
          {"name": "diagnosis"}, {"name": "icd10_code"}]}]}
        """)
        for row in TestSupport.table(plan, "visits") {
            let diagnosis = try #require(row[2])
            #expect(CareConditions.codes[diagnosis] == row[3], "\(diagnosis): \(row[3] ?? "nil")")
        }
        #expect(CareConditions.human.allSatisfy { CareConditions.codes[$0.diagnosis] != nil })
    }
}
