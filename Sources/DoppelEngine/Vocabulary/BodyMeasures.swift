import DoppelText

/// A body's weight and height, by whose body it is: the people of a table measure
/// what people of their age do (`LifeStage`: an employee 40–130 kg, a pupil 16–75 kg,
/// an infant 2.5–16 kg), an animal named by its table weighs what its species does
/// (`AnimalProfile`). The planner and the resolver both ask here, so a `weight_kg`
/// of employees is an adult's whether a prompt planned it or a schema named it.
package enum BodyMeasures {
    /// The spec of a body measure column (`weight`, `weight_kg`, `body_weight_lb`, `height_cm`,
    /// `height_in`) in `entity` (a table name, singular or plural); nil for any other column, and
    /// for tables that are neither people nor a known species.
    package static func spec(column: String, entity: String) -> ColumnSpec? {
        let tokens = column.lowercased().split { !$0.isLetter }.map(String.init)
        let words = tokens.filter { !units.contains($0) && $0 != "body" && $0 != "current" }
        guard words.count == 1, let measure = Measure(rawValue: words[0]) else { return nil }
        let unit = tokens.last { units.contains($0) }
        let entityWords = entity.lowercased().split { !$0.isLetter }.map { Inflector.singular(String($0)) }
        guard let head = entityWords.last else { return nil }
        if PersonNouns.words.contains(head) || LifeStage.stages.contains(where: { $0.0.contains(head) }) {
            return person(measure, years: LifeStage.years(ofEntity: entity), unit: unit)
        }
        if measure == .weight, let animal = AnimalProfile.of(head) {
            return decimal(animal.kilograms, scale: kilogramScale(unit), precision: animal.kilograms.upperBound < 2 ? 3 : 1)
        }
        // Pets of any species, from a 30 g budgie to a 40 kg dog (the row's species narrows it): two decimals.
        if measure == .weight, ["pet", "animal", "companion"].contains(head) {
            return decimal(0.5...40, scale: kilogramScale(unit), precision: 2)
        }
        return nil
    }

    enum Measure: String { case weight, height }

    static let units: Set<String> = ["kg", "kgs", "kilograms", "lb", "lbs", "pounds", "cm", "m", "in", "inches", "meters", "metres"]

    static func kilogramScale(_ unit: String?) -> Double { ["lb", "lbs", "pounds"].contains(unit ?? "") ? 2.20462 : 1 }

    /// Typical weight (kg) and height (cm) ranges by age in years; between two ages the
    /// bounds are interpolated, and from 18 on a person is an adult.
    static let byAge: [(age: Double, kilograms: ClosedRange<Double>, centimetres: ClosedRange<Double>)] = [
        (0, 2.5...5, 45...58), (2, 9...15, 80...95), (6, 16...28, 106...126), (10, 23...45, 128...150),
        (13, 32...65, 145...170), (17, 45...90, 158...192), (18, 40...130, 150...200),
    ]

    static func bounds(at age: Double) -> (kilograms: ClosedRange<Double>, centimetres: ClosedRange<Double>) {
        guard let upper = byAge.firstIndex(where: { $0.age >= age }) else { return (byAge[byAge.count - 1].1, byAge[byAge.count - 1].2) }
        guard upper > 0 else { return (byAge[0].1, byAge[0].2) }
        let a = byAge[upper - 1], b = byAge[upper]
        let t = (age - a.age) / (b.age - a.age)
        func mix(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>) -> ClosedRange<Double> {
            (x.lowerBound + (y.lowerBound - x.lowerBound) * t)...(x.upperBound + (y.upperBound - x.upperBound) * t)
        }
        return (mix(a.kilograms, b.kilograms), mix(a.centimetres, b.centimetres))
    }

    static func person(_ measure: Measure, years: ClosedRange<Int>, unit: String?) -> ColumnSpec {
        let young = bounds(at: Double(years.lowerBound)), old = bounds(at: Double(min(years.upperBound, 18)))
        switch measure {
        case .weight:
            var s = decimal(young.kilograms.lowerBound...old.kilograms.upperBound, scale: kilogramScale(unit), precision: 1)
            s.distribution = .normal
            return s
        case .height:
            let cm = young.centimetres.lowerBound...old.centimetres.upperBound
            if unit == "m" || unit == "meters" || unit == "metres" {
                var s = decimal(cm, scale: 0.01, precision: 2)
                s.distribution = .normal
                return s
            }
            let scale = unit == "in" || unit == "inches" ? 1 / 2.54 : 1
            var s = ColumnSpec(.integer, "number.integer")
            s.min = (cm.lowerBound * scale).rounded()
            s.max = (cm.upperBound * scale).rounded()
            s.distribution = .normal
            return s
        }
    }

    static func decimal(_ range: ClosedRange<Double>, scale: Double, precision: Int) -> ColumnSpec {
        var s = ColumnSpec(.decimal, "number.decimal")
        let p = Double(precision == 1 ? 10 : precision == 2 ? 100 : 1000)
        s.min = (range.lowerBound * scale * p).rounded() / p
        s.max = (range.upperBound * scale * p).rounded() / p
        s.precision = precision
        return s
    }
}
