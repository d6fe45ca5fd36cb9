import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct PlannerLexiconTests {
    func spec(_ name: String, _ entity: String = "thing", _ nature: EntityNature = .thing) -> ColumnSpec? {
        ColumnLexicon.spec(name, ColumnContext(entity: entity, nature: nature, domain: nil))
    }

    @Test(arguments: [
        ("email", FieldType.string, "internet.email" as String?), ("created_at", .datetime, "datetime.past"), ("timestamp", .datetime, nil),
        ("signup_date", .date, nil), ("joined_on", .date, nil), ("dob", .date, "person.birth_date"), ("is_active", .boolean, "boolean"),
        ("has_pool", .boolean, "boolean"), ("churned", .boolean, "boolean"), ("refurbished", .boolean, "boolean"),
        ("captured", .boolean, "boolean"), ("member", .boolean, "boolean"), ("price", .decimal, "commerce.price"),
        ("amount", .decimal, "finance.amount"), ("cost", .decimal, nil), ("total", .decimal, nil), ("balance", .decimal, nil),
        ("fee", .decimal, nil), ("spend", .decimal, nil), ("revenue", .decimal, nil), ("monthly_charges", .decimal, nil),
        ("quantity", .integer, "commerce.quantity"), ("year", .integer, nil), ("age", .integer, "person.age"),
        ("stars", .integer, nil), ("capacity", .integer, nil), ("units", .integer, nil), ("elo", .integer, nil),
        ("tenure_months", .integer, nil), ("duration_minutes", .integer, nil), ("latitude", .decimal, "address.latitude"),
        ("lon", .decimal, "address.longitude"), ("country_code", .string, "address.country_code"), ("pages_viewed", .integer, nil),
        ("ignition_on", .boolean, "boolean"), ("lights_on", .boolean, "boolean"), ("first_donation_on", .date, "date.past"),
        ("last_visit_on", .date, "date.past"), ("payment_on", .date, nil), ("session_start", .datetime, nil), ("week_start", .date, nil),
        ("customer_name", .string, "person.full_name"), ("legal_name", .string, "company.name"), ("vin", .string, "vehicle.vin"),
        ("ram_gb", .integer, nil), ("weight_kg", .decimal, nil), ("is_fraud", .boolean, "boolean"), ("cholesterol_level", .integer, nil),
    ])
    func knownNames(_ c: (String, FieldType, String?)) throws {
        let s = try #require(spec(c.0), "no rule for \(c.0)")
        #expect(s.type == c.1, "\(c.0)")
        if let kind = c.2 { #expect(s.kind == kind, "\(c.0)") }
    }

    @Test func theEntityDecidesNameStatusAndType() {
        #expect(spec("name", "customer", .person)?.kind == "person.full_name")
        #expect(spec("name", "merchant", .organization)?.kind == "finance.merchant")
        #expect(spec("name", "genre", .lookup)?.kind == "media.genre")
        #expect(spec("status", "order", .event)?.kind == "commerce.order_status")
        #expect(spec("status", "ticket", .event)?.values?.contains("resolved") == true)
        #expect(spec("priority", "ticket", .event)?.values == ["low", "medium", "high", "urgent"])
        #expect(spec("type", "account", .account)?.values?.contains("savings") == true)
        #expect(spec("title", "employee", .person)?.kind == "company.job_title")
        #expect(spec("title", "book", .content)?.kind == "media.title")
        #expect(spec("position", "player", .person)?.values?.contains("Forward") == true)
    }

    @Test func unknownNamesAreUnknown() {
        #expect(spec("zqxv") == nil)
        #expect(spec("montant") == nil)
    }

    /// Every kind the planner can emit is in the team's catalogue.
    @Test func everyKindIsInTheCatalogue() {
        var kinds: [String: String] = [:]
        for (names, text) in ColumnNames.rows { if let k = ColumnSpec(text).kind { kinds[k] = names } }
        for (_, text) in EnumLexicon.statusRows { if let k = ColumnSpec(text).kind { kinds[k] = "status" } }
        for (e, text) in EnumLexicon.types { if let k = ColumnSpec(text).kind { kinds[k] = "type of \(e)" } }
        for (e, text) in EnumLexicon.categories { if let k = ColumnSpec(text).kind { kinds[k] = "category of \(e)" } }
        for t in DomainCatalogue.templates {
            if let n = t.nameSpec, let k = ColumnSpec(n).kind { kinds[k] = t.names[0] }
            for token in t.columns {
                let (_, spec) = SchemaAssembler.attribute(token.split(separator: ">").last.map(String.init) ?? token)
                if let k = spec?.kind { kinds[k] = t.names[0] }
            }
        }
        for nature in [EntityNature.person, .organization, .place, .thing, .event, .lookup, .content, .account, .device, .document] {
            if let k = ColumnSpec(DomainCatalogue.nameSpec(nature)).kind { kinds[k] = "\(nature)" }
        }
        let unknown = kinds.filter { !PlannerKinds.all.contains($0.key) }
        #expect(unknown.isEmpty, "\(unknown)")
        #expect(kinds.count > 100)
    }

    @Test func templatesAreWellFormed() {
        for t in DomainCatalogue.templates {
            var seen: Set<String> = []
            for token in t.columns {
                if SchemaAssembler.isReferenceToken(token) {
                    let refs = token.split(separator: ">")[0].split(separator: "|")
                    #expect(refs.allSatisfy { $0.hasSuffix("_id") }, "\(t.names[0]): \(token)")
                } else {
                    let (name, _) = SchemaAssembler.attribute(token)
                    #expect(seen.insert(name).inserted, "\(t.names[0]) repeats \(name)")
                    #expect(name == Identifier.snake(name), "\(t.names[0]): \(name)")
                }
            }
            let attributes = t.columns.filter { !SchemaAssembler.isReferenceToken($0) }.count
            #expect(attributes >= 1 || t.join, "\(t.names[0]) has no attributes")
        }
        #expect(DomainCatalogue.templates.count > 250)
    }

    @Test func everyDomainHasKnowledge() {
        for d in Domain.allCases {
            #expect(DomainCatalogue.templates.contains { $0.domains.contains(d) } || Domain.keywords[d] != nil, "\(d)")
        }
        #expect(Domain.detect(["patients", "doctors", "clinic"]) == .healthcare)
        #expect(Domain.detect(["flights", "airports"]) == .travel)
        #expect(Domain.detect(["zzz"]) == nil)
    }
}
