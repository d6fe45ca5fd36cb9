import DoppelJSON
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct SchemaDiagnosisTests {
    static let misspelt = """
    {
      "name": "shop",
      "entitis": [],
      "entities": [
        {"name": "customers", "rows": 10, "fields": [
          {"name": "id", "type": "integer", "primary_key": true},
          {"name": "email", "kind": "internet.emial"},
          {"name": "note", "nulable": true, "kind": "text.sentence"},
          {"name": "n", "kind": "number.integer", "min": 5, "max": 1},
          {"name": "customer_ref", "references": "nobody.id"}
        ]}
      ]
    }
    """

    @Test func placesEveryProblemWithPointerLineColumnAndSuggestion() {
        let d = SchemaDiagnosis(text: Self.misspelt).diagnostics
        let summary = d.map { "\($0.severity.rawValue) \($0.pointer) \($0.position) \($0.suggestion ?? "-")" }
        #expect(summary == [
            "warning /entitis 3:3 entities",
            "error /entities/0/fields/1/kind 7:33 internet.email",
            "warning /entities/0/fields/2/nulable 8:24 nullable",
            "error /entities/0/fields/3/min 9:54 -",
            "error /entities/0/fields/4/references 10:46 -",
        ])
        #expect(d[1].message == "customers.email: kind: unknown kind \"internet.emial\"; did you mean `internet.email`?")
        #expect(d[4].message.contains("no entity named \"nobody\""))
    }

    @Test func aValidSchemaHasNoProblems() {
        let r = SchemaDiagnosis(text: TestSupport.shop)
        #expect(r.diagnostics.isEmpty)
        #expect(r.json["valid"] == true)
    }

    @Test func malformedJSONIsOneErrorAtItsPlace() {
        let d = SchemaDiagnosis(text: "{\"entities\": [\n  {\"name\": \"a\",, }\n]}").diagnostics
        #expect(d.count == 1)
        #expect(d.first?.position.description == "2:16")
        #expect(d.first?.message.hasPrefix("invalid JSON: ") == true)
    }

    @Test func structuralProblemsNameTheMemberThatIsMissingOrWrong() {
        let d = SchemaDiagnosis(text: #"{"entities": [{"name": "a", "rows": -1, "fields": [{"type": "integer"}]}]}"#).diagnostics
        #expect(d.map(\.pointer).contains("/entities/0/rows"))
        #expect(d.map(\.pointer).contains("/entities/0/fields/0"), "a field without a name sits on the field")
    }

    @Test(arguments: [("internet.emial", "internet.email"), ("person.email", "internet.email"), ("numbr.integer", "number.integer"),
                      ("first_name", "person.first_name")])
    func closestKind(typed: String, meant: String) {
        #expect(KindCatalogue.closest(to: typed) == meant)
    }

    /// Random edits of real schemas never crash the diagnosis, and every
    /// problem it reports points inside the text.
    @Test func randomEditsAreDiagnosedInsideTheText() {
        let base = Array(TestSupport.shop.utf8)
        let alphabet = Array("{}[]\",:0123456789abcdefghijklmnopqrstuvwxyz._- \n".utf8)
        var state: UInt64 = 0x5EED
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        for draw in 0..<300 {
            var bytes = base
            for _ in 0..<(1 + Int(next() % 4)) {
                let at = Int(next() % UInt64(bytes.count))
                if next() % 2 == 0 { bytes.remove(at: at) } else { bytes.insert(alphabet[Int(next() % UInt64(alphabet.count))], at: at) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            for p in SchemaDiagnosis(text: text).diagnostics {
                #expect(p.position.offset <= text.utf8.count && p.position.line >= 1 && p.position.column >= 1,
                        "draw \(draw) (seed 0x5EED): \(text)")
            }
        }
    }
}

@Suite struct KindsListingTests {
    @Test func listsEveryKindWithTypeOptionsAndLocales() {
        let kinds = KindCatalogue.listing["kinds"]?.arrayValue ?? []
        #expect(kinds.compactMap { $0["kind"]?.stringValue } == KindCatalogue.entries.map(\.name))
        let byName = Dictionary(kinds.map { ($0["kind"]?.stringValue ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["commerce.price"]?["options"]?[0]?["default"] == 1)
        #expect(byName["boolean"]?["options"]?[0]?["name"] == "probability")
        #expect(byName["person.gender"]?["distinct_values"] == 0)
        #expect(byName["id.uuid"]?["distinct_values"] == .null)
        #expect((byName["person.full_name"]?["distinct_values"]?.intValue ?? 0) > 1000)
        #expect(byName["address.city"]?["locales"]?.arrayValue?.count == LocaleData.codes.count)
    }

    /// The documented defaults are the ones generation uses: a numeric kind
    /// with no options stays within its listed min and max.
    @Test(arguments: Array(KindOptions.numeric.keys).sorted())
    func numericDefaultsAreTheGeneratedRange(kind: String) throws {
        let options = KindOptions.options(for: kind)
        let lo = try #require(options.first { $0.name == "min" }?.defaultValue?.doubleValue)
        let hi = try #require(options.first { $0.name == "max" }?.defaultValue?.doubleValue)
        let plan = try TestSupport.plan(#"{"seed": 3, "entities": [{"name": "t", "rows": 500, "fields": [{"name": "v", "kind": "\#(kind)"}]}]}"#)
        let values = TestSupport.column(plan, "t", "v").compactMap { $0.flatMap(Double.init) }
        #expect(values.count == 500)
        #expect(values.allSatisfy { $0 >= lo && $0 <= hi }, "\(kind): \(values.filter { $0 < lo || $0 > hi }.prefix(3))")
        #expect((values.max() ?? 0) - (values.min() ?? 0) > (hi - lo) / 100, "\(kind) spreads over its range")
    }

    @Test func jsonSchemaListsKindsWithDescriptionsAndMatchesTheModel() throws {
        let doc = SchemaJSONSchema.document
        #expect(doc["$schema"] == "https://json-schema.org/draft/2020-12/schema")
        let kind = doc["$defs"]?["field"]?["properties"]?["kind"]
        #expect(kind?["enum"]?.arrayValue?.compactMap(\.stringValue) == KindCatalogue.entries.map(\.name))
        #expect(kind?["enumDescriptions"]?.arrayValue?.count == KindCatalogue.entries.count)
        #expect(doc["$defs"]?["field"]?["properties"]?["type"]?["enum"]?.arrayValue?.count == FieldType.allCases.count)
        // Every member the decoder gives a meaning is described.
        let described = Set(doc["$defs"]?["field"]?["properties"]?.objectValue?.keys ?? [])
        #expect(described == Field.knownMembers)
    }
}
