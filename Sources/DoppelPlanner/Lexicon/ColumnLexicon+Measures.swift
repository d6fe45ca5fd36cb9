import DoppelEngine

extension ColumnLexicon {
    /// `found`, unless the name is a measure the other rules missed or misread:
    /// a unit suffix or a measured quantity makes the column a number whose range
    /// fits the unit (`MeasureLexicon`). A number the other rules chose is kept
    /// while its range is plausible in the stated unit (within a hundredfold of
    /// the unit's usual range: `price_usd`, a pet's `weight_kg`); a range that is
    /// not (`volume_liters` read as a trading volume) takes the unit's.
    static func measured(_ name: String, _ found: ColumnSpec?) -> ColumnSpec? {
        let tokens = name.split(separator: "_").map(String.init)
        guard let measure = MeasureLexicon.spec(tokens) else { return found }
        // (A name the table of names lists itself, `odometer_km`, says more than its unit: a whole odometer, not a trip.)
        if found != nil, names[name] != nil { return found }
        // A rule that lists the values a measure takes (a charger's 7.4, 11, 22, 50 … kW) knows better than the unit.
        if let found, found.kind == "enum", [.integer, .decimal, .float].contains(found.type) { return found }
        guard MeasureLexicon.isNumeric(found), let found else { return measure }
        guard let last = tokens.last, tokens.count >= 2, let unit = MeasureLexicon.units[last],
              measure.min == unit.range.lowerBound, measure.max == unit.range.upperBound else { return found }
        let plausible = (unit.range.lowerBound / 100 - 1)...(unit.range.upperBound * 100)
        if let lo = found.min, !plausible.contains(lo) { return measure }
        if let hi = found.max, !plausible.contains(hi) { return measure }
        return found
    }
}
