/// The dose a medication's name states: "Losartan 50 mg" is taken as "50 mg".
/// A name without a strength ("Albuterol inhaler") is taken "as directed",
/// the phrase prescriptions use when the label carries the amount.
enum DoseReading {
    static let units: Set<String> = ["mg", "mcg", "µg", "g", "ml", "mL", "iu", "IU", "units", "unit", "%"]

    /// The strength at the end of `medication` ("<number> <unit>"), or "as directed".
    static func dose(ofMedication medication: String) -> String {
        let words = medication.split(separator: " ")
        guard words.count >= 2, units.contains(String(words[words.count - 1])),
              let amount = Double(words[words.count - 2].replacingOccurrences(of: ",", with: ".")), amount > 0
        else { return "as directed" }
        return words[words.count - 2] + " " + words[words.count - 1]
    }
}
