/// Airliners by type: how often each flies, and the seats an airline fits in one, so a flight's `seats`
/// follow its `aircraft` (no 52 seats on a Boeing 787-9, no 101 on an ATR 72).
package enum Aircraft {
    package static let types: [(name: String, weight: Double, seats: ClosedRange<Double>)] = [
        ("Boeing 737-800", 5, 160...189), ("Airbus A320neo", 5, 150...194), ("Airbus A321", 3, 180...220),
        ("Boeing 737 MAX 8", 3, 162...178), ("Embraer E175", 3, 76...88), ("Airbus A319", 2, 124...156),
        ("Boeing 787-9", 2, 250...296), ("Airbus A350-900", 1.5, 300...350), ("Boeing 777-300ER", 1.5, 350...396),
        ("Bombardier CRJ900", 2, 76...90), ("ATR 72-600", 1.5, 68...78), ("Airbus A330-300", 1, 277...300),
    ]
    /// The planner's and the inference's spec for an `aircraft` column.
    package static let enumSpec = "string enum values=" + types.map { t in
        t.name.replacingOccurrences(of: " ", with: "~") + ":" + (t.weight == t.weight.rounded() ? String(Int(t.weight)) : String(t.weight))
    }.joined(separator: "|")
    package static let seatsOf = Dictionary(types.map { ($0.name.lowercased(), $0.seats) }, uniquingKeysWith: { a, _ in a })
}
