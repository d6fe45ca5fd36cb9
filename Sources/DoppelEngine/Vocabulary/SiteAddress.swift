/// The web address an organisation or a person of a given name would have: "Reyes-Hernandez" at
/// reyes-hernandez.com, "Lumina Group LLC" at luminagroup.com, "Weber GmbH" at weber.de.
enum SiteAddress {
    /// Legal forms and joining words a domain leaves out (compared without dots, lower-cased).
    static let leftOut: Set<String> = ["inc", "llc", "ltd", "corp", "co", "plc", "pty", "limited", "incorporated", "corporation",
                                       "gmbh", "ag", "kg", "se", "sa", "sarl", "sas", "scop", "sl", "slu", "ltda", "me", "bv", "nv",
                                       "and", "&", "et", "y", "e", "und", "the"]
    /// Legal forms that say the country, and its top-level domain.
    static let countryOfForm: [String: String] = ["gmbh": "de", "ag": "de", "kg": "de", "sarl": "fr", "sas": "fr", "scop": "fr",
                                                  "sl": "es", "slu": "es", "ltda": "com.br", "plc": "co.uk", "pty": "com.au"]
    /// Words of a name that make it a school's or a charity's.
    static let schoolWords: Set<String> = ["university", "college", "institute"]
    static let charityWords: Set<String> = ["foundation", "charity", "trust", "society", "association", "fund", "museum", "church"]

    /// The domain (`reyes-hernandez.com`), nil when the name has no letters to write one with (a name in kana).
    static func domain(ofName name: String) -> String? {
        var words: [String] = []
        var suffix = "com"
        for raw in name.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let bare = raw.lowercased().filter { $0 != "." }
            if let country = countryOfForm[bare] { suffix = country }
            if schoolWords.contains(bare) { suffix = "edu" } else if charityWords.contains(bare), suffix == "com" { suffix = "org" }
            if leftOut.contains(bare) { continue }
            let word = folded(raw)
            if !word.isEmpty { words.append(word) }
        }
        guard !words.isEmpty else { return nil }
        // A long name goes by its first two words (a domain of thirty letters is nobody's).
        var stem = words.joined()
        if stem.count > 20, words.count > 2 { stem = words[0] + words[1] }
        return stem.count >= 2 ? stem + "." + suffix : nil
    }

    /// The site's address (`https://www.reyes-hernandez.com`); whether it has `www.` is a fact of the name.
    static func url(ofName name: String) -> String? {
        guard let domain = domain(ofName: name) else { return nil }
        let h = domain.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        return (h % 3 == 0 ? "https://" : "https://www.") + domain
    }

    /// The word in lower-case ASCII letters and digits (`ASCIIFold`), a hyphen inside it kept.
    private static func folded(_ raw: Substring) -> String {
        raw.split(separator: "-").compactMap { part -> String? in
            var folded = CellBytes(capacity: 32)
            Array(part.utf8).withUnsafeBufferPointer { ASCIIFold.append($0, to: &folded) }
            return folded.isEmpty ? nil : String(decoding: folded.bytes, as: UTF8.self)
        }.joined(separator: "-")
    }
}
