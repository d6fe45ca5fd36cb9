import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A record's description closes on what its status means: a paid or resolved record needs nothing more,
/// a denied or expired one was settled that way, and only an open one awaits follow-up.
@Suite struct RecordDescriptionTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func theClosingSentenceFitsTheStatus(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let finished = ["paid", "resolved", "closed", "delivered", "completed", "returned", "settled"]
        let refused = ["denied", "rejected", "declined", "expired", "terminated", "withdrawn", "failed"]
        let open = ["pending", "under_review", "submitted", "open", "in_progress", "on_hold"]
        for _ in 0..<40 {
            let status = rng.pick(finished + refused + open)
            var r = CellRandom(key: rng.next(), row: rng.int(0...1000))
            let noun = rng.pick(["claim", "incident report", "maintenance job", "complaint", "request"])
            let text = RecordDescriptionWriter.write(noun: noun, facts: [.init(label: "status", value: status)],
                                                     when: ("filed", "2024-03-12"), &r)
            let spoken = RecordDescriptionWriter.phrase(status)
            #expect(text.contains(spoken), "\(text)")
            // It opens with a sentence, not a heading ("A claim, filed on …").
            if !RepairProblems.isRepairRecord(noun) { #expect(text.hasPrefix("This is a") && text.contains("\(noun), filed on"), "\(text)") }
            if !open.contains(status) { #expect(!text.contains("awaits follow-up"), "\(status): \(text)") }
            // (the record by its noun: "The claim was denied", not "It", which could be the fault just described)
            if refused.contains(status) { #expect(text.hasSuffix("The \(noun) was \(spoken)."), "\(text)") }
            if finished.contains(status) { #expect(text.contains("no further action"), "\(status): \(text)") }
        }
    }
}
