/// `health.blood_pressure`: a reading as a clinic writes it, `systolic/diastolic` in mmHg. The systolic is
/// near 120 (95–165, a few high), the diastolic follows it (about 0.55 of it plus 10, within 55–105), and the
/// gap between them (the pulse pressure) is 25–70: never `170/03` or `164/44`.
struct BloodPressureKind: KindGenerator {
    static let systolic: ClosedRange<Int> = 95...165

    /// A systolic and a diastolic that belong together, from two uniform draws.
    static func reading(_ u: Double, _ v: Double) -> (systolic: Int, diastolic: Int) {
        // Four in five 100–135, the rest 135–165.
        let s = 100 + Int((u < 0.8 ? u / 0.8 * 35 : 35 + (u - 0.8) / 0.2 * 30).rounded())
        let d = Int((Double(s) * 0.55 + 10 + (v - 0.5) * 16).rounded())
        let low = max(55, s - 70), high = min(105, s - 25)
        return (min(max(s, systolic.lowerBound), systolic.upperBound), min(max(d, low), high))
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let (s, d) = Self.reading(c.r.unit(), c.r.unit())
        ByteFormat.appendInt(s, to: &out)
        out.append(UInt8(ascii: "/"))
        ByteFormat.appendInt(d, to: &out)
        return .text
    }

    func writesPlainText(locales: [LocaleData]) -> Bool { true }
}
