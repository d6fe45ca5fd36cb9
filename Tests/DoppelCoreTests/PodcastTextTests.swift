import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's podcast prompt: episodes "watched" for their "performances" and "soundtrack",
/// described as critics' films, 8 minutes long. Something listened to has a host, guests and
/// sound instead, and a podcast's episodes run a podcast's length.
@Suite struct PodcastTextTests {
    @Test func somethingListenedToIsNotWatched() {
        #expect(SubjectClass(noun: "podcast") == .audio && SubjectClass(noun: "podcast episode") == .audio)
        #expect(SubjectClass(noun: "audiobook") == .audio && SubjectClass(noun: "episode") == .media)
        #expect(!SubjectClass.audio.isPaidFor)
    }

    @Test(arguments: ["episodes (podcast_id, title, duration_minutes, summary) and reviews (episode_id, rating, comment)",
                      "episodes (show_id, title, summary) and episode_reviews (episode_id, reviewer_name, rating, body)"])
    func podcastEpisodesAreReviewedAsListening(tables: String) throws {
        let prompt = "A podcast app with podcasts (title, host_name, category, description), shows (title), " + tables
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions()).get()
        let watched = ["watched", "performances", "soundtrack", "scenes", "critics", "worth every penny"]
        for entity in plan.entities {
            let texts = entity.columnNames.indices.filter { ["description", "summary", "comment", "body"].contains(entity.columnNames[$0]) }
            guard !texts.isEmpty else { continue }
            for row in TestSupport.table(plan, entity.name) {
                for c in texts {
                    let text = (row[c] ?? "").lowercased()
                    #expect(!watched.contains(where: text.contains), "\(entity.name): \(text)")
                }
            }
        }
        if let episodes = schema.entity(named: "episodes"), let d = episodes.fields.first(where: { $0.name == "duration_minutes" }) {
            #expect((d.min ?? 0) >= 10, "\(d)")
        }
    }
}
