import DoppelText

extension SchemaResolver {
    /// Heads of tables whose rows record a moment, whose plain `year` is that moment's.
    static let periodRecordHeads: Set<String> = ["sale", "order", "transaction", "payment", "invoice", "booking", "reservation", "shipment",
                                                 "expense", "revenue", "purchase", "visit", "record", "entry", "donation", "bill", "claim",
                                                 "deposit", "withdrawal", "refund", "session", "reading", "measurement", "observation",
                                                 "figure", "result", "report", "statement"]

    /// The seasons' names by quarter of the year from December: winter, spring, summer, autumn.
    static let seasonWords: [Set<String>] = [["winter"], ["spring"], ["summer"], ["autumn", "fall"]]

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]

    /// The year, month and day a written date or instant starts with (`2024-03-05`, `2024-03-05T14:22:00Z`).
    static func yearMonthDay(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    /// A period column beside the row's own date is that date's period: "sales by region and quarter" sold on 24 January
    /// are in Q1 of that year, not Q4. Applies to a `quarter` (Q1–Q4, or a number 1–4), a `month` (a number 1–12, or a
    /// month's name), a `year` and a `week` (1–53) whose draw is the column's own, beside the row's creation date (else
    /// its first date or time that is not an end, a due date or a birth). A `season` of season words is the date's season.
    func applyPeriodOfDate(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let temporal = fields.indices.filter { (fields[$0].type == .date || fields[$0].type == .datetime) && fields[$0].references == nil }
        guard let date = Self.creationColumn(fields, entity: entity.name).flatMap({ temporal.contains($0) ? $0 : nil }) ?? temporal.first(where: { c in
            Set(KindInference.tokens(fields[c].name)).isDisjoint(with: ["end", "ended", "due", "birth", "expires", "expiry", "until", "to", "closed"])
        }) else { return }
        for (c, f) in fields.enumerated() where c != date && f.references == nil && !f.unique && !f.primaryKey {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(date, c, in: sources) else { continue }
            let name = f.name.lowercased()
            let text = f.type == .string || f.type == .text
            var plan = SiblingFactPlan(column: date, values: [:], fallback: own)
            plan.wholeNumbers = true
            switch name {
            case "quarter", "fiscal_quarter", "sales_quarter", "qtr":
                if text {
                    plan.valueOf = { Self.yearMonthDay($0).map { "Q\(($0.month - 1) / 3 + 1)" } }
                } else {
                    plan.rangeOf = { Self.yearMonthDay($0).map { let q = Double(($0.month - 1) / 3 + 1); return q...q } }
                }
            case "month", "month_name", "sales_month":
                if text {
                    plan.valueOf = { Self.yearMonthDay($0).map { Self.monthNames[$0.month - 1] } }
                } else {
                    plan.rangeOf = { Self.yearMonthDay($0).map { Double($0.month)...Double($0.month) } }
                }
            case "year", "fiscal_year", "sales_year":
                // (a car's, a book's or a wine's `year` is its own, not the year it was bought: only a record of a moment)
                guard !text, name != "year" || Self.periodRecordHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) else { continue }
                plan.rangeOf = { Self.yearMonthDay($0).map { Double($0.year)...Double($0.year) } }
            case "week", "week_number", "week_of_year":
                guard !text else { continue }
                plan.rangeOf = { text in
                    guard let (y, m, d) = Self.yearMonthDay(text) else { return nil }
                    let day = CivilTime.days(year: y, month: m, day: d) - CivilTime.days(year: y, month: 1, day: 1)
                    let w = Double(min(day / 7 + 1, 53))
                    return w...w
                }
            case _ where (name == "season" || name.hasSuffix("_season")) && text:
                // A planting in July is a summer one (the northern hemisphere's seasons by month), in the enum's own
                // spelling; a sports season ("2023-24") has no season words and is left alone.
                let own = (f.values ?? []).compactMap(\.stringValue)
                let spelled = Self.seasonWords.map { words in own.first { words.contains($0.lowercased()) } }
                guard spelled.compactMap({ $0 }).count >= 2 else { continue }
                plan.valueOf = { text in Self.yearMonthDay(text).flatMap { spelled[($0.month % 12) / 3] } }
            default: continue
            }
            sources[c] = .siblingFact(plan)
        }
    }
}
