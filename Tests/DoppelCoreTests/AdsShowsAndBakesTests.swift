import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's ad platform ran "Sierra Ad" in hardcover with "Objective C" on a $990,792 daily budget and paid
/// $35 an impression; a play closed after a week; a cookie baked in 2021 kept until 2025. Drawn names and seeds.
@Suite struct AdsShowsAndBakesTests {
    @Test(arguments: 1...4) func anAdSellsSomethingInAnAdsFormatForCentsAShowing(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let ads = rng.pick(["ads", "creatives", "adverts", "banners"])
        let shown = rng.pick(["impressions", "ad_impressions", "ad_views"])
        let format = rng.pick(["format", "ad_format", "creative_type"])
        let prompt = "An ad platform with advertisers, campaigns (advertiser_id, name, daily_budget, objective), \(ads) (campaign_id, headline, \(format)) "
            + "and \(shown) (\(Inflector.singular(ads))_id, shown_at, clicked, cost)"
        let schema = Planner().plan(prompt).schema
        let formats = schema.entity(named: ads)?.field(named: format)?.values?.compactMap(\.stringValue) ?? []
        #expect(formats.contains("video") && !formats.contains("hardcover"), "\(ads).\(format): \(formats)")
        let objectives = schema.entity(named: "campaigns")?.field(named: "objective")?.values?.compactMap(\.stringValue) ?? []
        #expect(objectives.contains("conversions"), "\(objectives)")
        #expect((schema.entity(named: "campaigns")?.field(named: "daily_budget")?.max ?? 1e9) <= 5_000)
        #expect((schema.entity(named: shown)?.field(named: "cost")?.max ?? 99) <= 0.05, "\(shown).cost")
        let plan = try schema.resolve(ResolveOptions(seed: seed)).get()
        let lines = Set(RowTitleWriter.advertisedGoods + RowTitleWriter.advertisedServices)
        for headline in TestSupport.column(plan, ads, "headline") {
            let h = try #require(headline)
            #expect(lines.contains { h.contains($0) }, "\(ads).headline \(h)")
        }
    }

    @Test(arguments: 1...3) func aPlayRunsForMonthsAndBreadKeepsDays(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (baked, expires) = rng.pick([("baked_at", "expires_at"), ("baked_on", "best_before"), ("baked_at", "sell_by")])
        let plan = try TestSupport.plan("""
            {"name": "bakery_and_theatre", "seed": \(seed), "entities": [
              {"name": "productions", "rows": 100, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "opening_night", "type": "date"}, {"name": "closing_night", "type": "date"}]},
              {"name": "batches", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(baked)", "type": "\(baked.hasSuffix("_on") ? "date" : "datetime")"},
                {"name": "\(expires)", "type": "\(baked.hasSuffix("_on") ? "date" : "datetime")"}]}]}
            """)
        let day = { (s: String?) -> Int64? in s.flatMap(CivilTime.parse).map { $0 / 86_400 } }
        for row in TestSupport.table(plan, "productions") {
            let o = try #require(day(row[1])), c = try #require(day(row[2]))
            #expect(c - o >= 29 && c - o <= 731, "a run from \(row[1] ?? "") to \(row[2] ?? "")")
        }
        for row in TestSupport.table(plan, "batches") {
            let b = try #require(day(row[1])), e = try #require(day(row[2]))
            #expect(e - b >= 0 && e - b <= 8, "\(baked) \(row[1] ?? "") keeps until \(row[2] ?? "")")
        }
    }
}
