import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's brewery, podcast and IT-asset prompts: a 76-IBU lager, $81 pints, 'Og A', batches of 1.8
/// litres, 'Placement E', titles like "A Summer in Road"; an Apple "SmartPlug Mini" laptop tagged "way" for
/// $242,096, returned before it was assigned, in "Insomnia" condition.
@Suite struct BeerAndTitleTests {
    static func words(_ t: WordTable) -> [String] { (0..<t.count).map(t.string) }

    @Test(arguments: 1...5) func aBeerIsAsStrongAndBitterAsItsStyle(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 37 &+ 11)
        let styles = BeerStyles.profiles.keys.sorted().filter { _ in g.next() % 3 == 0 }.map { $0.capitalized }
        guard !styles.isEmpty else { return }
        let strength = ["abv", "alcohol_content", "abv_pct"][Int(g.next() % 3)], bitterness = ["ibu", "bitterness"][Int(g.next() % 2)]
        let values = styles.map { "\"\($0)\"" }.joined(separator: ", ")
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "beers", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(["style", "beer_style", "type"][Int(g.next() % 3)])", "type": "string", "kind": "enum", "values": [\(values)]},
          {"name": "\(strength)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 20, "precision": 2},
          {"name": "\(bitterness)", "type": "integer", "kind": "number.integer", "min": 0, "max": 150}]}]}
        """)
        for row in TestSupport.table(plan, "beers") {
            let p = try #require(BeerStyles.profiles[(row[1] ?? "").lowercased()])
            let abv = try #require(Double(row[2] ?? "")), ibu = try #require(Double(row[3] ?? ""))
            #expect(abv >= p.abv.lowerBound - 0.005 && abv <= p.abv.upperBound + 0.005, "\(row[1] ?? "") at \(abv) %")
            #expect(ibu >= p.ibu.lowerBound - 0.5 && ibu <= p.ibu.upperBound + 0.5, "\(row[1] ?? "") at \(ibu) IBU")
        }
    }

    @Test func aPricePerUnitIsWhatThatUnitCosts() {
        let pint = ColumnLexicon.spec("price_per_pint", ColumnContext(entity: "beer", nature: .thing, domain: nil))
        #expect((pint?.max ?? 999) <= 10 && (pint?.min ?? 0) >= 4, "\(String(describing: pint))")
        let night = ColumnLexicon.spec("cost_per_night", ColumnContext(entity: "room", nature: .thing, domain: nil))
        #expect((night?.min ?? 0) >= 60, "\(String(describing: night))")
        #expect(ColumnLexicon.spec("seats_per_row", ColumnContext(entity: "venue", nature: .place, domain: nil))?.type == .integer)
        let brewery = Planner().plan("A craft brewery: beers (name, style, abv, ibu) and batches (beer_id, brew_date, volume_liters, og, fg)").schema
        let og = brewery.entity(named: "batches")?.fields.first { $0.name == "og" }
        #expect((og?.min ?? 0) > 1 && (og?.max ?? 2) < 1.2, "\(String(describing: og))")
        let volume = brewery.entity(named: "batches")?.fields.first { $0.name == "volume_liters" }
        #expect((volume?.min ?? 0) >= 100, "\(String(describing: volume))")
        let podcast = Planner().plan("A podcast network: episodes (title, downloads) and ad_reads (episode_id, placement, cpm)").schema
        let placement = podcast.entity(named: "ad_reads")?.fields.first { $0.name == "placement" }
        #expect(placement?.values?.contains(.string("Mid-roll")) == true, "\(String(describing: placement))")
    }

    /// An office device's maker, type and price are its model's; its tag is a code; a returned device comes
    /// back after it went out, in a wear condition.
    @Test func anAssetRegisterAgreesWithItsModels() throws {
        let schema = Planner().plan("IT asset management: employees (name, email), devices (asset_tag, device_type, brand, model, purchase_price) and assignments (device_id, employee_id, assigned_on, returned_on, condition)").schema
        let condition = schema.entity(named: "assignments")?.fields.first { $0.name == "condition" }
        #expect(condition?.values?.contains(.string("good")) == true, "\(String(describing: condition))")
        let plan = try schema.resolve(ResolveOptions()).get()
        let d = try #require(plan.entity(named: "devices"))
        let cols = try ["asset_tag", "device_type", "brand", "model", "purchase_price"].map { try #require(d.column(named: $0)) }
        for row in TestSupport.table(plan, "devices") {
            let model = try #require(row[cols[3]]).lowercased()
            let type = try #require(OfficeHardware.typeOf[model])
            #expect(row[cols[1]] == type && row[cols[2]] == OfficeHardware.brandOf[model], "\(row)")
            let price = try #require(Double(row[cols[4]] ?? "")), range = try #require(OfficeHardware.prices[type])
            #expect(price >= range.lowerBound - 0.01 && price <= range.upperBound + 0.01, "\(model) for \(price)")
            #expect((row[cols[0]] ?? "").hasPrefix("AST-"), "\(row[cols[0]] ?? "")")
        }
        let a = try #require(plan.entity(named: "assignments"))
        let on = try #require(a.column(named: "assigned_on")), back = try #require(a.column(named: "returned_on"))
        for row in TestSupport.table(plan, "assignments") {
            if let out = row[on], let returned = row[back] { #expect(returned >= out, "assigned \(out), returned \(returned)") }
        }
    }

    /// A title is one of four shapes, each with words of the right class: "The Silent River", "The Secret of the
    /// Island", "Golden Echo", "A Winter in the Valley".
    @Test func aTitleIsWrittenFromWordsThatFit() throws {
        let nouns = Self.words(Words.titleNouns), adjectives = Self.words(Words.titleAdjectives)
        let places = Self.words(Words.titlePlaces), times = Self.words(Words.titleTimes)
        for title in try KindsTests.values("media.title", rows: 800) {
            let w = title.split(separator: " ").map(String.init)
            let ok = (w.count == 3 && w[0] == "The" && adjectives.contains(w[1]) && nouns.contains(w[2]))
                || (w.count == 5 && w[0] == "The" && nouns.contains(w[1]) && w[2] == "of" && w[3] == "the" && places.contains(w[4]))
                || (w.count == 2 && adjectives.contains(w[0]) && nouns.contains(w[1]))
                || (w.count == 5 && w[0] == (TextPolish.needsAn(Array(w[1])) ? "An" : "A") && times.contains(w[1]) && w[2] == "in" && w[3] == "the" && places.contains(w[4]))
            #expect(ok, "\(title)")
        }
    }
}
