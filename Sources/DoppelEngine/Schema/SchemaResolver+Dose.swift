import DoppelText

/// A dose agrees with the medication named in its row (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    static let doseColumns: Set<String> = ["dosage", "dose", "strength", "dosage_amount", "dose_amount"]

    /// A free text `dosage`/`dose`/`strength` column beside a `health.medication` column states the
    /// strength the medication's name carries, so the two never disagree.
    func applyDoseRule(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let medication = fields.indices.first(where: { c in
                  fields[c].kind == "health.medication" && fields[c].references == nil
              }) else { return }
        for (c, f) in fields.enumerated() where Self.doseColumns.contains(f.name.lowercased()) {
            guard f.type == .string || f.type == .text, !f.unique, !f.primaryKey, f.references == nil,
                  case .kind(_, .random)? = sources[c] else { continue }
            sources[c] = .rowText(RowTextPlan(form: .dose, noun: Self.noun(entity.name), nameColumn: medication,
                                              categoryColumn: nil, makerColumn: nil, ratingColumn: nil,
                                              ratingScale: 5, subject: nil, parentCategory: nil))
        }
    }
}

extension SchemaResolver {
    /// Milligrams in one of each unit a medication's strength is written in.
    static let milligramsPer: [String: Double] = ["mg": 1, "mcg": 0.001, "µg": 0.001, "g": 1_000]
    /// Forms a medication's name can state ("Albuterol inhaler"); a strength in milligrams is a tablet's.
    static let medicationForms = ["inhaler", "cream", "ointment", "injection", "syrup", "drops", "patch", "spray", "solution", "gel",
                                  "suspension", "pen", "capsule", "capsules", "tablet", "tablets", "lozenge", "suppository"]

    /// A number column for the strength (`strength_mg`, `dose_mcg`, `strength`) beside a `health.medication`
    /// is the strength the name states, in the column's unit (milligrams unless named); a `form` column is the
    /// form the name states, a tablet for a strength in mass units. Names stating neither keep the columns' draws.
    func applyStrengthOfName(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let medication = fields.indices.first(where: { fields[$0].kind == "health.medication" && fields[$0].references == nil }) else { return }
        for (c, f) in fields.enumerated() where c != medication && f.references == nil && !f.unique && !f.primaryKey {
            guard case let .kind(own, .random)? = sources[c] else { continue }
            let tokens = KindInference.tokens(f.name)
            if Self.numeric.contains(f.type), tokens.contains(where: { ["strength", "dose", "dosage"].contains($0) }) {
                let unit = tokens.lazy.compactMap { Self.milligramsPer[$0] }.first ?? 1
                sources[c] = .siblingFact(SiblingFactPlan(column: medication, values: [:], fallback: own, rangeOf: { name in
                    let words = name.split(separator: " ")
                    guard words.count >= 2, let per = Self.milligramsPer[String(words[words.count - 1])],
                          let amount = Double(words[words.count - 2]), amount > 0 else { return nil }
                    let v = amount * per / unit
                    return v...v
                }))
            } else if f.type == .string || f.type == .text, ["form", "dosage_form", "formulation", "dose_form"].contains(f.name.lowercased()) {
                // A listed form is written as listed; a form the list lacks leaves the row its own draw.
                let listed = f.kind == "enum" ? f.values?.compactMap(\.stringValue) : nil
                sources[c] = .siblingFact(SiblingFactPlan(column: medication, values: [:], fallback: own, valueOf: { name in
                    let words = name.lowercased().split(separator: " ").map(String.init)
                    var form: String?
                    if let w = words.first(where: Self.medicationForms.contains) {
                        form = w.hasSuffix("s") && w != "drops" ? String(w.dropLast()) : w
                    } else if words.last.flatMap({ Self.milligramsPer[$0] }) != nil {
                        form = "tablet"
                    }
                    guard let form, let listed else { return form }
                    return listed.first { $0.lowercased() == form }
                }))
            }
        }
    }
}

extension SchemaResolver {
    /// A free-text dose (`dose`, `dosage`, `strength`) on a record that references a medication (a
    /// prescription of a drug whose `name` is a `health.medication`) is the strength the medication's name
    /// states ("5 mg" of "Amlodipine 5 mg"), not a dose of another drug; a name stating none is taken "as directed"
    /// (in a column of listed values without that phrase, it keeps the draw).
    func applyReferencedDose(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard !fields.contains(where: { $0.kind == "health.medication" && $0.references == nil }) else { return }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pm = parent.fields.firstIndex(where: { $0.kind == "health.medication" && $0.references == nil }) else { continue }
            for (c, f) in fields.enumerated() where f.references == nil && !f.unique && !f.primaryKey
                && (f.type == .string || f.type == .text) && Self.doseColumns.contains(f.name.lowercased()) {
                guard case let .kind(own, .random)? = sources[c] else { continue }
                // A name stating no strength ("Albuterol inhaler") is taken as directed, unless the column lists its values.
                let asDirected = f.kind != "enum" || (f.values ?? []).contains(.string("as directed"))
                sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pm,
                                                  rule: .mapped { Self.strengthStated($0) ?? (asDirected ? "as directed" : nil) }, fallback: own))
            }
            return
        }
    }

    /// The strength a medication's name ends in ("Amlodipine 5 mg" → "5 mg"), or nil.
    @Sendable static func strengthStated(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2, milligramsPer[String(words[words.count - 1])] != nil, Double(words[words.count - 2]) != nil else { return nil }
        return words[words.count - 2] + " " + words[words.count - 1]
    }
}
