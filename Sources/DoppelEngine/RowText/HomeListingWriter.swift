import DoppelText

/// A home's description from its row: "A 3-bedroom, 2-bath single-family home in Salt Lake City with
/// 1,524 sq ft of living space." and one line that suits its size, never a fact the row does not hold.
enum HomeListingWriter {
    /// The facts a home's row gives, by the labels `applyRecordText` writes: `bedrooms`, `bathrooms`,
    /// `square feet` or `square metres`, `city`, `type`.
    static func write(_ facts: [RecordDescriptionWriter.Fact], _ r: inout CellRandom) -> String {
        func value(_ label: String) -> String? { Self.value(label, facts) }
        func whole(_ label: String) -> Int? { Self.whole(label, facts) }
        var parts: [String] = []
        let bedrooms = whole("bedrooms")
        if let b = bedrooms { parts.append(b == 0 ? "studio" : "\(b)-bedroom") }
        if let b = whole("bathrooms"), b > 0 { parts.append("\(b)-bath") }
        let kind = value("type").map(homeNoun) ?? (bedrooms == 0 ? "apartment" : "home")
        var text = (parts.isEmpty ? "A \(kind)" : "A " + parts.joined(separator: ", ") + " " + kind)
        if let city = value("city"), !city.isEmpty { text += " in \(city)" }
        if let feet = whole("square feet") {
            text += " with \(grouped(feet)) sq ft of living space"
        } else if let metres = whole("square metres") {
            text += " with \(metres) m² of living space"
        }
        let lines = (bedrooms ?? 2) <= 1 ? smallLines : largeLines
        return TextPolish.articles(text) + ". " + r.pick(lines)
    }

    /// A listing's title: "Bright 3-Bed Single-Family Home in Salt Lake City", "Cozy Studio in Boise".
    static func title(_ facts: [RecordDescriptionWriter.Fact], _ r: inout CellRandom) -> String {
        func value(_ label: String) -> String? { Self.value(label, facts) }
        let bedrooms = Self.whole("bedrooms", facts)
        let kind = value("type").map(homeNoun) ?? (bedrooms == 0 ? "apartment" : "home")
        let adjective = r.pick((bedrooms ?? 2) >= 3 ? ["Spacious", "Bright", "Charming", "Updated", "Sunny", "Modern"]
                                                    : ["Cozy", "Bright", "Charming", "Updated", "Sunny", "Modern"])
        let rooms = bedrooms.map { $0 == 0 ? "Studio" : "\($0)-Bed " + titled(kind) } ?? titled(kind)
        let city = value("city").map { $0.isEmpty ? "" : " in " + $0 } ?? ""
        return "\(adjective) \(rooms)\(city)"
    }

    /// The fact labelled `label`, trimmed, and as a whole number.
    static func value(_ label: String, _ facts: [RecordDescriptionWriter.Fact]) -> String? {
        facts.first { $0.label == label }?.value.trimmingSpaces
    }
    static func whole(_ label: String, _ facts: [RecordDescriptionWriter.Fact]) -> Int? {
        value(label, facts).flatMap(Double.init).map { Int($0.rounded()) }
    }

    /// "single-family home" → "Single-Family Home".
    static func titled(_ words: String) -> String {
        RowTitleWriter.headlineCased(words).split(separator: "-", omittingEmptySubsequences: false)
            .map { TextPolish.capitalised(String($0)) }.joined(separator: "-")
    }

    /// "single_family" → "single-family home", "condo" → "condo".
    static func homeNoun(_ type: String) -> String {
        let words = type.lowercased().replacingOccurrences(of: "_", with: " ")
        switch words {
        case "single family", "single-family": return "single-family home"
        case "multi family", "multi-family": return "multi-family home"
        case "land", "lot": return "lot"
        default: return words
        }
    }

    static func grouped(_ n: Int) -> String {
        n >= 1_000 ? "\(n / 1_000),\(String(n % 1_000 + 1_000).dropFirst())" : "\(n)"
    }

    static let smallLines = ["Bright, open-plan living area.", "Move-in ready and close to transit.",
                             "Low-maintenance living near shops and cafes.", "Updated kitchen with plenty of storage."]
    static let largeLines = ["Close to schools, shops and parks.", "Private backyard and off-street parking.",
                             "Recently updated kitchen and bathrooms.", "Quiet street; move-in ready.",
                             "Open-plan living with plenty of natural light."]
}
