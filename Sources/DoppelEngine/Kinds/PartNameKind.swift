/// `manufacturing.part_name`: a mechanical or electrical part as a parts list names it, its size or rating
/// where parts have one ("Hex Bolt M8x40", "Ball Bearing 6204", "Fuse 15 A"), not a consumer product.
struct PartNameKind: KindGenerator {
    /// A part and the sizes it comes in: `{a|b|c}` picks one, `{lo-hi/step}` a number in the range.
    static let parts: [String] = [
        "Hex Bolt M{6|8|10|12}x{20-80/10}", "Socket Screw M{4|5|6|8}x{10-40/5}", "Hex Nut M{6|8|10|12}", "Flat Washer M{6|8|10|12}",
        "Ball Bearing 62{00-10/1}", "Roller Bearing 32{05-12/1}", "O-Ring {10-80/5} mm", "Gasket {50-200/25} mm",
        "Drive Belt {400-1200/50} mm", "Timing Belt {80-200/10}T", "Spur Gear {12-60/4}T", "Shaft {10-40/5} mm",
        "Compression Spring {5-40/5} mm", "Hydraulic Hose {1/4|3/8|1/2|3/4} in", "Ball Valve {1/2|3/4|1} in", "Pump Seal {20-60/5} mm",
        "Fuse {5|10|15|20|30} A", "Relay {12|24} V", "Proximity Sensor {8|12|18} mm", "Limit Switch", "Circuit Board Rev {A|B|C|D}",
        "Stepper Motor NEMA {17|23|34}", "Air Filter", "Oil Filter", "Spark Plug", "Brake Pad Set", "Brake Cable", "Chain {8|9|10|11}-speed",
        "Cassette {10|11|12}-speed", "Inner Tube {26|27.5|29} in", "Cable Tie {100-300/50} mm", "Hinge {50-100/25} mm", "Mounting Bracket",
        "Coupling {10-30/5} mm", "Pulley {50-150/25} mm", "Thermostat {70|82|88} °C", "Capacitor {10|22|47|100} µF",
    ]

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let template = Self.parts[c.r.below(Self.parts.count)]
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.append(contentsOf: rest[..<open].utf8)
            let inner = rest[rest.index(after: open)..<close]
            if inner.contains("|") {
                let choices = inner.split(separator: "|")
                out.append(contentsOf: choices[c.r.below(choices.count)].utf8)
            } else if let dash = inner.firstIndex(of: "-"), let slash = inner.firstIndex(of: "/"),
                      let lo = Int(inner[..<dash]), let hi = Int(inner[inner.index(after: dash)..<slash]),
                      let step = Int(inner[inner.index(after: slash)...]), step > 0, hi >= lo {
                let n = lo + step * c.r.below((hi - lo) / step + 1)
                // "62{00-10/1}": a bearing's series keeps its two digits.
                let digits = inner[..<dash].count
                let text = String(n)
                out.append(contentsOf: String(repeating: "0", count: max(0, digits - text.count)).utf8)
                out.append(contentsOf: text.utf8)
            }
            rest = rest[rest.index(after: close)...]
        }
        out.append(contentsOf: rest.utf8)
        return .text
    }
}
