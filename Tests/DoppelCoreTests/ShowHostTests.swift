import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A podcast's or a radio show's hosts are people who present it; a monitoring prompt's hosts stay machines. A show that
/// references its host names no other host beside it; downloads are who downloaded what, when and on what.
@Suite struct ShowHostTests {
    static let shows = ["Podcast network with shows, episodes, hosts and downloads", "Radio station with shows and hosts",
                        "Podcast with hosts, episodes and listeners", "Talk show with hosts, guests and episodes"]

    @Test(arguments: 0..<4) func aShowsHostsArePeople(seed: Int) throws {
        let prompt = Self.shows[seed]
        let schema = Planner().plan(prompt).schema
        let hosts = try #require(schema.entities.first { $0.name == "hosts" }, "\(prompt): \(schema.entities.map(\.name))")
        let names = Set(hosts.fields.map(\.name))
        #expect(names.isSuperset(of: ["first_name", "last_name"]) && !names.contains("environment"), "\(prompt): \(names)")
        for e in schema.entities where e.fields.contains(where: { $0.references?.entity == "hosts" }) {
            #expect(!e.fields.contains { $0.name == "host_name" }, "\(prompt): \(e.name) \(e.fields.map(\.name))")
        }
    }

    @Test func aMonitoringPromptsHostsAreMachines() throws {
        let schema = Planner().plan("Monitoring with hosts, services and incidents").schema
        let hosts = try #require(schema.entities.first { $0.name == "hosts" })
        #expect(!hosts.fields.contains { $0.name == "first_name" }, "\(hosts.fields.map(\.name))")
    }

    @Test func downloadsSayWhoWhenAndOnWhat() throws {
        let schema = Planner().plan("Podcast network with shows, episodes, hosts and downloads").schema
        let d = try #require(schema.entities.first { $0.name == "downloads" })
        let names = Set(d.fields.map(\.name))
        #expect(names.isSuperset(of: ["downloaded_at", "platform"]) && !names.contains("status"), "\(names)")
        #expect(d.fields.contains { $0.references?.entity == "episodes" }, "\(names)")
    }
}
