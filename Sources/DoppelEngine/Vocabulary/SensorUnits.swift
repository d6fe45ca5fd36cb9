/// What a sensor measures, in which unit, and the values a building's sensor reads: a temperature
/// sensor in °C around room temperature, a humidity sensor in percent, a CO₂ sensor in ppm. Read from
/// the words of the sensor's type, so it holds for any type list.
enum SensorUnits {
    /// Type words and the units that measure them, most usual first.
    static let measures: [(words: Set<String>, units: [String])] = [
        (["temperature", "temp", "thermostat", "thermal", "thermometer"], ["celsius", "°c", "c", "degc", "fahrenheit", "°f", "f"]),
        (["humidity", "moisture", "rh"], ["percent", "%", "rh", "pct"]),
        (["co2", "carbon", "air", "voc", "quality", "smoke", "gas"], ["ppm", "ppb"]),
        (["light", "lux", "illuminance", "luminosity", "brightness"], ["lux", "lx"]),
        (["noise", "sound", "acoustic", "decibel"], ["db", "dba"]),
        (["energy", "power", "electricity", "electric", "electrical", "meter", "consumption", "kwh"], ["kwh", "wh", "w", "kw"]),
        (["pressure", "barometer", "barometric"], ["hpa", "kpa", "mbar", "bar", "psi"]),
        (["voltage", "battery"], ["v", "volts", "mv"]),
        (["current", "amperage", "amps"], ["a", "amps", "ma"]),
        (["vibration"], ["mm/s", "g"]),
        (["accelerometer", "acceleration"], ["g", "m/s2"]),
        (["gyroscope", "rotation", "angular"], ["deg/s", "rad/s"]),
        (["level", "tank", "fill"], ["percent", "%", "cm"]),
        (["flow", "water"], ["l/min", "m3/h", "liters", "l"]),
        // A gas or water meter's reads (a gas sensor's ppm comes first where a unit column offers it).
        (["gas", "water", "natural"], ["m3", "m³", "ccf", "gallons", "gal"]),
    ]

    /// The words of a sensor's or a device's type, in order (`air_quality` → air, quality).
    static func words(ofType type: String) -> [String] {
        type.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The unit among `offered` (a unit column's own values) that measures what a sensor type names.
    static func unit(ofType type: String, among offered: [String]) -> String? {
        let words = Set(Self.words(ofType: type))
        let given = Dictionary(offered.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        for m in measures where !m.words.isDisjoint(with: words) {
            for u in m.units { if let g = given[u] { return g } }
        }
        return nil
    }

    /// The unit a sensor type is usually read in (a temperature sensor in °C), for a reading that
    /// names no unit of its own.
    static func usualUnit(ofType type: String) -> String? {
        let words = Set(Self.words(ofType: type))
        return measures.first { !$0.words.isDisjoint(with: words) }?.units.first
    }

    /// The values a sensor of `type` reads in its usual unit.
    static func range(ofType type: String) -> ClosedRange<Double>? { usualUnit(ofType: type).flatMap(range(of:)) }

    /// The values a building's sensor reads in a unit.
    static func range(of unit: String) -> ClosedRange<Double>? {
        switch unit.lowercased() {
        case "celsius", "°c", "c", "degc": return 16...30
        case "fahrenheit", "°f", "f": return 61...86
        case "percent", "%", "rh", "pct": return 20...75
        case "ppm": return 400...1600
        case "ppb": return 50...800
        case "lux", "lx": return 50...1200
        case "db", "dba": return 30...85
        case "kwh": return 0.1...40
        case "wh": return 50...5000
        case "w": return 5...3000
        case "kw": return 0.1...30
        case "hpa", "mbar": return 985...1035
        case "kpa": return 98.5...103.5
        case "psi": return 14.3...15
        case "bar": return 0.985...1.035
        case "v", "volts": return 3.0...3.7
        case "mv": return 3000...3700
        case "mm/s": return 0.1...12
        case "g": return 0.01...2
        case "a", "amps": return 0.1...16
        case "ma": return 10...900
        case "deg/s": return 0.5...250
        case "rad/s": return 0.01...4
        case "m/s2": return 0.1...20
        case "l/min": return 0.5...30
        case "m3", "m³", "ccf": return 0.05...3
        case "gallons", "gal": return 5...150
        default: return nil
        }
    }
}
