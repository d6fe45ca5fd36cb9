import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A table that counts its visitors or names its curator (an exhibit) is no one visitor's: no guessed reference.
@Suite struct CountedPeopleTests {
    static let settings = ["Museum", "Science museum", "Art museum", "History museum", "Natural history museum"]
    static let others = ["tickets", "memberships", "donations", "guided tours"]

    @Test(arguments: 0..<20) func anExhibitIsNoVisitors(seed: Int) throws {
        let setting = Self.settings[seed % Self.settings.count], other = Self.others[(seed / 5) % Self.others.count]
        let prompt = seed % 2 == 0 ? "\(setting) with exhibits, visitors and \(other)" : "\(setting) with visitors, exhibits and \(other)"
        let schema = Planner().plan(prompt).schema
        let exhibits = try #require(schema.entities.first { $0.name == "exhibits" }, "\(prompt): \(schema.entities.map(\.name))")
        #expect(!exhibits.fields.contains { $0.references?.entity == "visitors" }, "\(prompt): \(exhibits.fields.map(\.name))")
        #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
    }
}
