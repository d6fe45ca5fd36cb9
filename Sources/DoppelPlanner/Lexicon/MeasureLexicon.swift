import DoppelText
import DoppelEngine

/// Measured quantities: a column named with a unit suffix (`fuel_used_l`,
/// `payload_kg`, `dose_ml`) or a measured quantity (`fuel_used`,
/// `water_consumed`, `gross_weight`) holds a number, in a range that fits the
/// unit and, where the name says, the quantity.
///
/// The planner asks this after its other rules: a name they read as a word,
/// a flag or nothing at all is still a measure when it carries a unit or a
/// quantity word (`fuel_used` is litres, `coupon_used` stays a flag because a
/// coupon is counted, not measured).
enum MeasureLexicon {
    /// What a unit measures, and the range a single record's value usually falls in.
    struct Unit: Sendable {
        var dimension: Dimension
        /// A typical value for one record, in this unit.
        var range: ClosedRange<Double>
        var integer: Bool = false
        var precision: Int = 2
    }

    enum Dimension: Sendable { case volume, mass, length, data, share, money, time, energy, power, area, speed, angle, electric, pressure, sound, rotation }

    /// Unit suffixes of column names, abbreviated and spelled out, with a per-record range.
    static let units: [String: Unit] = {
        var table: [String: Unit] = [:]
        func add(_ names: String, _ unit: Unit) { for n in names.split(separator: " ") { table[String(n)] = unit } }
        add("l liters litres liter litre ltr", Unit(dimension: .volume, range: 0.5...120))
        add("ml milliliters millilitres", Unit(dimension: .volume, range: 5...2000, precision: 1))
        add("gal gallons gallon", Unit(dimension: .volume, range: 0.2...35))
        add("m3 cbm", Unit(dimension: .volume, range: 0.01...80, precision: 3))
        add("kg kilograms kilos", Unit(dimension: .mass, range: 0.1...1000))
        add("g grams", Unit(dimension: .mass, range: 1...5000, precision: 1))
        add("mg milligrams", Unit(dimension: .mass, range: 1...1000, precision: 1))
        add("lb lbs pounds", Unit(dimension: .mass, range: 0.2...2000))
        add("oz ounces", Unit(dimension: .mass, range: 0.5...200, precision: 1))
        add("t tonnes tons", Unit(dimension: .mass, range: 0.1...40))
        add("km kilometers kilometres", Unit(dimension: .length, range: 0.5...500, precision: 1))
        add("m meters metres", Unit(dimension: .length, range: 0.5...5000, precision: 1))
        add("cm centimeters centimetres", Unit(dimension: .length, range: 1...300, precision: 1))
        add("mm millimeters millimetres", Unit(dimension: .length, range: 1...2000, precision: 1))
        add("mi miles", Unit(dimension: .length, range: 0.3...300, precision: 1))
        add("ft feet", Unit(dimension: .length, range: 1...5000, precision: 1))
        add("in inches", Unit(dimension: .length, range: 0.5...120, precision: 1))
        add("kb", Unit(dimension: .data, range: 1...4096, integer: true, precision: 0))
        add("mb", Unit(dimension: .data, range: 1...2048, integer: true, precision: 0))
        add("gb", Unit(dimension: .data, range: 1...1024, integer: true, precision: 0))
        add("tb", Unit(dimension: .data, range: 1...64, integer: true, precision: 0))
        add("bytes", Unit(dimension: .data, range: 100...10_000_000, integer: true, precision: 0))
        add("pct percent percentage", Unit(dimension: .share, range: 0...100))
        add("usd eur gbp cad aud chf dollars euros", Unit(dimension: .money, range: 1...1000))
        add("cents", Unit(dimension: .money, range: 50...100_000, integer: true, precision: 0))
        add("hours hrs hr h", Unit(dimension: .time, range: 0.25...40))
        add("min mins minutes", Unit(dimension: .time, range: 1...240, integer: true, precision: 0))
        add("sec secs seconds s", Unit(dimension: .time, range: 1...3600, integer: true, precision: 0))
        add("ms milliseconds", Unit(dimension: .time, range: 1...5000, integer: true, precision: 0))
        add("days", Unit(dimension: .time, range: 0...365, integer: true, precision: 0))
        add("kwh", Unit(dimension: .energy, range: 0.1...500))
        add("wh", Unit(dimension: .energy, range: 1...5000, precision: 1))
        add("kw", Unit(dimension: .power, range: 0.1...500))
        add("w watts", Unit(dimension: .power, range: 1...3000, precision: 1))
        add("sqft", Unit(dimension: .area, range: 300...5000, integer: true, precision: 0))
        add("sqm m2", Unit(dimension: .area, range: 25...500, integer: true, precision: 0))
        add("kmh kph", Unit(dimension: .speed, range: 5...130, precision: 1))
        add("mph", Unit(dimension: .speed, range: 3...80, precision: 1))
        add("mps", Unit(dimension: .speed, range: 0.5...30, precision: 1))
        add("kib", Unit(dimension: .data, range: 1...4096, integer: true, precision: 0))
        add("mib", Unit(dimension: .data, range: 1...2048, integer: true, precision: 0))
        add("gib", Unit(dimension: .data, range: 1...1024, integer: true, precision: 0))
        add("tib", Unit(dimension: .data, range: 1...64, integer: true, precision: 0))
        add("deg degrees", Unit(dimension: .angle, range: 0...90, precision: 1))
        add("v volts", Unit(dimension: .electric, range: 3...240, precision: 1))
        add("amps", Unit(dimension: .electric, range: 0.1...50, precision: 2))
        add("psi", Unit(dimension: .pressure, range: 10...120, precision: 1))
        add("kpa", Unit(dimension: .pressure, range: 80...800, precision: 1))
        add("hpa", Unit(dimension: .pressure, range: 950...1050, precision: 1))
        add("dba decibels", Unit(dimension: .sound, range: 30...110, precision: 1))
        add("rpm", Unit(dimension: .rotation, range: 500...6000, integer: true, precision: 0))
        return table
    }()

    /// Single letters read as units only after a measured stem (`fuel_l`, not `plan_s`).
    static let letterUnits: Set<String> = ["l", "g", "m", "t", "h", "s", "w", "in", "v"]

    /// Words that name a measured quantity, and the unit it is measured in when the name gives none.
    static let quantities: [String: String] = [
        "weight": "kg", "mass": "kg", "payload": "kg", "volume": "l", "distance": "km", "mileage": "km",
        "length": "m", "height": "cm", "width": "cm", "depth": "cm", "consumption": "l", "displacement": "l",
        "tonnage": "t", "voltage": "v",
    ]

    /// Verbs whose participle after a substance names an amount of it (`fuel_used`, `water_consumed`).
    static let amountParticiples: Set<String> = ["used", "consumed", "burned", "burnt", "spent", "dispensed", "delivered",
                                                 "produced", "generated", "pumped", "drawn", "remaining", "left", "added",
                                                 "collected", "recycled", "wasted", "saved", "transferred", "uploaded",
                                                 "downloaded", "stored", "poured", "harvested"]

    /// Substances (mass nouns) measured rather than counted, with the unit they come in.
    static let substances: [String: String] = [
        "fuel": "l", "gas": "l", "gasoline": "l", "petrol": "l", "diesel": "l", "water": "l", "oil": "l", "milk": "l",
        "wine": "l", "beer": "l", "coolant": "l", "fluid": "ml", "blood": "ml", "medication": "mg", "dose": "mg",
        "energy": "kwh", "electricity": "kwh", "power": "kwh", "data": "mb", "bandwidth": "mb", "storage": "gb",
        "memory": "mb", "disk": "gb", "feed": "kg", "fertilizer": "kg", "waste": "kg", "material": "kg", "cement": "kg",
        "steel": "kg", "grain": "kg", "flour": "kg", "sugar": "kg", "coffee": "g", "ink": "ml", "paint": "l",
        "concrete": "m3", "sand": "kg", "wood": "kg", "cotton": "kg", "plastic": "kg", "paper": "kg", "co2": "kg",
        "carbon": "kg", "emissions": "kg",
    ]

    /// The measure a column name describes, or nil when it names none.
    static func spec(_ tokens: [String]) -> ColumnSpec? {
        guard let last = tokens.last else { return nil }
        let stem = Array(tokens.dropLast())
        if ColumnLexicon.booleanPrefixes.contains(tokens[0]) { return nil }  // is_used, has_weight
        if !stem.isEmpty, let unit = units[last], !letterUnits.contains(last) || isMeasured(stem) {
            return spec(unit)
        }
        if let word = tokens.first(where: { quantities[$0] != nil }), let unit = quantities[word].flatMap({ units[$0] }) {
            return spec(unit)
        }
        if tokens.count >= 2, amountParticiples.contains(last),
           let substance = stem.last(where: { substances[$0] != nil }), let unit = substances[substance].flatMap({ units[$0] }) {
            return spec(unit)
        }
        return nil
    }

    /// True when the words before a unit letter name something measured (`fuel_used` in `fuel_used_l`).
    static func isMeasured(_ stem: [String]) -> Bool {
        stem.contains { quantities[$0] != nil || substances[$0] != nil || amountParticiples.contains($0) }
    }

    static func spec(_ unit: Unit) -> ColumnSpec {
        var s = ColumnSpec(unit.integer ? .integer : .decimal, unit.dimension == .share ? "number.percentage" : (unit.integer ? "number.integer" : "number.decimal"))
        s.min = unit.range.lowerBound
        s.max = unit.range.upperBound
        s.precision = unit.integer ? nil : unit.precision
        // Amounts per record spread with a long right tail; shares are uniform.
        if unit.dimension != .share, unit.range.lowerBound > 0 { s.distribution = .lognormal }
        return s
    }

    /// True when `spec` holds a number (what a measure needs).
    static func isNumeric(_ spec: ColumnSpec?) -> Bool {
        guard let spec else { return false }
        return [.integer, .decimal, .float].contains(spec.type) && spec.kind != "enum" && spec.kind != "boolean"
    }
}
