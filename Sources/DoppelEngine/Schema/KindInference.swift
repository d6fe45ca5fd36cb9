import DoppelText

/// Picks a kind for a field that names none, from its name, its type and the
/// entity it is in. Rules are about common column naming in general
/// (`email`, `*_at`, `zip`), applied in order; the first match wins: values or
/// a pattern, identifiers, the shared table of column names (`ColumnNames`,
/// which the planner reads too) unless the entity decides the name, then the
/// structure of the name, then the type alone.
public enum KindInference {
    /// The kind for a field without one.
    public static func kind(for field: Field, entity: String) -> String {
        if field.values != nil { return "enum" }
        if field.pattern != nil { return "id.pattern" }
        if let kind = spec(for: field, entity: entity)?.kind { return kind }
        let type: FieldType? = field.typeIsExplicit ? field.type : nil
        if let k = byName(field.name.lowercased(), type: type, entity: entity.lowercased(), primaryKey: field.primaryKey) {
            return k
        }
        // A string column nobody knows: a label named for it, not a random word.
        return (type ?? .string) == .string ? "text.label" : byType(type ?? .string)
    }

    /// Names whose meaning the entity decides (the `status` of an order or a
    /// ticket, the `name` of a person or a company, the `title` of a book or a
    /// job, the `model` of a car or a product): `byName` reads them before the shared table.
    static let entityDecides: Set<String> = ["status", "title", "name", "model"]

    /// What the shared table of column names says of a field that names no
    /// kind, refined for its entity (`adjust`, which keeps only the kind when it
    /// changes it). Nil when the field has values or a pattern, is a primary key,
    /// when the entity decides the name, or when the table's type cannot be
    /// stored in the field's explicit type.
    package static func spec(for field: Field, entity: String) -> ColumnSpec? {
        guard field.kind == nil, field.values == nil, field.pattern == nil, !field.primaryKey else { return nil }
        let name = tokens(field.name.lowercased()).joined(separator: "_")
        let body = BodyMeasures.spec(column: name, entity: entity) ?? HostMetrics.spec(column: name, entity: entity)
        // salary_max, min_age, avg_heart_rate: a bound or a summary of a known measure has the measure's values.
        let bound = ColumnNames.measureStem(of: name).flatMap { ColumnNames.table[$0] }.flatMap { [.integer, .decimal, .float].contains($0.type) ? $0 : nil }
        guard !entityDecides.contains(name),
              let spec = body ?? ColumnNames.table[name] ?? bound ?? headMeasure(of: name, entity: entity), let kind = spec.kind
        else { return nil }
        let type: FieldType? = field.typeIsExplicit ? field.type : nil
        if let type {
            let stored = kind == "enum" ? SchemaResolver.enumType(spec.values ?? []) : spec.type
            guard SchemaResolver.compatible(kindType: stored, fieldType: type) else { return nil }
        }
        if body != nil { return spec }
        let adjusted = adjust(kind, name: name, type: type, entity: entity.lowercased())
        guard adjusted != kind else { return spec }
        return ColumnSpec(KindCatalogue.entry(adjusted)?.type ?? spec.type, adjusted)
    }

    /// A compound column named for a measure by its last word (`water_turbidity`, `wind_speed`): the
    /// measure's values (`Measures`), unless the name's structure decides it (`byName`: a flag, a time, an
    /// id, an amount) or the head names a category as often as a number.
    static func headMeasure(of name: String, entity: String) -> ColumnSpec? {
        let t = tokens(name)
        guard t.count >= 2, let head = t.last, !Measures.ambiguousHeads.contains(head), let m = Measures.byHead[head],
              byName(name, type: nil, entity: entity.lowercased(), primaryKey: false) == nil else { return nil }
        return ColumnSpec(m)
    }

    /// The fallback for a type alone.
    public static func byType(_ type: FieldType) -> String {
        switch type {
        case .integer: return "number.integer"
        case .decimal: return "number.decimal"
        case .float: return "number.float"
        case .boolean: return "boolean"
        case .date: return "date.past"
        case .datetime: return "datetime.past"
        case .time: return "time.of_day"
        case .uuid: return "id.uuid"
        case .json: return "json.object"
        case .text: return "text.sentence"
        case .string: return "text.word"
        }
    }

    /// An entity's last word, singular and lowercased: what one row is (`bike_trips` → `trip`).
    static func head(ofEntity entity: String) -> String {
        Inflector.singular(entity.lowercased().split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? "")
    }

    static func tokens(_ name: String) -> [String] {
        // camelCase → snake tokens, then split on separators.
        var s = ""
        var prevLower = false
        for ch in name {
            if ch.isUppercase && prevLower { s.append("_") }
            prevLower = ch.isLowercase || ch.isNumber
            s.append(contentsOf: ch.lowercased())
        }
        return s.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." }).map(String.init)
    }

    static func entityHas(_ entity: String, _ words: [String]) -> Bool { words.contains { entity.contains($0) } }

    static let personEntities = ["customer", "user", "employee", "person", "people", "member", "patient", "student",
                                 "contact", "author", "staff", "client", "driver", "agent", "guest", "teacher", "doctor",
                                 "player", "subscriber", "applicant", "candidate", "owner", "buyer", "seller", "account"]

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func byName(_ raw: String, type: FieldType?, entity: String, primaryKey: Bool) -> String? {
        let t = tokens(raw)
        let name = t.joined(separator: "_")
        let last = t.last ?? name
        func has(_ w: String) -> Bool { t.contains(w) }
        let isTemporal = type == .date || type == .datetime

        // Identifiers.
        if name == "id" || (primaryKey && (type == nil || type == .integer) && last == "id") {
            return type == .uuid ? "id.uuid" : type == .string ? "id.pattern" : "id.sequence"
        }
        if last == "uuid" || last == "guid" { return "id.uuid" }
        // Names the planner reads as another table (`author`, `course`), here in a table of their own.
        switch name {
        case "author", "writer": return "person.full_name"
        case "model": return entityHas(entity, ["product", "item", "device", "phone", "laptop"]) ? "commerce.product_name" : "vehicle.model"
        case "course": return "education.course_name"
        case "prescription": return "health.medication"
        case "origin", "destination":
            return entityHas(entity, ["flight", "airline", "route", "itinerar"]) ? "travel.airport_code" : "address.city"
        default: break
        }
        // Whole names in the shared table (the kind alone: `spec(for:)` gives the options when the type allows).
        // (not a kind the declared type cannot hold: a `clock_in` declared a datetime is a moment, not a time of day)
        if !entityDecides.contains(name), let spec = ColumnNames.table[name], let k = spec.kind, k != "enum", spec.pattern == nil {
            let adjusted = adjust(k, name: name, type: type, entity: entity)
            if type.map({ SchemaResolver.compatible(kindType: KindCatalogue.entry(adjusted)?.type ?? spec.type, fieldType: $0) }) ?? true {
                return adjusted
            }
        }

        // Names with qualifiers: `customer_email`, `billing_city`, `created_at`.
        if isTemporal || type == nil {
            if has("birth") || name == "dob" { return "person.birth_date" }
            if ["due", "expires", "expiry", "expiration", "deadline", "scheduled", "renewal", "next"].contains(where: has) {
                return type == .datetime || last == "at" ? "datetime.future" : "date.future"
            }
            if last == "at" || last == "timestamp" || last == "ts" || last == "datetime" || name == "timestamp" {
                return type == .date ? "date.past" : "datetime.past"
            }
            if last == "date" || last == "on" || last == "day" || name == "date" {
                return type == .datetime ? "datetime.past" : "date.past"
            }
        }
        if last == "time" && (type == nil || type == .time) { return "time.of_day" }
        if last == "time" && isTemporal { return type == .date ? "date.past" : "datetime.past" }
        if t.first == "is" || t.first == "has" || t.first == "can" || last == "flag"
            || ["active", "enabled", "verified", "deleted", "subscribed", "archived", "confirmed", "paid", "approved",
                "completed", "visible", "published", "blocked"].contains(name) {
            if type == nil || type == .boolean { return "boolean" }
        }
        if last == "email" { return "internet.email" }
        if last == "username" { return "internet.username" }
        if last == "url" || last == "link" || last == "website" { return "internet.url" }
        if last == "ip" { return "internet.ipv4" }
        if last == "phone" || last == "mobile" || (t.count >= 2 && t[t.count - 2] == "phone") { return "phone.number" }
        if name.hasSuffix("first_name") { return "person.first_name" }
        if name.hasSuffix("last_name") { return "person.last_name" }
        if last == "city" { return "address.city" }
        if last == "state" || last == "province" || last == "region" { return "address.region" }
        if last == "zip" || last == "zipcode" || name.hasSuffix("postal_code") || last == "postcode" { return "address.postal_code" }
        if last == "country" { return "address.country" }
        if last == "street" || name.hasSuffix("address_line1") { return "address.street" }
        if last == "address" { return "address.full" }
        if last == "status" {
            if entityHas(entity, ["order", "purchase", "sale"]) { return "commerce.order_status" }
            if entityHas(entity, ["shipment", "deliver", "parcel", "package"]) { return "logistics.shipment_status" }
            return "app.status"
        }
        if last == "price" || last == "cost" { return "commerce.price" }
        if last == "amount" || last == "total" || last == "balance" || last == "salary" || last == "revenue" { return "finance.amount" }
        if last == "quantity" || last == "qty" { return "commerce.quantity" }
        if last == "percentage" || last == "percent" || last == "pct" || last == "rate" && (type == .decimal || type == .float) {
            return "number.percentage"
        }
        if last == "count" || (t.first == "num" || t.first == "number") && t.count > 1 { return "number.integer" }
        if last == "title" {
            if has("job") { return "company.job_title" }
            if entityHas(entity, ["book", "movie", "film", "song", "album", "media", "show", "episode", "track"]) { return "media.title" }
            if entityHas(entity, ["employee", "staff", "worker"]) { return "company.job_title" }
            return "text.title"
        }
        if last == "name" {
            let q = t.dropLast().joined(separator: "_")
            switch q {
            case "company", "business", "organization", "vendor", "supplier", "brand", "employer": return "company.name"
            case "product", "item": return "commerce.product_name"
            case "city": return "address.city"
            case "file": return "file.name"
            case "hotel": return "travel.hotel_name"
            case "restaurant", "cafe", "bar", "pub", "bakery": return "text.title"
            case "school", "university": return "education.school"
            case "course": return "education.course_name"
            case "category": return "commerce.category"
            case "pet", "animal", "dog", "cat", "horse": return "animal.name"
            case "street": return "address.street_name"
            default: break
            }
            if q.isEmpty || personEntities.contains(where: { q.contains($0) || entity.contains($0) }) || q == "contact" {
                if q.isEmpty {
                    if !Set(tokens(entity)).isDisjoint(with: ["pet", "pets", "animal", "animals", "dog", "dogs", "cat", "cats", "horse",
                                                             "horses", "puppies", "kittens"]) { return "animal.name" }
                    if entityHas(entity, ["product", "item", "sku"]) { return "commerce.product_name" }
                    if EateryNames.kind(of: entity) != nil { return "text.title" }  // a restaurant's own name
                    if entityHas(entity, ["compan", "organization", "organisation", "vendor", "supplier", "merchant", "business", "brand"]) {
                        return "company.name"
                    }
                    if entityHas(entity, ["categor"]) { return "commerce.category" }
                    if entityHas(entity, ["cit"]) { return "address.city" }
                    if entityHas(entity, ["countr"]) { return "address.country" }
                    if entityHas(entity, ["school", "universit", "college"]) { return "education.school" }
                    if entityHas(entity, ["course", "class"]) { return "education.course_name" }
                    if entityHas(entity, ["hotel"]) { return "travel.hotel_name" }
                    if entityHas(entity, ["airline"]) { return "travel.airline" }
                    if entityHas(entity, ["airport"]) { return "travel.airport_name" }
                    if entityHas(entity, ["department", "team"]) { return "company.department" }
                    if entityHas(entity, ["tag", "label", "skill"]) { return "text.word" }
                    if entityHas(entity, ["project", "event", "campaign", "product_line", "playlist", "channel", "group"]) { return "text.title" }
                    if entityHas(entity, ["file", "document", "attachment"]) { return "file.name" }
                    if entityHas(entity, ["device", "sensor"]) { return "iot.device_id" }
                }
                return "person.full_name"
            }
            return "person.full_name"
        }
        if last == "id" || last == "code" || last == "number" || last == "ref" || last == "reference" {
            if type == .uuid { return "id.uuid" }
            if type == .integer { return "number.integer" }
            return "id.pattern"
        }
        if last == "description" { return "text.description" }
        if last == "comment" || last == "notes" || last == "note" { return "text.comment" }
        return nil
    }

    /// Context-dependent refinements of an exact match.
    static func adjust(_ kind: String, name: String, type: FieldType?, entity: String) -> String {
        switch kind {
        case "finance.amount" where type == .integer: return "number.integer"
        case "text.description" where !entityHas(entity, ["product", "item", "listing", "sku", "catalog"]): return "text.sentence"
        case "education.grade" where type == .integer || type == .decimal || type == .float: return "number.decimal"
        case "commerce.rating" where type == .decimal || type == .float: return "number.decimal"
        case "commerce.product_name" where name == "model" && entityHas(entity, ["vehicle", "car", "auto", "fleet"]): return "vehicle.model"
        case "number.integer" where (name == "year" || name == "model_year") && entityHas(entity, ["vehicle", "car", "auto", "fleet"]):
            return "vehicle.year"
        case "vehicle.year" where !entityHas(entity, ["vehicle", "car", "auto", "fleet"]) && type == .string: return "text.word"
        case "text.title" where entityHas(entity, ["book", "movie", "film", "song", "album", "media"]): return "media.title"
        case "logistics.carrier" where entityHas(entity, ["flight"]): return "travel.airline"
        case "commerce.color" where type == .string && name.contains("hex"): return "color.hex"
        default: return kind
        }
    }
}
