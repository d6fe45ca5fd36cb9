import DoppelText

extension SchemaResolver {
    /// Entity words of things sold, whose descriptions are product copy.
    /// Listings, offers and articles are not here: a house listing, a job offer and a news
    /// article are priced or described without being goods.
    static let productWords: Set<String> = ["product", "products", "item", "items", "sku", "skus", "good", "goods",
                                            "variant", "variants", "merchandise"]

    /// Goods by what they are: a product word in the entity's name, or a `sku` or `brand`
    /// column. A price alone does not make goods: houses, courses and tickets have one.
    static func isGoods(_ entity: Entity) -> Bool {
        !Set(KindInference.tokens(entity.name)).isDisjoint(with: productWords)
            || entity.fields.contains { ["sku", "brand"].contains($0.name.lowercased()) }
    }

    /// A description column the row-text rules left to its kind, on an entity that is
    /// not a product (no product word in its name, no sku or brand column: a price alone
    /// does not make goods, as houses, courses and tickets have one), describes
    /// the record from its own values instead of product copy (`RecordDescriptionWriter`).
    func applyRecordText(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard !Self.isGoods(entity) else { return }
        applyRecipeSteps(entity, &sources)
        for (c, f) in fields.enumerated() where !f.unique && !f.primaryKey && f.references == nil {
            // A description, or a summary or overview written as loose prose.
            guard f.kind == "text.description" || Self.proseKinds.contains(f.kind ?? "")
                    && !Set(KindInference.tokens(f.name)).isDisjoint(with: Self.summaryWords) else { continue }
            guard case let .kind(g, .random)? = sources[c], !(g is PooledText) else { continue }
            var facts: [(label: String, column: Int)] = []
            for (k, other) in fields.enumerated() where k != c && other.references == nil && !other.primaryKey && !other.unique {
                guard other.type == .string || other.type == .integer && other.kind == "enum" else { continue }
                guard other.kind == "enum" || Self.factKinds.contains(other.kind ?? ""), case .kind? = sources[k] else { continue }
                facts.append((KindInference.tokens(other.name).joined(separator: " "), k))
            }
            let when = Self.creationColumn(fields).map { k in (verb: Self.loggedVerb(fields[k].name), column: k) }
            var plan = RecordTextPlan(noun: Self.noun(entity.name), facts: Array(facts.prefix(5)), when: when)
            // An incident's account of what happened, as serious as its severity.
            if let family = incidentFamily(entity) {
                plan.form = .incidentAccount(family)
                plan.status = facts.first { $0.label.contains("severity") || $0.label.contains("grade") }?.column
            } else if let line = transactionLineColumns(entity) {
                // A bank transaction's statement line, from its type and merchant.
                plan.form = .transactionLine
                plan.type = line.type
                plan.merchant = line.merchant
            } else if Self.singularWords(entity.name).contains("damage"), let thing = DamageAccounts.thing(setting: datasetWords) {
                // A damage report's account of what was found damaged, in the words of what it is about.
                plan.form = .damageAccount(thing)
            } else if !Self.singularWords(entity.name).isDisjoint(with: CorrectionNotes.entityWords) {
                // A correction says what the piece it corrects got wrong.
                plan.form = .correction
                plan.subject = fields.indices.lazy.compactMap { rc -> ParentText? in
                    guard let ref = fields[rc].references, ref.entity != entity.name, let p = planIndex[ref.entity] else { return nil }
                    return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: 0, noun: Self.noun(ref.entity))
                }.first
            } else if isInsuranceClaim(entity) {
                // An insurance claim's account of the loss, by its own type and its policy's.
                plan.form = .claimAccount
                plan.type = facts.first { !Set($0.label.split(separator: " ").map(String.init)).isDisjoint(with: Self.claimTypeWords) }?.column
                plan.parentType = policyTypeReference(entity, planIndex: planIndex)
            }
            plan.name = Self.nameColumns.lazy.compactMap { n in fields.firstIndex { $0.name.lowercased() == n } }
                .first { k in k != c && fields[k].references == nil && (fields[k].type == .string || fields[k].type == .text) && sources[k] != nil }
            sources[c] = .recordText(plan)
        }
    }

    /// Column words of notes and reasons on a record.
    static let noteWords: Set<String> = ["note", "notes", "remark", "remarks", "memo", "memos", "comment", "comments",
                                         "observation", "observations", "annotation", "annotations"]
    /// Column words of what an inspection found.
    static let findingWords: Set<String> = ["finding", "findings", "defects_found", "deficiencies"]
    /// Entity words of a record of looking something over.
    /// (Not a checkup's: a doctor's notes are no defects.)
    static let inspectionWords: Set<String> = ["inspection", "inspections", "walkthrough", "walkthroughs"]
    /// Columns that grade what an inspection found (before its status, which grades it only when none of these is there).
    static let inspectionGradeColumns: Set<String> = ["severity", "result", "outcome", "grade", "rating", "condition", "priority",
                                                      "risk", "risk_level", "severity_level", "overall_result"]
    /// Last words of a column that holds an inspection's verdict.
    static let verdictHeads: Set<String> = ["result", "outcome", "severity", "grade", "verdict", "rating", "condition"]
    static let reasonWords: Set<String> = ["reason", "purpose", "cause", "justification", "explanation", "rationale"]
    /// Column words of a record's summary, written like its description: the describing words
    /// less those that name a description itself.
    static let summaryWords = describeWords.subtracting(["description", "about", "blurb"])
    /// Kinds a note column may have been given (prose, not a chosen value set).
    static let proseKinds: Set<String> = ["text.sentence", "text.paragraph", "text.comment", "text.words"]

    /// A note or reason column the row-text rules left to its kind is written from the row (who it
    /// references, what it is about, its status: `RecordNoteWriter`) instead of loose sentences.
    func applyRecordNotes(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let entityWords = Set(KindInference.tokens(entity.name))
        let status = fields.indices.first { k in
            Self.statusColumnNames.contains(fields[k].name.lowercased()) && fields[k].references == nil
                && (fields[k].type == .string || fields[k].kind == "enum")
        }
        for (c, f) in fields.enumerated() where !f.unique && !f.primaryKey && f.references == nil {
            let words = Set(KindInference.tokens(f.name))
            // A reason may have been given a single word (`purpose`); it is prose all the same.
            let prose = Self.proseKinds.contains(f.kind ?? "") || ["text.word", "text.label"].contains(f.kind ?? "") && !words.isDisjoint(with: Self.reasonWords)
            guard prose, f.type == .string || f.type == .text,
                  case let .kind(g, .random)? = sources[c], !(g is PooledText) else { continue }
            let form: RecordTextPlan.Form
            if words.contains("resolution") {
                form = .resolution
            } else if !words.isDisjoint(with: Self.findingWords)
                        || !words.isDisjoint(with: Self.noteWords) && !entityWords.isDisjoint(with: Self.inspectionWords) {
                // What an inspection found (its findings, or its notes), by its severity or result.
                var plan = RecordTextPlan(form: .inspectionFinding, noun: Self.noun(entity.name), facts: [], when: nil)
                plan.status = fields.indices.first { k in
                    k != c && fields[k].references == nil && (fields[k].type == .string || fields[k].kind == "enum")
                        && (Self.inspectionGradeColumns.contains(fields[k].name.lowercased())
                            // (`inspection_result`, `audit_outcome`, `overall_grade`: named for the verdict by their last word)
                            || KindInference.tokens(fields[k].name).last.map(Self.verdictHeads.contains) == true)
                } ?? status
                sources[c] = .recordText(plan)
                continue
            } else if !words.isDisjoint(with: Self.reasonWords) {
                form = .reason(RecordNoteWriter.Occasion(refusalColumn: words, entityWords: entityWords)
                    ?? RecordNoteWriter.Occasion(entityWords: entityWords))
            } else if !words.isDisjoint(with: Self.noteWords) {
                // Comments on something people publish (a post, a product) are readers' comments,
                // which the column's own kind writes; on a record they are staff notes.
                let published = RowTitleWriter.family(ofNoun: Self.noun(entity.name)) == .post
                    || !entityWords.isDisjoint(with: Self.productWords)
                if published && !words.isDisjoint(with: ["comment", "comments"]) { continue }
                form = .note
            } else {
                continue
            }
            var plan = RecordTextPlan(form: form, noun: Self.noun(entity.name), facts: [], when: nil)
            plan.person = personFirstName(entity, planIndex: planIndex)
            plan.subject = subjectReference(entity, planIndex: planIndex)
            plan.status = status
            // The record's own type, which its reason fits (a sick leave's is an illness).
            plan.type = fields.indices.first { k in
                k != c && fields[k].references == nil && (fields[k].type == .string || fields[k].kind == "enum")
                    && Self.recordTypeColumns.contains(fields[k].name.lowercased())
            }
            // A lesson's notes are about what it worked on: its topic (`RecordNoteWriter.lessonNote`).
            if case .note = form, isLesson(entity),
               let topic = Self.column(named: Self.lessonTopicColumns, in: fields, where: { $0.references == nil && ($0.type == .string || $0.type == .text) }),
               topic != c {
                plan.form = .lessonNote
                plan.type = topic
            }
            sources[c] = .recordText(plan)
        }
    }

    /// A lesson: a table of lessons or tutorials, or of sessions with a tutor, teacher, instructor or student.
    func isLesson(_ entity: Entity) -> Bool {
        let head = Inflector.singular(KindInference.head(ofEntity: entity.name))
        guard RecordNoteWriter.lessonNouns.contains(head) else { return false }
        if head != "session" { return true }
        return entity.fields.contains { f in
            f.references.map { ["tutor", "teacher", "instructor", "student", "pupil", "learner"].contains(Inflector.singular(KindInference.head(ofEntity: $0.entity))) } ?? false
        }
    }

    /// Names of a record's own type column.
    static let recordTypeColumns: Set<String> = ["type", "leave_type", "absence_type", "request_type", "leave_category", "kind", "category"]

    /// Names of a record's status column, which a note never contradicts: the words a record
    /// description reads as its status, less `result` (a test's result is a value, not a stage).
    static let statusColumnNames = RecordDescriptionWriter.statusWords.subtracting(["result"])

    /// Word kinds short enough to state as a fact of a record.
    static let factKinds: Set<String> = ["app.status", "company.department", "address.city", "logistics.shipment_status",
                                         "commerce.order_status", "health.diagnosis", "vehicle.make", "travel.airport_code"]

    /// `reported_at` → reported, `created_at` → recorded, `logged_on` → logged.
    static func loggedVerb(_ column: String) -> String {
        let first = KindInference.tokens(column).first ?? ""
        if first.hasSuffix("ed"), first.count > 4, first != "created" { return first }
        return "recorded"
    }

    /// A recipe's method column (`instructions`, `directions`, `steps`) left to a text kind is its cooking
    /// steps (`RecipeSteps`), from its title, its cooking time and its servings.
    func applyRecipeSteps(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard !Set(KindInference.tokens(entity.name)).isDisjoint(with: RecipeSteps.entityWords) else { return }
        for (c, f) in fields.enumerated() where RecipeSteps.columnNames.contains(f.name.lowercased()) && f.references == nil {
            guard f.type == .string || f.type == .text, (f.kind ?? "text.").hasPrefix("text."),
                  case let .kind(g, .random)? = sources[c], !(g is PooledText) else { continue }
            func column(_ names: [String], numeric: Bool) -> Int? {
                guard let k = Self.column(named: names, in: fields, where: { g in
                    g.references == nil && (numeric ? Self.numeric.contains(g.type) : g.type == .string || g.type == .text)
                }), k != c, sources[k] != nil else { return nil }
                return k
            }
            var plan = RecordTextPlan(form: .recipeSteps, noun: Self.noun(entity.name), facts: [], when: nil)
            plan.name = column(RecipeSteps.titleColumns, numeric: false)
            plan.cookMinutes = column(RecipeSteps.minuteColumns, numeric: true)
            plan.servings = column(RecipeSteps.servingColumns, numeric: true)
            sources[c] = .recordText(plan)
            // The cooking time the steps quote is the dish's: a stir-fry takes minutes, a stew an hour or more.
            if let title = plan.name, let m = plan.cookMinutes, !fields[m].unique, case let .kind(own, .random)? = sources[m],
               !Self.reaches(title, m, in: sources) {
                var fact = SiblingFactPlan(column: title, values: [:], fallback: own)
                fact.wholeNumbers = true
                fact.rangeOf = RecipeSteps.cookMinutes(title:)
                sources[m] = .siblingFact(fact)
            }
        }
    }

    /// Column words of what kind of loss a claim is, or what a policy covers.
    static let claimTypeWords: Set<String> = ["type", "category", "peril", "cause", "coverage", "line", "kind"]
    /// Words of an insurer's data: a claim among them is an insurance claim (not a warranty's or an expense's).
    static let insuranceWords: Set<String> = ["policy", "insurance", "insurer", "policyholder", "premium", "coverage", "adjuster",
                                              "underwriting", "underwriter", "deductible", "insured"]

    /// A table of claims in an insurer's data: the schema's name, its tables or the claim's own columns say insurance.
    func isInsuranceClaim(_ entity: Entity) -> Bool {
        guard Self.singularWords(entity.name).contains("claim") else { return false }
        let own = Set(entity.fields.flatMap { KindInference.tokens($0.name) }).union(Self.singularWords(entity.name))
        return !own.isDisjoint(with: Self.insuranceWords) || settingNames(Self.insuranceWords, besides: entity)
    }

    /// The type column of the policy a claim references (`policy_type`, `type`, `coverage_type`).
    func policyTypeReference(_ entity: Entity, planIndex: [String: Int]) -> ParentText? {
        for (rc, rf) in entity.fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity), Self.singularWords(parent.name).contains("policy"),
                  let pt = Self.column(named: ["policy_type", "type", "coverage_type", "coverage", "line", "insurance_type", "product",
                                               "plan_type", "kind", "category"],
                                       in: parent.fields, where: { $0.references == nil && $0.type == .string })
            else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pt, noun: Self.noun(parent.name))
        }
        return nil
    }
}
