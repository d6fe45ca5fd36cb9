import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's applications said "History for Controller reviewed beforehand." Drawn stages, roles and tables.
@Suite struct HiringNoteTests {
    static let stages = ["applied", "new", "screening", "phone_screen", "interview", "onsite", "offer", "offer_extended", "hired",
                         "rejected", "declined", "withdrawn", "under_review"]

    @Test(arguments: 1...6) func aNoteOnAnApplicationFollowsItsStage(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["applications", "job_applications", "candidates", "applicants"])
        let stages = (0..<rng.int(2...6)).map { _ in rng.pick(Self.stages) }
        let json = """
            {"name": "s", "entities": [
              {"name": "job_postings", "rows": 8, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "title", "type": "string", "kind": "company.job_title"}]},
              {"name": "\(table)", "rows": 150, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "job_posting_id", "type": "integer", "references": "job_postings.id"},
                {"name": "stage", "type": "string", "kind": "enum", "values": [\(Array(Set(stages)).sorted().map { "\"\($0)\"" }.joined(separator: ", "))]},
                {"name": "notes", "type": "text"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let rows = TestSupport.table(plan, table)
        for row in rows {
            guard let stage = row[2], let note = row[3] else { continue }
            #expect(!note.contains("file updated") && !note.contains("History for") && !note.contains("Notes on"), "\(note)")
            let turnedDown = ["rejected", "declined", "withdrawn"].contains(stage)
            #expect(!turnedDown || !note.contains("accepted") && !note.contains("Offer sent") && !note.contains("scheduled"), "\(stage): \(note)")
            #expect(stage == "hired" || !note.contains("Offer accepted"), "\(stage): \(note)")
        }
        #expect(rows.contains { $0[3]?.isEmpty == false })
    }
}
