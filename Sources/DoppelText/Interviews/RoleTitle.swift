/// A job title taken apart the way a reader does: "Senior Payroll Specialist II" is a
/// seniority word ("senior"), domain modifiers ("payroll") and a head noun ("specialist")
/// that says what kind of work it is.
///
/// The rules are about titles in general: the head is the last word (or the word before
/// "of"/"for"/"in" in "head of payroll", "specialist in wine"); grades ("II", "3",
/// "level 2"), brackets and qualifications ("certified", "freelance") are dropped;
/// seniority words are taken from the front. The kind of work comes from the head noun
/// (`WorkLexicon`), or from its ending when the noun is not listed ("-ologist" is a
/// scientist of "-ology").
struct RoleTitle: Equatable {
    /// "senior", "junior", "principal", "head", … or nil.
    var seniority: String?
    /// Words before the head, lower-cased (acronyms kept): ["marine"], ["site", "reliability"].
    var modifiers: [String]
    /// The head noun: "biologist", "specialist", "sommelier".
    var head: String
    /// The kind of work the head names.
    var kind: WorkKind
    /// The subject the head itself implies ("wine" for a sommelier, "biology" for a biologist), if any.
    var headDomain: String?
    /// "of payroll" in "head of payroll", kept to say the role in its own order.
    var ofPhrase: String?

    /// Words a title can open with that say how senior the person is, not what they do.
    static let seniorityWords: Set<String> = ["junior", "jr", "senior", "sr", "lead", "principal", "staff", "chief",
                                              "head", "associate", "assistant", "trainee", "apprentice", "graduate",
                                              "deputy", "intern", "entry-level", "mid-level", "executive", "master"]
    /// Qualifications and terms of employment: true of the person, not a subject of the work.
    static let qualifierWords: Set<String> = ["certified", "licensed", "registered", "chartered", "qualified", "freelance",
                                              "remote", "part-time", "full-time", "temporary", "contract", "volunteer",
                                              "experienced", "accredited", "interim", "acting", "new", "the", "a", "an"]

    init(_ raw: String) {
        var text = raw
        // "(night shift)", "[remote]": asides, not the role
        for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
            while let o = text.firstIndex(of: Character(open)), let c = text[o...].firstIndex(of: Character(close)) {
                text.removeSubrange(o...c)
            }
        }
        // "Manager, Payroll" reads as "payroll manager"
        let commaParts = text.split(separator: ",").map { String($0) }
        if commaParts.count == 2 { text = commaParts[1] + " " + commaParts[0] }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\t" || $0 == "\n" })
            .map { RoleTitle.normalised(String($0)) }.filter { !$0.isEmpty && $0 != "&" && $0 != "and" }
        while let last = words.last, words.count > 1, RoleTitle.isGrade(last) || last == "level" { words.removeLast() }
        if words.count > 1, let l = words.dropLast().last, l == "level" { words.removeLast(2) }
        // "head of payroll", "specialist in wine": the head comes before the preposition
        var after: [String] = []
        var preposition = ""
        if let p = words.firstIndex(where: { ["of", "for", "in", "at"].contains($0) }), p > 0, p < words.count - 1 {
            after = Array(words[(p + 1)...]).filter { !["the", "a", "an"].contains($0) }
            preposition = words[p]
            words = Array(words[..<p])
        }
        var seniority: String?
        while words.count > 1, let first = words.first, RoleTitle.seniorityWords.contains(first) {
            seniority = seniority ?? first
            words.removeFirst()
        }
        if words.count > 1 {
            let kept = words.filter { !RoleTitle.qualifierWords.contains($0) }
            if !kept.isEmpty { words = kept }
        }
        if words.isEmpty { words = ["professional"] }
        let head = words[words.count - 1]
        var modifiers = Array(words.dropLast()) + after
        let entry = WorkLexicon.entry(for: words)
        if let entry, entry.words > 1 { modifiers = Array(words.dropLast(entry.words)) + after }
        self.seniority = seniority
        self.ofPhrase = after.isEmpty ? nil : preposition + " " + after.joined(separator: " ")
        self.head = words.suffix(max(entry?.words ?? 1, 1)).joined(separator: " ")
        self.modifiers = modifiers
        self.kind = entry?.kind ?? WorkLexicon.kind(byEnding: head)
        self.headDomain = entry?.domain ?? WorkLexicon.field(byEnding: head)
    }

    /// The role without its seniority word: "payroll specialist", "marine biologist".
    var bare: String {
        if let of = ofPhrase { return head + " " + of }
        return (modifiers + [head]).joined(separator: " ")
    }

    /// The role in the plural: "payroll specialists", "attorneys", "secretaries".
    var plural: String {
        if let of = ofPhrase { return RoleTitle.plural(of: head) + " " + of }
        return (modifiers + [RoleTitle.plural(of: head)]).joined(separator: " ")
    }

    /// What the work is about, as a noun adjunct: the modifiers ("payroll"), else the
    /// head's own subject ("wine"), else nothing.
    var domain: String {
        if !modifiers.isEmpty { return modifiers.joined(separator: " ") }
        return headDomain ?? ""
    }

    /// The field as a subject: "marine biology", "payroll", "wine"; nil when the title names none.
    var field: String? {
        if let h = headDomain, h.hasSuffix("logy") || h.hasSuffix("graphy") || h.hasSuffix("ics") {
            return (modifiers + [h]).joined(separator: " ")
        }
        return domain.isEmpty ? nil : domain
    }

    /// Content words a question can name to be about this role.
    var namingWords: [String] {
        var w = modifiers + [head]
        if let h = headDomain { w += h.split(separator: " ").map(String.init) }
        return w.filter { $0.count > 2 }
    }

    static func plural(of noun: String) -> String {
        let lower = noun.lowercased()
        if lower.hasSuffix("man") { return String(noun.dropLast(3)) + "men" }
        if lower.hasSuffix("s") || lower.hasSuffix("sh") || lower.hasSuffix("ch") || lower.hasSuffix("x") { return noun + "es" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        return noun + "s"
    }

    /// "II", "3", "IV": a grade within the role, not part of it.
    static func isGrade(_ w: String) -> Bool {
        if w.allSatisfy(\.isNumber) { return true }
        return w.count <= 4 && w.lowercased().allSatisfy { "ivx".contains($0) }
    }

    /// Lower-cased unless an acronym ("QA", "HR"); stray punctuation dropped.
    static func normalised(_ word: String) -> String {
        let kept = word.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "&" }
        if kept.count > 1, kept.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return kept }
        return kept.lowercased()
    }
}
