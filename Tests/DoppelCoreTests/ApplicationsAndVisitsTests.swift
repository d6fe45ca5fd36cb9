import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelJSON
import DoppelTestSupport

/// A shelter's adoption applications were screened, interviewed and hired, and a car wash's visits were web page
/// views with a referrer. An application for something granted is approved or not, and only visits to a site or an
/// app are page views. Drawn settings, modifiers and seeds.
@Suite struct ApplicationsAndVisitsTests {
    @Test(arguments: [UInt64(0x61), 0x62, 0x63])
    func anApplicationForWhatIsGrantedIsApprovedOrNot(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let granted = rng.pick(["adoption", "permit", "grant", "visa", "rental", "membership", "license", "scholarship"])
            let setting = rng.pick(["A city office with", "Data for", "An animal shelter with", ""])
            let prompt = "\(setting) applicants and \(granted) applications"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == "\(granted)_applications" }, "\(prompt): \(schema.entities.map(\.name))")
            let status = try #require(e.field(named: "status"), "\(prompt): \(e.fields.map(\.name))")
            let values = status.values?.compactMap(\.stringValue) ?? []
            #expect(values.contains("approved") && !values.contains("hired") && !values.contains("interview"), "\(prompt): \(values)")
        }
        // A job's applications are still a hiring pipeline.
        for name in ["job", "internship", "position"] {
            let e = Planner().plan("candidates, jobs and \(name) applications").schema.entities.first { $0.name == "\(name)_applications" }
            #expect(e?.field(named: "status")?.values?.contains(.string("hired")) == true, "\(name)")
        }
    }

    @Test(arguments: [UInt64(0x64), 0x65, 0x66])
    func onlyVisitsToASiteArePageViews(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let domains: [Domain] = [.saas, .social, .media, .iot]
        for _ in 0..<8 {
            let place = rng.pick(["wash", "home", "site", "page", "web", "garden", "field", "school", "app"])
            let domain = rng.pick(domains)
            let t = DomainCatalogue.template(for: "\(place)_visit", domain: domain)
            let pageViews = t?.columns.contains("page_url") == true
            #expect(pageViews == ["site", "page", "web", "app"].contains(place), "\(place)_visits in \(domain): \(t?.columns ?? [])")
        }
    }
}
