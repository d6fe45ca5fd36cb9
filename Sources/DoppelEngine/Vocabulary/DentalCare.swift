import DoppelText

/// What a dental practice's records hold: in a dataset with a table of dentists (or
/// orthodontists, hygienists, or a table named dental), a specialty or department is a
/// dental one and a procedure or treatment is what a dentist does, not a hospital's
/// (an appendectomy). The planner asks here when it types those columns.
package enum DentalCare {
    static let practiceNouns: Set<String> = ["dentist", "orthodontist", "hygienist", "endodontist", "periodontist",
                                             "dental", "dentistry"]
    static let specialties = ["General Dentistry", "Orthodontics", "Periodontics", "Endodontics", "Prosthodontics",
                              "Oral Surgery", "Pediatric Dentistry", "Cosmetic Dentistry"]
    static let procedures = ["Routine Cleaning", "Check-up and X-Rays", "Filling", "Root Canal", "Crown Fitting",
                             "Tooth Extraction", "Teeth Whitening", "Dental Implant", "Scaling and Root Planing",
                             "Braces Adjustment", "Fluoride Treatment", "Bridge Fitting"]

    /// What a dental lab makes for a dentist, and what it makes it from.
    static let restorations = ["Crown", "Bridge", "Veneer", "Implant Crown", "Inlay", "Onlay", "Full Denture", "Partial Denture",
                               "Night Guard"]
    static let materials = ["Zirconia", "Lithium Disilicate", "Porcelain-Fused-to-Metal", "Full-Cast Gold", "Acrylic", "Composite"]

    /// Whether tables with these names are a dental practice's.
    package static func isPractice(_ tables: [String]) -> Bool {
        tables.contains { t in KindInference.tokens(t).contains { practiceNouns.contains(Inflector.singular($0)) } }
    }

    /// The column's spec in a dental practice, if it is one of the columns the practice decides.
    package static func spec(column: String, table: String = "") -> ColumnSpec? {
        let words = Set(KindInference.tokens(column))
        func values(_ list: [String]) -> ColumnSpec {
            ColumnSpec("string enum values=" + list.map { $0.replacingOccurrences(of: " ", with: "~") }.joined(separator: "|"))
        }
        // A treatment's or a procedure's own name, and what kind of visit an appointment is: a procedure.
        let head = Inflector.singular(KindInference.tokens(table).last ?? "")
        if ["treatment", "procedure"].contains(head), ["name", "title", "type", "treatment_type", "procedure_name", "treatment_name"].contains(column) {
            return values(procedures)
        }
        if words.isSuperset(of: ["appointment", "type"]) || words.isSuperset(of: ["visit", "type"]) { return values(procedures) }
        if !words.isDisjoint(with: ["specialty", "speciality", "department", "specialization"]),
           words.isDisjoint(with: ["head", "manager", "phone", "email", "location", "code", "id"]) {
            return values(specialties)
        }
        // What a dental lab makes and what from: a crown in zirconia, not a "premium" in denim.
        if !words.isDisjoint(with: ["restoration", "prosthesis", "prosthetic", "appliance"]),
           words.isDisjoint(with: ["date", "id", "code", "price", "cost", "fee", "count", "notes"]) {
            return values(restorations)
        }
        if words.contains("material"), words.isDisjoint(with: ["cost", "price", "id", "code"]) { return values(materials) }
        if words.contains("practice"), words.contains("name") { return ColumnSpec("string health.dental_practice") }
        // (why a patient comes is a procedure too: a check-up, a filling; never a GP's lab work)
        if !words.isDisjoint(with: ["procedure", "treatment", "service", "reason"]) && words.isDisjoint(with: ["date", "time", "cost", "price", "fee", "id", "code", "status", "notes",
                                                                                                  "plan", "description", "outcome", "rating", "score"]) {
            return values(procedures)
        }
        return nil
    }
}
