import DoppelText

/// Running text built from word and sentence lists.
struct TextKind: KindGenerator {
    enum Form: Sendable { case word, words, sentence, paragraph, title, review, comment, description }
    let form: Form
    let productKey: UInt64

    var uniqueCapacity: UInt64 { form == .word ? UInt64(Words.lorem.count) : 0 }

    static func capitalizeFrom(_ start: Int, _ out: inout CellBytes) {
        if start < out.count, out[start] >= 97, out[start] <= 122 { out[start] -= 32 }
    }

    static func appendSentences(_ table: WordTable, count: Int, _ r: inout CellRandom, to out: inout CellBytes) {
        var last = -1
        for i in 0..<count {
            var k = r.below(table.count)
            if k == last { k = (k + 1) % table.count }
            last = k
            if i > 0 { out.append(32) }
            table.append(k, to: &out)
        }
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        switch form {
        case .word:
            if let u = c.unique { Words.lorem.append(Int(u), to: &out) } else { Words.lorem.appendRandom(&c.r, to: &out) }
        case .words:
            let n = 2 + c.r.below(4)
            for i in 0..<n {
                if i > 0 { out.append(32) }
                Words.lorem.appendRandom(&c.r, to: &out)
            }
        case .sentence:
            NeutralProse.appendSentence(&c.r, to: &out)
        case .paragraph:
            NeutralProse.appendParagraph(count: 2 + c.r.below(3), &c.r, to: &out)
        case .title:
            let n = 3 + c.r.below(4)
            for i in 0..<n {
                if i > 0 { out.append(32) }
                let s = out.count
                if i % 2 == 0 { Words.lorem.appendRandom(&c.r, to: &out) } else { Words.adjectives.appendRandom(&c.r, to: &out) }
                Self.capitalizeFrom(s, &out)
            }
        case .review:
            Self.appendSentences(Words.reviewSentences, count: 1 + c.r.below(3), &c.r, to: &out)
        case .comment:
            Self.appendSentences(Words.commentSentences, count: 1 + c.r.below(2), &c.r, to: &out)
        case .description:
            // Describes the row's product: a qualifier and noun of its category, then what a shop says of
            // that category's products.
            let category = ProductNameKind.category(productKey, c.row)
            let qualifiers = Words.productQualifiers[category]
            let q = c.r.below(qualifiers.count)
            // (a noun with no singular takes no article: "Essential garden gloves", not "An essential garden gloves")
            let nouns = Words.productNouns[category]
            let n = c.r.below(nouns.count)
            let plural = Words.pluralProductNouns[category][n]
            if !plural { out.append(contentsOf: (TextPolish.needsAn(Array(qualifiers.string(q))) ? "An " : "A ").utf8) }
            let q0 = out.count
            qualifiers.append(q, to: &out)
            for i in (plural ? q0 + 1 : q0)..<out.count where out[i] >= 65 && out[i] <= 90 { out[i] += 32 }
            if plural, q0 < out.count, out[q0] >= 97, out[q0] <= 122 { out[q0] -= 32 }
            out.append(32)
            let nounStart = out.count
            nouns.append(n, to: &out)
            for i in nounStart..<out.count where out[i] >= 65 && out[i] <= 90 { out[i] += 32 }
            out.append(contentsOf: " from our ".utf8)
            let k = out.count
            Words.categories.append(category, to: &out)
            for i in k..<out.count where out[i] >= 65 && out[i] <= 90 { out[i] += 32 }
            out.append(contentsOf: " range. ".utf8)
            Self.appendSentences(Words.sellingPoints[category], count: 1 + c.r.below(2), &c.r, to: &out)
        }
        return .text
    }
}

/// A short biography of the row's person: name, job, city and a hobby agree with the row.
/// On a table of an occupation (authors, nurses, trainers) the job is that occupation.
struct BioKind: KindGenerator {
    let person: PersonSource
    let address: AddressSource
    let jobKey: UInt64
    /// The table's occupation, singular and lower-case (`author`), if its rows are people of one.
    var occupation: String?

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue { write(&c, &out, job: nil) }

    /// The bio, naming `job` when the row has its own job title (`BioPlan`).
    func write(_ c: inout CellContext, _ out: inout CellBytes, job given: String?) -> KindValue {
        let p = person.person(&c)
        p.appendFirst(to: &out)
        var j = CellRandom(key: jobKey, row: c.row)
        let job = given ?? occupation ?? Words.jobTitles.string(j.below(Words.jobTitles.count))
        // The article follows the job's sound: an author, an HR Specialist.
        out.append(contentsOf: (TextPolish.needsAn(Array(job.prefix { $0 != " " })) ? " is an " : " is a ").utf8)
        out.append(contentsOf: job.utf8)
        out.append(contentsOf: " based in ".utf8)
        address.address(c).appendCity(to: &out)
        out.append(contentsOf: ". ".utf8)
        out.append(contentsOf: (p.female ? "She" : "He").utf8)
        out.append(contentsOf: " enjoys ".utf8)
        // Two different pastimes: never "cycling and cycling".
        let first = c.r.below(Words.hobbies.count)
        Words.hobbies.append(first, to: &out)
        out.append(contentsOf: " and ".utf8)
        Words.hobbies.append((first + 1 + c.r.below(Words.hobbies.count - 1)) % Words.hobbies.count, to: &out)
        out.append(46)
        return .text
    }
}

/// `json.object`: a small JSON object of a source, a score and labels, for `json` columns.
struct JSONObjectKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: #"{"source":""#.utf8)
        out.append(contentsOf: ["web", "mobile", "api", "import", "partner"][c.r.below(5)].utf8)
        out.append(contentsOf: #"","score":"#.utf8)
        ByteFormat.appendInt(Int64(c.r.below(101)), to: &out)
        out.append(contentsOf: #","tags":["#.utf8)
        // Distinct labels a record is tagged with, not random dictionary words ("foot", "patient").
        let n = c.r.below(4), start = c.r.below(Self.tags.count), step = [1, 5, 7, 11][c.r.below(4)]
        for i in 0..<n {
            if i > 0 { out.append(44) }
            out.append(34)
            out.append(contentsOf: Self.tags[(start + i * step) % Self.tags.count].utf8)
            out.append(34)
        }
        out.append(contentsOf: "]}".utf8)
        return .json
    }

    /// Labels for any record (twelve, so steps coprime with 12 give distinct ones).
    static let tags = ["new", "returning", "trial", "beta", "priority", "campaign", "promo", "referral", "organic", "newsletter",
                       "verified", "flagged"]
}

/// A label named for its column (`Zone A`, `Goal C`): what a string column nobody knows
/// gets, neutral where a random word (`goal: "eye"`) would read as nonsense. Unique
/// columns number their labels (`Zone 17`).
struct LabelKind: KindGenerator {
    /// The column's words, capitalised (`favourite_spot` → `Favourite Spot`).
    let label: [UInt8]
    static let letters = 6

    init(column: String) {
        let words = KindInference.tokens(column).filter { !$0.isEmpty }
        let text = words.isEmpty ? "Value" : words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        label = Array(text.utf8)
    }

    var uniqueCapacity: UInt64 { 1 << 40 }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: label)
        out.append(32)
        if let u = c.unique {
            ByteFormat.appendInt(Int64(u + 1), to: &out)
        } else {
            out.append(65 + UInt8(c.r.below(Self.letters)))
        }
        return .text
    }
}
