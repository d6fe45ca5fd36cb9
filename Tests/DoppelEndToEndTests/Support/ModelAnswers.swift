import DoppelJSON
import DoppelTestSupport
import Foundation

/// Answers Doppel's text requests the way a cooperative model would, so the
/// fixture can stand in for one: the answer's shape follows what the request
/// asks for, and every text says it came from the model (`MODEL`) and which
/// request seed it was written for.
enum ModelAnswers {
    static func reply(_ request: ChatCompletionsFixture.Recorded) -> ChatCompletionsFixture.Reply {
        .completion(content(request))
    }

    static func content(_ request: ChatCompletionsFixture.Recorded) -> String {
        let user = request.messages.first { $0.role == "user" }?.content ?? ""
        let seed = request.body?["seed"]?.intValue ?? -1
        let n = briefs(user)
        func items(_ make: (Int) -> JSON) -> String {
            JSON.object(JSONObject([("items", .array((0..<n).map(make)))])).serialized()
        }
        if user.contains("customer review") {
            return items { ["title": .string("MODEL title \($0) s\(seed)"), "content": .string("MODEL review \($0) s\(seed). \(tail($0))")] }
        }
        if user.contains("support ticket") {
            return items { ["subject": .string("MODEL subject \($0) s\(seed)"), "body": .string("Hi,\n\nMODEL ticket \($0) s\(seed). \(tail($0))\n\nAnn")] }
        }
        if user.contains("interview question") {
            return items { ["question": .string("MODEL question \($0) s\(seed)? \(tail($0))"), "ideal_answer": "MODEL answer.",
                            "rubric": ["Clear", "Specific", "Honest"]] }
        }
        if let range = user.range(of: #"\[(\d+) strings\]"#, options: .regularExpression),
           let count = Int(user[range].dropFirst().prefix { $0.isNumber }) {
            return items { i in .object(JSONObject([("messages", .array((0..<count).map { .string("MODEL message \($0) of \(i) s\(seed) \(tail(i))") }))])) }
        }
        if let rows = rowCount(user) {
            let list = (0..<rows).map { i -> JSON in
                ["sku": .string("MD-\(100 + i)"), "price": .double(10 + Double(i) + 0.5), "in_stock": .bool(i % 2 == 0)]
            }
            return JSON.object(JSONObject([("rows", .array(list))])).serialized()
        }
        return "{}"
    }

    /// Words no other item of a batch shares, so no two items are near-duplicates
    /// (the daemon refuses those); neutral, so no sentiment check trips.
    static func tail(_ i: Int) -> String {
        let nouns = ["amber", "birch", "cobalt", "dune", "ember", "fjord", "garnet", "harbour", "indigo", "juniper",
                     "kestrel", "lagoon", "marble", "nutmeg", "onyx", "pepper", "quarry", "russet", "saffron", "tundra",
                     "umber", "violet", "willow", "xenon", "yarrow", "zephyr", "alder", "basalt", "cedar", "delta",
                     "estuary", "flint", "glacier", "heather", "islet", "jasper", "kelp", "lichen", "mesa", "nectar"]
        return "Noted \(nouns[(2 * i) % nouns.count]) \(nouns[(2 * i + 1) % nouns.count]) \(nouns[(7 * i + 3) % nouns.count])."
    }

    /// Lines of the form "1. …".
    static func briefs(_ text: String) -> Int {
        text.split(separator: "\n").filter { line in
            guard let dot = line.firstIndex(of: ".") else { return false }
            return Int(line[..<dot]) != nil
        }.count
    }

    /// N in "Write N new rows".
    static func rowCount(_ text: String) -> Int? {
        guard let range = text.range(of: #"Write \d+ new row"#, options: .regularExpression) else { return nil }
        return Int(text[range].split(separator: " ")[1])
    }
}
