import DoppelText

/// Picks a kind for a field that names none, from its name, its type and the
/// entity it is in. Rules are about common column naming in general
/// (`email`, `*_at`, `zip`), applied in order; the first match wins.
public enum KindInference {
    /// The kind for a field without one.
    public static func kind(for field: Field, entity: String) -> String {
        if field.values != nil { return "enum" }
        if field.pattern != nil { return "id.pattern" }
        let type: FieldType? = field.typeIsExplicit ? field.type : nil
        if let k = byName(field.name.lowercased(), type: type, entity: entity.lowercased(), primaryKey: field.primaryKey) {
            return k
        }
        return byType(type ?? .string)
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
        // Exact and suffix names, most specific first.
        if let k = exactNames[name] { return adjust(k, name: name, type: type, entity: entity) }

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
            case "school", "university": return "education.school"
            case "course": return "education.course_name"
            case "category": return "commerce.category"
            case "street": return "address.street_name"
            default: break
            }
            if q.isEmpty || personEntities.contains(where: { q.contains($0) || entity.contains($0) }) || q == "contact" {
                if q.isEmpty {
                    if entityHas(entity, ["product", "item", "sku"]) { return "commerce.product_name" }
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

    /// Whole column names with an obvious kind.
    static let exactNames: [String: String] = [
        "email": "internet.email", "email_address": "internet.email", "mail": "internet.email",
        "username": "internet.username", "user_name": "internet.username", "login": "internet.username",
        "handle": "internet.username", "screen_name": "internet.username", "nickname": "internet.username",
        "password": "internet.password_hash", "password_hash": "internet.password_hash", "password_digest": "internet.password_hash",
        "url": "internet.url", "website": "internet.url", "homepage": "internet.url", "link": "internet.url",
        "domain": "internet.domain", "hostname": "internet.domain", "ip": "internet.ipv4", "ip_address": "internet.ipv4",
        "ipv4": "internet.ipv4", "ipv6": "internet.ipv6", "user_agent": "internet.user_agent",
        "mac": "internet.mac_address", "mac_address": "internet.mac_address", "slug": "internet.slug",
        "first_name": "person.first_name", "firstname": "person.first_name", "given_name": "person.first_name",
        "forename": "person.first_name", "last_name": "person.last_name", "lastname": "person.last_name",
        "surname": "person.last_name", "family_name": "person.last_name", "middle_name": "person.middle_name",
        "full_name": "person.full_name", "fullname": "person.full_name", "display_name": "person.full_name",
        "gender": "person.gender", "sex": "person.gender", "salutation": "person.title", "honorific": "person.title",
        "name_suffix": "person.suffix", "age": "person.age", "birth_date": "person.birth_date",
        "birthdate": "person.birth_date", "date_of_birth": "person.birth_date", "dob": "person.birth_date",
        "birthday": "person.birth_date", "nationality": "person.nationality", "citizenship": "person.nationality",
        "phone": "phone.number", "phone_number": "phone.number", "mobile": "phone.number", "cell": "phone.number",
        "telephone": "phone.number", "tel": "phone.number", "fax": "phone.number", "mobile_number": "phone.number",
        "address": "address.full", "full_address": "address.full", "mailing_address": "address.full",
        "street": "address.street", "street_address": "address.street", "address_line1": "address.street",
        "address_line_1": "address.street", "address1": "address.street", "line1": "address.street",
        "address_line2": "address.secondary", "address_line_2": "address.secondary", "address2": "address.secondary",
        "line2": "address.secondary", "apartment": "address.secondary", "suite": "address.secondary", "unit": "address.secondary",
        "street_name": "address.street_name", "house_number": "address.building_number",
        "building_number": "address.building_number", "street_number": "address.building_number",
        "city": "address.city", "town": "address.city", "municipality": "address.city",
        "state": "address.region", "province": "address.region", "region": "address.region", "county": "address.region",
        "prefecture": "address.region", "state_code": "address.region_code", "province_code": "address.region_code",
        "region_code": "address.region_code", "zip": "address.postal_code", "zip_code": "address.postal_code",
        "zipcode": "address.postal_code", "postal_code": "address.postal_code", "postcode": "address.postal_code",
        "postal": "address.postal_code", "country": "address.country", "country_name": "address.country",
        "country_code": "address.country_code", "latitude": "address.latitude", "lat": "address.latitude",
        "longitude": "address.longitude", "lng": "address.longitude", "lon": "address.longitude", "long": "address.longitude",
        "timezone": "address.timezone", "time_zone": "address.timezone", "tz": "address.timezone",
        "company": "company.name", "company_name": "company.name", "employer": "company.name",
        "organization": "company.name", "organisation": "company.name", "business_name": "company.name",
        "industry": "company.industry", "sector": "company.industry", "department": "company.department",
        "dept": "company.department", "job_title": "company.job_title", "occupation": "company.job_title",
        "position": "company.job_title", "job": "company.job_title", "catch_phrase": "company.catch_phrase",
        "slogan": "company.catch_phrase", "tagline": "company.catch_phrase", "ein": "company.ein", "tax_id": "company.ein",
        "product": "commerce.product_name", "product_name": "commerce.product_name", "item_name": "commerce.product_name",
        "category": "commerce.category", "product_category": "commerce.category", "sku": "commerce.sku",
        "price": "commerce.price", "unit_price": "commerce.price", "list_price": "commerce.price", "msrp": "commerce.price",
        "item_price": "commerce.price", "unit_cost": "commerce.price", "currency": "commerce.currency",
        "quantity": "commerce.quantity", "qty": "commerce.quantity", "units": "commerce.quantity",
        "order_status": "commerce.order_status", "payment_method": "commerce.payment_method",
        "payment_type": "commerce.payment_method", "brand": "commerce.brand", "manufacturer": "commerce.brand",
        "color": "commerce.color", "colour": "commerce.color", "material": "commerce.material",
        "rating": "commerce.rating", "stars": "commerce.rating", "discount": "commerce.discount",
        "discount_percent": "commerce.discount", "shipping_method": "commerce.shipping_method",
        "coupon": "commerce.coupon_code", "coupon_code": "commerce.coupon_code", "promo_code": "commerce.coupon_code",
        "account_number": "finance.account_number", "iban": "finance.iban", "bic": "finance.bic", "swift": "finance.bic",
        "swift_code": "finance.bic", "routing_number": "finance.routing_number", "card_number": "finance.card_number",
        "credit_card": "finance.card_number", "credit_card_number": "finance.card_number", "cc_number": "finance.card_number",
        "card_type": "finance.card_type", "card_brand": "finance.card_type", "card_expiry": "finance.card_expiry",
        "expiry": "finance.card_expiry", "exp_date": "finance.card_expiry", "expiration": "finance.card_expiry",
        "cvv": "finance.cvv", "cvc": "finance.cvv", "transaction_type": "finance.transaction_type",
        "merchant": "finance.merchant", "merchant_name": "finance.merchant", "currency_code": "finance.currency_code",
        "ticker": "finance.stock_ticker", "stock_ticker": "finance.stock_ticker", "symbol": "finance.stock_ticker",
        "amount": "finance.amount", "total": "finance.amount", "subtotal": "finance.amount", "balance": "finance.amount",
        "total_amount": "finance.amount", "grand_total": "finance.amount", "revenue": "finance.amount",
        "fee": "finance.amount", "cost": "finance.amount", "payment_amount": "finance.amount", "line_total": "finance.amount",
        "total_price": "finance.amount", "salary": "finance.amount",
        "percentage": "number.percentage", "percent": "number.percentage", "pct": "number.percentage",
        "description": "text.description", "summary": "text.sentence", "details": "text.paragraph",
        "bio": "text.bio", "about": "text.bio", "biography": "text.bio", "comment": "text.comment", "comments": "text.comment",
        "note": "text.comment", "notes": "text.comment", "review": "text.review", "review_text": "text.review",
        "feedback": "text.review", "body": "text.paragraph", "content": "text.paragraph", "message": "text.paragraph",
        "text": "text.paragraph", "subject": "text.title", "headline": "text.title", "tag": "text.word", "tags": "text.words",
        "keyword": "text.word", "keywords": "text.words", "word": "text.word",
        "vin": "vehicle.vin", "make": "vehicle.make", "model": "vehicle.model", "license_plate": "vehicle.license_plate",
        "plate": "vehicle.license_plate", "plate_number": "vehicle.license_plate", "year": "vehicle.year",
        "model_year": "vehicle.year", "blood_type": "health.blood_type", "blood_group": "health.blood_type",
        "diagnosis": "health.diagnosis", "condition": "health.diagnosis", "icd10": "health.icd10_code",
        "icd10_code": "health.icd10_code", "icd_code": "health.icd10_code", "diagnosis_code": "health.icd10_code",
        "medication": "health.medication", "drug": "health.medication", "prescription": "health.medication",
        "npi": "health.npi", "allergy": "health.allergy", "allergies": "health.allergy", "specialty": "health.specialty",
        "speciality": "health.specialty", "course": "education.course_name", "course_name": "education.course_name",
        "course_title": "education.course_name", "grade": "education.grade", "letter_grade": "education.grade",
        "degree": "education.degree", "school": "education.school", "university": "education.school",
        "college": "education.school", "school_name": "education.school", "major": "education.subject",
        "genre": "media.genre", "isbn": "media.isbn", "artist": "media.artist", "band": "media.artist",
        "author": "person.full_name", "airport": "travel.airport_name", "airport_name": "travel.airport_name",
        "airport_code": "travel.airport_code", "iata": "travel.airport_code", "origin": "travel.airport_code",
        "destination": "travel.airport_code", "departure_airport": "travel.airport_code",
        "arrival_airport": "travel.airport_code", "airline": "travel.airline", "airline_code": "travel.airline_code",
        "flight_number": "travel.flight_number",
        "flight_no": "travel.flight_number", "seat": "travel.seat", "seat_number": "travel.seat",
        "hotel": "travel.hotel_name", "hotel_name": "travel.hotel_name", "tracking_number": "logistics.tracking_number",
        "tracking": "logistics.tracking_number", "tracking_code": "logistics.tracking_number",
        "carrier": "logistics.carrier", "shipping_carrier": "logistics.carrier", "shipment_status": "logistics.shipment_status",
        "delivery_status": "logistics.shipment_status", "device_id": "iot.device_id", "sensor_type": "iot.sensor_type",
        "sensor": "iot.sensor_type", "serial": "iot.serial_number", "serial_number": "iot.serial_number",
        "firmware": "iot.firmware_version", "firmware_version": "iot.firmware_version", "hex": "color.hex",
        "color_hex": "color.hex", "hex_color": "color.hex", "color_name": "color.name",
        "file_name": "file.name", "filename": "file.name", "file_extension": "file.extension", "extension": "file.extension",
        "mime_type": "file.mime_type", "content_type": "file.mime_type", "mime": "file.mime_type",
        "version": "app.version", "app_version": "app.version", "metadata": "json.object", "attributes": "json.object",
        "properties": "json.object", "payload": "json.object", "settings": "json.object",
    ]

    /// Context-dependent refinements of an exact match.
    static func adjust(_ kind: String, name: String, type: FieldType?, entity: String) -> String {
        switch kind {
        case "finance.amount" where type == .integer: return "number.integer"
        case "text.description" where !entityHas(entity, ["product", "item", "listing", "sku", "catalog"]): return "text.sentence"
        case "education.grade" where type == .integer || type == .decimal || type == .float: return "number.decimal"
        case "commerce.rating" where type == .decimal || type == .float: return "number.decimal"
        case "vehicle.year" where !entityHas(entity, ["vehicle", "car", "auto", "fleet"]) && type == .string: return "text.word"
        case "text.title" where entityHas(entity, ["book", "movie", "film", "song", "album", "media"]): return "media.title"
        case "logistics.carrier" where entityHas(entity, ["flight"]): return "travel.airline"
        case "commerce.color" where type == .string && name.contains("hex"): return "color.hex"
        default: return kind
        }
    }
}
