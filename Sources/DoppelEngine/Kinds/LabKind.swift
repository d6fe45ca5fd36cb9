import DoppelText

/// A laboratory result's parts, agreeing on the row: the analyte, its unit, its reference range, the
/// measured value and the flag the value earns against the range (H above, L below, N within). Every
/// part draws the row's analyte from the same key, and the value from a second stream of the same key,
/// so the flag needs no other cell: a potassium of 6.2 mmol/L against 3.5–5.1 is flagged H.
struct LabKind: KindGenerator {
    enum Part: Sendable { case analyte, unit, range, low, high, value, flag, panel }
    let part: Part
    let key: UInt64

    /// analyte | unit | low | high | panel it is ordered in.
    static let analytes = RecordTable("""
    Glucose|mg/dL|70|99|Basic Metabolic Panel;Sodium|mmol/L|136|145|Basic Metabolic Panel;\
    Potassium|mmol/L|3.5|5.1|Basic Metabolic Panel;Chloride|mmol/L|98|107|Basic Metabolic Panel;\
    Creatinine|mg/dL|0.6|1.3|Basic Metabolic Panel;Blood Urea Nitrogen|mg/dL|7|20|Basic Metabolic Panel;\
    Calcium|mg/dL|8.6|10.3|Basic Metabolic Panel;Hemoglobin|g/dL|12.0|17.5|Complete Blood Count;\
    Hematocrit|%|36|50|Complete Blood Count;White Blood Cell Count|10^3/uL|4.5|11.0|Complete Blood Count;\
    Platelet Count|10^3/uL|150|400|Complete Blood Count;Total Cholesterol|mg/dL|125|200|Lipid Panel;\
    LDL Cholesterol|mg/dL|50|100|Lipid Panel;HDL Cholesterol|mg/dL|40|60|Lipid Panel;\
    Triglycerides|mg/dL|50|150|Lipid Panel;Hemoglobin A1c|%|4.0|5.6|Hemoglobin A1c;\
    TSH|mIU/L|0.4|4.0|Thyroid Panel;Free T4|ng/dL|0.8|1.8|Thyroid Panel;ALT|U/L|7|56|Hepatic Function Panel;\
    AST|U/L|10|40|Hepatic Function Panel;Total Bilirubin|mg/dL|0.1|1.2|Hepatic Function Panel;\
    Vitamin D, 25-Hydroxy|ng/mL|30|100|Vitamin D;Ferritin|ng/mL|24|336|Iron Studies;C-Reactive Protein|mg/L|0.3|10.0|C-Reactive Protein
    """, columns: 5)
    /// How often an analyte is ordered, aligned with `analytes`: the metabolic panel and blood count most.
    static let weights: [Double] = [6, 5, 5, 4, 5, 4, 4, 6, 5, 6, 5, 4, 4, 4, 4, 4, 3, 2, 3, 3, 2, 2, 1, 1]

    static let totalWeight = weights.reduce(0, +)
    var uniqueCapacity: UInt64 { 0 }

    static func pick(_ r: inout CellRandom) -> Int {
        var x = r.unit() * totalWeight
        for (i, w) in weights.enumerated() { x -= w; if x < 0 { return i } }
        return weights.count - 1
    }

    /// The row's value: within the range four times in five, else up to 30 % below it or 40 % above,
    /// rounded to the range's own precision (one more digit than its bounds show, at least one).
    static func value(_ a: Int, _ r: inout CellRandom) -> Double {
        let low = Double(analytes.string(a, 2)) ?? 0, high = Double(analytes.string(a, 3)) ?? 1
        let u = r.unit(), v = r.unit()
        let x = u < 0.8 ? low + v * (high - low) : u < 0.9 ? low * (0.7 + 0.3 * v) : high * (1 + 0.4 * v)
        let digits = max(1, analytes.string(a, 2).split(separator: ".").dropFirst().first?.count ?? 0)
        let scale = ByteFormat.pow10(digits)
        return (x * Double(scale)).rounded() / Double(scale)
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var r = CellRandom(key: key, row: c.row)
        return Self.write(part, analyte: Self.pick(&r), valueKey: key, row: c.row, into: &out)
    }

    /// The analytes' row numbers by name.
    static let byName: [String: Int] = Dictionary((0..<analytes.count).map { (analytes.string($0, 0), $0) }, uniquingKeysWith: { a, _ in a })

    /// The row of `analytes` named `name`, if any.
    static func index(ofAnalyte name: String) -> Int? { byName[name] }

    /// `part` of analyte `a`, its value drawn from `valueKey` and `row` (so a row's value and flag agree).
    static func write(_ part: Part, analyte a: Int, valueKey key: UInt64, row: Int, into out: inout CellBytes) -> KindValue {
        switch part {
        case .analyte: analytes.append(a, 0, to: &out)
        case .unit: analytes.append(a, 1, to: &out)
        case .panel: analytes.append(a, 4, to: &out)
        case .range:
            analytes.append(a, 2, to: &out); out.append(contentsOf: "-".utf8); analytes.append(a, 3, to: &out)
        case .low: return .real(Double(analytes.string(a, 2)) ?? 0)
        case .high: return .real(Double(analytes.string(a, 3)) ?? 0)
        case .value, .flag:
            var v = CellRandom(key: key ^ 0x6C61_6276_616C_7565, row: row)
            let x = value(a, &v)
            if part == .value { return .real(x) }
            let low = Double(analytes.string(a, 2)) ?? 0, high = Double(analytes.string(a, 3)) ?? 0
            out.append(x > high ? 72 : x < low ? 76 : 78)  // H, L, N
        }
        return .text
    }
}
