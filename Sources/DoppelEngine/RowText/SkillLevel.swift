/// Skill tiers as names and level columns say them: "Introduction to
/// Python" and "Yoga Basics" are for beginners, "Advanced Spanish" is not.
/// Used to keep a row's `level` in agreement with its own name.
enum SkillLevel: Int, Sendable, CaseIterable {
    case beginner, intermediate, advanced

    /// The tier a value of a level column names (`novice`, `Entry level`, `expert`), if any.
    static func ofValue(_ value: String) -> SkillLevel? {
        let words = tokens(value)
        for tier in allCases where words.contains(where: { valueWords[tier]?.contains($0) == true }) { return tier }
        return nil
    }

    /// The tier a name announces (`Introduction to …`, `… for Beginners`, `Advanced …`), if any.
    static func ofName(_ name: String) -> SkillLevel? {
        let words = tokens(name)
        for tier in allCases where words.contains(where: { nameWords[tier]?.contains($0) == true }) { return tier }
        if words.starts(with: ["getting", "started"]) || words.contains("101") { return .beginner }
        return nil
    }

    private static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static let valueWords: [SkillLevel: Set<String>] = [
        .beginner: ["beginner", "beginners", "novice", "basic", "introductory", "intro", "entry", "elementary", "easy", "starter", "foundation"],
        .intermediate: ["intermediate", "medium", "moderate", "improver"],
        .advanced: ["advanced", "expert", "hard", "pro", "professional", "master", "elite"],
    ]

    private static let nameWords: [SkillLevel: Set<String>] = [
        .beginner: ["introduction", "intro", "introductory", "beginner", "beginners", "basic", "basics", "fundamentals", "foundations",
                    "essentials", "elementary", "novice", "starter", "first"],
        .intermediate: ["intermediate", "improvers"],
        .advanced: ["advanced", "expert", "experts", "mastering", "masterclass", "mastery"],
    ]
}
