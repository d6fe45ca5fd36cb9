import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A social app's data agrees with itself: nobody follows or befriends themselves, a display name is
/// the user's own name, a comment on a photo is about a photo, and a picture's address is an image file.
/// Drawn table and column names, row counts and seeds.
@Suite struct SocialDataTests {
    @Test func aPairOfTheSameTableNeverRelatesARowToItself() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let (table, a, b) = rng.pick([("follows", "follower_id", "followee_id"), ("friendships", "user_id", "friend_id"),
                                          ("blocks", "blocker_id", "blocked_id"), ("matches", "home_team_id", "away_team_id")])
            let people = rng.int(3...40)
            let rows = rng.int(1...(people * (people - 1)))
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "users", "rows": \(people), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "\(table)", "rows": \(rows), "unique_together": [["\(a)", "\(b)"]], "fields": [
                {"name": "\(a)", "references": "users.id"}, {"name": "\(b)", "references": "users.id"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let pairs = TestSupport.table(plan, table).map { ($0[0] ?? "", $0[1] ?? "") }
            #expect(pairs.allSatisfy { $0.0 != $0.1 }, "seed \(seed): a row related to itself in \(table)")
            #expect(Set(pairs.map { $0.0 + "," + $0.1 }).count == pairs.count, "seed \(seed): a pair repeats")
        }
        // every pair but the diagonal is available: n(n-1) rows fit, one more does not
        let tooMany = #"{"name": "s", "entities": [{"name": "users", "rows": 3, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]}, {"name": "follows", "rows": 7, "unique_together": [["follower_id", "followee_id"]], "fields": [{"name": "follower_id", "references": "users.id"}, {"name": "followee_id", "references": "users.id"}]}]}"#
        #expect(throws: (any Error).self) { try TestSupport.plan(tooMany) }
    }

    @Test func displayNamesCommentsAndPictures() throws {
        for seed in UInt64(1)...6 {
            var rng = FuzzRandom(seed: seed)
            let image = rng.pick(["image_url", "photo_url", "picture", "media_url"])
            let body = rng.pick(["text", "body", "content"])
            let prompt = "\(rng.pick(["Photo sharing app", "A social network for photographers", "Picture feed"])): users (username, display_name, bio), posts (user_id, caption, \(image), created_at), comments (post_id, user_id, \(body), created_at)"
            var schema = Planner().plan(prompt).schema
            schema.seed = seed
            let plan = try schema.resolve(ResolveOptions()).get()
            let users = try #require(schema.entities.first { $0.name == "users" })
            let u = { (n: String) in users.fields.firstIndex { $0.name == n }! }
            for row in TestSupport.table(plan, "users") {
                let display = row[u("display_name")] ?? "", bio = row[u("bio")] ?? ""
                let first = display.split(separator: " ").first.map(String.init) ?? "?"
                #expect(display.contains(" ") && bio.contains(first), "seed \(seed): \(display) / \(bio)")
            }
            let comments = try #require(schema.entities.first { $0.name == "comments" })
            let bc = comments.fields.firstIndex { $0.name == body }!
            let photoWords = Set((RowPhrases.photoComments + RowPhrases.photoQuestionComments + RowPhrases.photoNegativeComments)
                .map { $0.split(separator: " ").prefix(1).joined(separator: " ") })
            for row in TestSupport.table(plan, "comments") {
                let text = row[bc] ?? ""
                #expect(photoWords.contains(text.split(separator: " ").prefix(1).joined(separator: " ")), "seed \(seed): \(prompt): \(text)")
            }
            let posts = try #require(schema.entities.first { $0.name == "posts" })
            if let ic = posts.fields.firstIndex(where: { $0.name == image }), posts.fields[ic].kind == "internet.image_url" {
                for url in TestSupport.column(plan, "posts", image).compactMap({ $0 }) {
                    #expect(url.hasPrefix("https://") && [".jpg", ".png", ".webp"].contains { url.hasSuffix($0) }, "\(url)")
                }
            } else {
                #expect(image == "media_url", "seed \(seed): \(image) is \(posts.fields.first { $0.name == image }?.kind ?? "nil")")
            }
        }
    }
}
