import DoppelJSON
import DoppelProtocol
import DoppelTestSupport
import Testing
@testable import DoppelServer

/// The one params reader, over drawn requests: member names, misspellings of known
/// ones at edit distance 1–2, and values of the wrong JSON type for each field.
/// Every check names its seed, so a failing draw can be replayed alone.
@Suite struct ParamReaderTests {
    static let seeds: [UInt64] = Array(1...200)

    // MARK: - Drawing

    /// A member name: lowercase words joined by `_`, as the contracts name them.
    static func name(_ rng: inout FuzzRandom) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = (0..<rng.int(1...2)).map { _ in String((0..<rng.int(3...8)).map { _ in rng.pick(letters) }) }
        return words.joined(separator: "_")
    }

    /// `word` with one or two edits (insert, delete, substitute); never the word itself.
    static func misspelling(of word: String, _ rng: inout FuzzRandom) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var chars = Array(word)
        for _ in 0..<rng.int(1...2) {
            let at = rng.int(0...max(0, chars.count - 1))
            switch rng.int(0...2) {
            case 0: chars.insert(rng.pick(letters), at: at)
            case 1 where chars.count > 1: chars.remove(at: at)
            default: chars[at] = rng.pick(letters.filter { $0 != chars[at] })
            }
        }
        let out = String(chars)
        return out == word ? word + "x" : out
    }

    static func distance(_ a: String, _ b: String) -> Int {
        ParamReader.editDistance(Array(a.lowercased()), Array(b.lowercased()))
    }

    /// Known names, and params holding some of them plus unknown members: misspellings and far names.
    struct Draw {
        var known: [String] = []
        var object = JSONObject()
        /// Unknown members, in the order they were added, with the nearest distance to a known name.
        var unknown: [(key: String, nearest: Int)] = []
    }

    static func draw(seed: UInt64) -> Draw {
        var rng = FuzzRandom(seed: seed)
        var d = Draw()
        while d.known.count < rng.int(2...6) {
            let n = name(&rng)
            if !d.known.contains(n) { d.known.append(n) }
        }
        for k in d.known where rng.chance(0.5) { d.object[k] = .int(Int64(rng.int(0...9))) }
        for _ in 0..<rng.int(1...5) {
            let key = rng.chance(0.6) ? misspelling(of: rng.pick(d.known), &rng) : name(&rng)
            guard !d.known.contains(key), d.object[key] == nil else { continue }
            d.object[key] = .string(name(&rng))
            d.unknown.append((key, d.known.map { distance(key, $0) }.min() ?? Int.max))
        }
        return d
    }

    // MARK: - Unknown members

    @Test func rejectNamesEveryUnknownMemberAndNothingElse() throws {
        for seed in Self.seeds {
            let d = Self.draw(seed: seed)
            var r = ParamReader(.object(d.object), wording: .doppel)
            r.apply(.reject, known: d.known)
            let keys = d.unknown.map(\.key)
            #expect(r.problems.map(\.field) == Array(keys.prefix(10)), "seed \(seed)")
            #expect(r.warnings.isEmpty, "seed \(seed)")
            if keys.isEmpty {
                #expect(r.firstError == nil, "seed \(seed)")
                continue
            }
            let error = try #require(r.firstError, "seed \(seed)")
            for key in keys.prefix(10) { #expect(error.message.contains("\"\(key)\""), "seed \(seed): \(error.message)") }
            #expect(error.message.hasSuffix("expected one of \(d.known.sorted().joined(separator: ", "))"), "seed \(seed)")
            // The facade Doppel's own methods use says the same.
            let thrown = #expect(throws: RequestError.self) { try Params(.object(d.object)).rejectUnknown(allowed: Set(d.known)) }
            #expect(thrown?.message == error.message, "seed \(seed)")
        }
    }

    @Test func ignoreUnlessMisspeltNamesExactlyTheMisspellings() {
        var misspellings = 0
        for seed in Self.seeds {
            let d = Self.draw(seed: seed)
            let r = ParamReader(.object(d.object), known: d.known)
            let near = d.unknown.filter { $0.nearest <= 2 }
            misspellings += near.count
            #expect(r.problems.map(\.field) == near.map(\.key), "seed \(seed)")
            for (problem, key) in zip(r.problems, near) {
                // The name offered is a known one at the nearest distance.
                let offered = d.known.filter { Self.distance(key.key, $0) == key.nearest }
                #expect(offered.contains { problem.message == "Unknown parameter; did you mean \"\($0)\"?" }, "seed \(seed): \(problem)")
            }
            #expect(r.suggestions.count == near.count, "seed \(seed)")
            #expect(r.warnings.isEmpty, "seed \(seed)")
        }
        #expect(misspellings > 100)  // the draw does reach the case
    }

    @Test func ignoreWithWarningWarnsOncePerUnknownMember() {
        for seed in Self.seeds {
            let d = Self.draw(seed: seed)
            var r = ParamReader(.object(d.object), wording: .hostedContract)
            r.apply(.ignoreWithWarning, known: d.known)
            #expect(r.isValid, "seed \(seed)")
            #expect(r.warnings == d.unknown.map { "Ignored unknown parameter \"\($0.key.prefix(40))\"" }, "seed \(seed)")
        }
    }

    /// Every drawn misspelling is within distance 2 of its source, and always named by the text methods' reader.
    @Test func aMisspellingWithinTwoEditsIsAlwaysNamed() {
        for seed in Self.seeds {
            var rng = FuzzRandom(seed: seed)
            let word = Self.name(&rng)
            let typo = Self.misspelling(of: word, &rng)
            #expect(Self.distance(word, typo) <= 2 || typo == word + "x", "seed \(seed): \(word) → \(typo)")
            guard Self.distance(word, typo) <= 2 else { continue }
            let r = ParamReader(.object(JSONObject([(typo, .int(1))])), known: [word])
            #expect(r.problems.map(\.field) == [typo], "seed \(seed)")
            #expect(r.problems.first?.message == "Unknown parameter; did you mean \"\(word)\"?", "seed \(seed)")
            #expect(r.error(method: "m").message.contains("did you mean \"\(word)\""), "seed \(seed)")
        }
    }

    @Test func editDistanceIsAMetricOverDrawnWords() {
        var rng = FuzzRandom(seed: 77)
        for _ in 0..<300 {
            let a = Self.name(&rng), b = Self.name(&rng), c = Self.name(&rng)
            #expect(Self.distance(a, a) == 0)
            #expect(Self.distance(a, b) == Self.distance(b, a), "\(a) \(b)")
            #expect(Self.distance(a, c) <= Self.distance(a, b) + Self.distance(b, c), "\(a) \(b) \(c)")
            #expect(Self.distance(a, "") == a.count)
        }
    }

    // MARK: - Wrong types

    /// A field, what its accessor expects, and whether a value is of the right type.
    struct Field: Sendable {
        var expected: String
        var accepts: @Sendable (JSON) -> Bool
        var read: @Sendable (inout ParamReader, String) -> Void
    }

    static let fields: [Field] = [
        Field(expected: "a string", accepts: { $0.stringValue != nil }, read: { _ = $0.optionalString($1) }),
        Field(expected: "an integer from 1 to 100", accepts: { $0.intValue.map { (1...100).contains($0) } ?? false },
              read: { _ = $0.optionalInt($1, in: 1...100) }),
        Field(expected: "a number", accepts: { $0.doubleValue != nil }, read: { _ = $0.optionalDouble($1) }),
        Field(expected: "true or false", accepts: { $0.boolValue != nil }, read: { _ = $0.optionalBool($1) }),
        Field(expected: "an object", accepts: { $0.objectValue != nil }, read: { _ = $0.optionalObject($1) }),
        Field(expected: "an array", accepts: { $0.arrayValue != nil }, read: { _ = $0.optionalArray($1) }),
    ]

    static func value(_ rng: inout FuzzRandom) -> JSON {
        switch rng.int(0...5) {
        case 0: return .string(String(repeating: name(&rng), count: rng.int(1...12)))
        case 1: return .int(Int64(rng.int(-1000...1000)))
        case 2: return .double(Double(rng.int(-1000...1000)) + 0.5)
        case 3: return .bool(rng.chance(0.5))
        case 4: return .array((0..<rng.int(0...3)).map { _ in .int(1) })
        default: return .object(JSONObject([(name(&rng), .int(1))]))
        }
    }

    @Test func aWrongValueNamesTheFieldWhatWasExpectedAndWhatCame() {
        for seed in Self.seeds {
            var rng = FuzzRandom(seed: seed)
            let field = rng.pick(Self.fields)
            let key = Self.name(&rng)
            let got = Self.value(&rng)
            for wording in [ParamReader.Wording.doppel, .textMethods, .hostedContract] {
                var r = ParamReader(.object(JSONObject([(key, got)])), wording: wording)
                field.read(&r, key)
                guard !field.accepts(got) else {
                    #expect(r.isValid, "seed \(seed): \(wording) refused \(got.serialized()) as \(field.expected)")
                    continue
                }
                #expect(r.problems.count == 1, "seed \(seed)")
                guard let problem = r.problems.first else { continue }
                #expect(problem.field == key, "seed \(seed)")
                #expect(problem.message.contains(field.expected), "seed \(seed): \(problem.message)")
                let shown = [got.typeName, ParamReader.describe(got), ParamReader.describe(got, style: .typed)]
                #expect(shown.contains { problem.message.hasSuffix($0) || problem.message.hasSuffix("\($0))") },
                        "seed \(seed): \(problem.message)")
                if wording == .doppel {
                    let seen = ParamReader.describe(got, style: .typed)
                    #expect(r.firstError?.message == "invalid params: \"\(key)\" must be \(field.expected), got \(seen)", "seed \(seed)")
                    #expect(r.firstError?.data["details"]?[key] == .string("expected \(field.expected), got \(seen)"), "seed \(seed)")
                }
            }
        }
    }

    /// The hosted contracts' whole numbers: JSON numbers or digits in a string; anything else names what came.
    @Test func wholeNumbersTakeDigitsAndNameAnythingElse() {
        for seed in Self.seeds {
            var rng = FuzzRandom(seed: seed)
            let n = rng.int(-99_999...99_999)
            var digits = String(n)
            if rng.chance(0.3), n >= 1000 { digits.insert(",", at: digits.index(digits.endIndex, offsetBy: -3)) }
            var r = ParamReader(.object(JSONObject([("size", .string(digits)), ("count", .int(Int64(n)))])), wording: .hostedContract)
            #expect(r.wholeNumber("size", subject: "Dataset size") == n, "seed \(seed): \(digits)")
            #expect(r.wholeNumber("count", subject: "count") == n, "seed \(seed)")
            let bad = Self.value(&rng)
            guard bad.intValue == nil, !(bad.stringValue.map { Int($0) != nil } ?? false) else { continue }
            var wrong = ParamReader(.object(JSONObject([("size", bad)])), wording: .hostedContract)
            #expect(wrong.wholeNumber("size", subject: "Dataset size") == nil, "seed \(seed)")
            #expect(wrong.problems.first?.message.hasPrefix("Dataset size must be a") == true, "seed \(seed): \(wrong.problems)")
        }
    }

    @Test func paramsThatAreNotAnObjectAreOneProblemInEachWording() {
        let array: JSON = [1, 2]
        #expect(ParamReader(array, wording: .doppel).firstError?.message == "invalid params: expected an object, got array of 2")
        #expect(ParamReader(array, known: []).problems.map(\.message) == ["Must be an object (got array)"])
        #expect(ParamReader(array, wording: .hostedContract).problems.map(\.message) == ["params must be an object, got array"])
        #expect(ParamReader(nil, wording: .doppel).firstError == nil)
    }

    @Test func describeShowsTypeAndValueOrValueAloneAndCutsLongStrings() {
        let long = JSON.string(String(repeating: "é", count: 41))
        #expect(ParamReader.describe(long) == "\"" + String(repeating: "é", count: 40) + "…\"")
        #expect(ParamReader.describe(long, style: .typed) == "string \"" + String(repeating: "é", count: 40) + "…\"")
        #expect(ParamReader.describe(.double(2)) == "2.0")
        #expect(ParamReader.describe(.double(2), style: .typed) == "number 2")
        #expect(ParamReader.describe(.null, style: .typed) == "null")
        let values: [JSON] = [true, 5, [1, 2], ["a": 1]]
        #expect(values.map { ParamReader.describe($0, style: .typed) } == ["boolean true", "integer 5", "array of 2", "object"])
        #expect(values.map { ParamReader.describe($0) } == ["true", "5", "array", "object"])
    }
}
