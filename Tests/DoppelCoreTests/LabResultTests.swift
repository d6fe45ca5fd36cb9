import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's hospital lab: orders named "Horizon Order" that were "shipped", results of "Analyte D"
/// in ng/mL against "Reference Range F" flagged "Flag A". A result's analyte, unit, range, value and flag
/// agree on its row; an order names a panel and is resulted, not delivered.
@Suite struct LabResultTests {
    static func record(_ analyte: String) -> Int? {
        (0..<LabKind.analytes.count).first { LabKind.analytes.string($0, 0) == analyte }
    }

    @Test(arguments: [("results", "analyte", "value", "unit", "reference_range", "flag"),
                      ("lab_results", "test_name", "result_value", "units", "normal_range", "abnormal_flag"),
                      ("test_results", "component", "measured_value", "uom", "ref_range", "interpretation")])
    func aResultsPartsAgree(names: (String, String, String, String, String, String)) throws {
        let (table, analyte, value, unit, range, flag) = names
        let schema = Planner().plan("Hospital lab: patients (name, date_of_birth) and \(table) (patient_id, \(analyte), \(value), \(unit), \(range), \(flag))").schema
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: table), "\(schema.entities.map(\.name))")
        let cols = try [analyte, value, unit, range, flag].map { try #require(e.column(named: $0), "\($0)") }
        var flags: [String: Int] = [:]
        for row in TestSupport.table(plan, table) {
            let a = try #require(row[cols[0]]), v = try #require(row[cols[1]].flatMap(Double.init))
            let i = try #require(Self.record(a), "\(a) is no analyte")
            #expect(row[cols[2]] == LabKind.analytes.string(i, 1), "\(a) in \(row[cols[2]] ?? "")")
            let low = try #require(Double(LabKind.analytes.string(i, 2))), high = try #require(Double(LabKind.analytes.string(i, 3)))
            #expect(row[cols[3]] == "\(LabKind.analytes.string(i, 2))-\(LabKind.analytes.string(i, 3))")
            let f = try #require(row[cols[4]])
            #expect(f == (v > high ? "H" : v < low ? "L" : "N"), "\(a) \(v) against \(low)-\(high) flagged \(f)")
            flags[f, default: 0] += 1
        }
        #expect((flags["N"] ?? 0) > (flags["H"] ?? 0) + (flags["L"] ?? 0) && (flags["H"] ?? 0) > 0 && (flags["L"] ?? 0) > 0, "\(flags)")
    }

    @Test func anOrderNamesAPanelAndIsResulted() {
        let schema = Planner().plan("Hospital lab results: patients (mrn, name), lab_orders (patient_id, test_name, ordered_at, status) and results (lab_order_id, analyte, value)").schema
        let order = schema.entity(named: "lab_orders")
        #expect(order?.fields.first { $0.name == "test_name" }?.kind == "health.lab_panel")
        #expect(order?.fields.first { $0.name == "status" }?.values?.contains(.string("resulted")) == true)
        // An exam's results are a school's, not a lab's.
        let exams = Planner().plan("School: students (name) and exam results (student_id, subject, score, value)").schema
        #expect(exams.entities.allSatisfy { $0.fields.allSatisfy { !($0.kind ?? "").hasPrefix("health.lab") } })
    }
}
