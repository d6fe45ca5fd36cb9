/// What a hotel room of a type costs a night and how many it sleeps: a suite more than a deluxe room, a deluxe room
/// more than a standard one, a single one guest. Read from the words of the room's type (`Deluxe King`, `suite`).
enum RoomTypes {
    static let bands: [(words: Set<String>, rate: ClosedRange<Double>, guests: ClosedRange<Double>)] = [
        (["penthouse", "presidential"], 600...1500, 2...6),
        (["suite", "suites", "junior"], 250...600, 2...4),
        (["family", "quad", "triple"], 160...300, 3...5),
        (["deluxe", "superior", "executive", "premium", "club"], 150...280, 2...3),
        (["king", "queen", "double", "twin"], 100...200, 2...2),
        (["single"], 70...130, 1...1),
        (["standard", "economy", "basic", "budget", "classic"], 80...160, 2...2),
    ]

    static func band(of type: String) -> (rate: ClosedRange<Double>, guests: ClosedRange<Double>)? {
        let words = Set(type.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return bands.first { !$0.words.isDisjoint(with: words) }.map { ($0.rate, $0.guests) }
    }

    /// True when most of a type column's values are room types (`standard`, `deluxe`, `suite`).
    static func namesRoomTypes(_ values: [String]) -> Bool {
        values.count >= 2 && values.filter { band(of: $0) != nil }.count * 3 >= values.count * 2
    }
}
