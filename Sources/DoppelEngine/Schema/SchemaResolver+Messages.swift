import DoppelText

extension SchemaResolver {
    /// Column words of a message someone wrote, and of a chat's or enquiry's text.
    static let messageWords: Set<String> = ["message", "msg", "dedication"]
    static let messageBodyWords: Set<String> = ["body", "content", "text"]
    /// Column words of whom a message is for.
    static let recipientWords: Set<String> = ["recipient", "receiver", "to", "addressee"]

    /// A message or caption column the row-text rules left to its kind is written for its row
    /// (`MessageWriter`): a donation's or gift's message is a short note to the cause or the person
    /// it is for, a chat's is one person writing to another, a contact form's an enquiry, and a
    /// caption says what its photo or post shows. A message on a record that is none of these
    /// (a log line, an alert) keeps its kind.
    func applyMessages(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let entityWords = Set(KindInference.tokens(entity.name))
        for (c, f) in fields.enumerated() where !f.unique && !f.primaryKey && f.references == nil && f.values == nil {
            guard f.type == .string || f.type == .text, Self.proseKinds.contains(f.kind ?? "") || ["text.word", "text.label"].contains(f.kind ?? ""),
                  case let .kind(g, .random)? = sources[c], !(g is PooledText) else { continue }
            let words = Set(KindInference.tokens(f.name))
            let form: RecordTextPlan.Form
            if words.contains("caption") {
                form = .caption
            } else if let occasion = MessageWriter.Occasion(entityWords: words.subtracting(Self.messageWords).subtracting(Self.messageBodyWords))
                        ?? MessageWriter.Occasion(entityWords: entityWords) {
                // The column's own words first (an order's `gift_message` is a gift's), then the entity's.
                let chatText: Bool
                switch occasion {
                case .chat, .enquiry: chatText = !words.isDisjoint(with: Self.messageBodyWords)
                case .donation, .gift, .request: chatText = false
                }
                guard !words.isDisjoint(with: Self.messageWords) || chatText else { continue }
                form = .message(occasion)
            } else {
                continue
            }
            var plan = RecordTextPlan(form: form, noun: Self.noun(entity.name), facts: [], when: nil)
            plan.person = personReference(entity, planIndex: planIndex) { $0.isDisjoint(with: Self.recipientWords) }
            plan.recipient = personReference(entity, planIndex: planIndex) { !$0.isDisjoint(with: Self.recipientWords) }
            plan.subject = subjectReference(entity, planIndex: planIndex)
            // What a gift is for, which its card says.
            if case .message(.gift) = form {
                plan.type = Self.column(named: ["occasion", "gift_occasion", "occasion_type", "event_occasion"], in: fields,
                                        where: { $0.references == nil && $0.type == .string })
            }
            // The row's own person name, for a contact form that names who wrote it.
            // (never whom it is for: a card is not signed by its recipient)
            plan.name = fields.indices.first { k in
                k != c && fields[k].references == nil && ["person.first_name", "person.full_name"].contains(fields[k].kind ?? "")
                    && Set(KindInference.tokens(fields[k].name)).isDisjoint(with: Self.recipientWords)
            }
            sources[c] = .recordText(plan)
        }
    }

    /// Words of an entity whose rows a system writes about itself.
    static let systemLineEntities: Set<String> = ["log", "logs", "alert", "alerts", "alarm", "alarms", "syslog", "trace", "traces", "error", "errors"]
    /// Words of a reference to a physical thing that raises alerts.
    static let deviceWords: Set<String> = ["device", "sensor", "machine", "gateway", "vehicle", "meter", "thermostat", "camera",
                                           "equipment", "asset", "pump", "robot", "turbine", "elevator", "appliance", "detector"]
    static let systemLineColumns: Set<String> = ["message", "msg", "description", "details", "text", "summary", "body", "error"]

    /// A log line's or alert's message is a line the system wrote, at the row's `level` or
    /// `severity` (`SystemLineWriter`): "Disk usage at 91% on db-2", not a person's note.
    func applySystemLines(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let entityWords = Set(KindInference.tokens(entity.name))
        // A fraud, price or weather alert is about the world, not the system that raised it.
        guard !entityWords.isDisjoint(with: Self.systemLineEntities),
              entityWords.isDisjoint(with: ["fraud", "price", "stock", "weather", "traffic", "health", "medical", "patient", "amber"])
        else { return }
        let level = ["level", "log_level", "loglevel", "severity", "priority"].lazy.compactMap { n in
            fields.firstIndex { $0.name.lowercased() == n && $0.references == nil }
        }.first
        // A smart-home or factory alert is about a device and what it watches, not a server.
        let physical = fields.contains { f in
            f.references != nil && !Set(KindInference.tokens(f.name)).isDisjoint(with: Self.deviceWords)
        }
        for (c, f) in fields.enumerated() where !f.unique && !f.primaryKey && f.references == nil && f.values == nil {
            guard f.type == .string || f.type == .text, Self.proseKinds.contains(f.kind ?? "") || ["text.word", "text.label"].contains(f.kind ?? ""),
                  case let .kind(g, .random)? = sources[c], !(g is PooledText),
                  !Set(KindInference.tokens(f.name)).isDisjoint(with: Self.systemLineColumns) else { continue }
            var plan = RecordTextPlan(form: physical ? .deviceLine : .systemLine, noun: Self.noun(entity.name), facts: [], when: nil)
            plan.status = level
            plan.type = ["alert_type", "type", "event_type", "category", "kind"].lazy.compactMap { n in
                fields.firstIndex { $0.name.lowercased() == n && $0.references == nil && $0.type == .string }
            }.first
            // An alert raised by a sensor says what that sensor watches (a humidity sensor's alert is about humidity)
            // and names it by its type ("on the pressure sensor").
            if physical {
                plan.parentType = sensorTypeReference(entity, planIndex: planIndex) ?? deviceModelReference(entity, planIndex: planIndex)
                plan.parentPlace = devicePlaceReference(entity, planIndex: planIndex)
            }
            sources[c] = .recordText(plan)
        }
    }

    /// The first reference (whose column's words pass `accept`) to a table of people, read as the
    /// parent's first name, or its person name when it has no `first_name`.
    func personReference(_ entity: Entity, planIndex: [String: Int], accept: (Set<String>) -> Bool) -> ParentText? {
        for (rc, f) in entity.fields.enumerated() {
            guard let ref = f.references, let p = planIndex[ref.entity],
                  accept(Set(KindInference.tokens(f.name))), let parent = schema.entity(named: ref.entity) else { continue }
            let column = parent.fields.firstIndex { $0.name.lowercased() == "first_name" }
                ?? parent.fields.firstIndex { ["person.first_name", "person.full_name"].contains($0.kind ?? "") }
            guard let pc = column else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pc, noun: Self.noun(parent.name))
        }
        return nil
    }

    /// A device's model column, when every value it takes is a model the catalogue knows the type of.
    func deviceModelReference(_ entity: Entity, planIndex: [String: Int]) -> ParentText? {
        for (rc, rf) in entity.fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let mc = parent.fields.firstIndex(where: { ["model", "device_model", "model_name"].contains($0.name.lowercased())
                      && $0.values.map { !$0.isEmpty && $0.allSatisfy { $0.stringValue.flatMap(DeviceCatalogue.type(ofModel:)) != nil } } ?? false })
            else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: mc, noun: Self.noun(parent.name))
        }
        return nil
    }

    /// Where the device a row references is: its `location`, `room` or `placement` column (a plain string).
    func devicePlaceReference(_ entity: Entity, planIndex: [String: Int]) -> ParentText? {
        for (rc, rf) in entity.fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, !Set(KindInference.tokens(rf.name)).isDisjoint(with: Self.deviceWords),
                  let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  let lc = parent.fields.firstIndex(where: { ["location", "room", "placement", "installed_in"].contains($0.name.lowercased())
                      && $0.references == nil && $0.type == .string && $0.values != nil })
            else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: lc, noun: Self.noun(parent.name))
        }
        return nil
    }
}
