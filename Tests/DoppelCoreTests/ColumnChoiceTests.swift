import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelText
import DoppelTestSupport
import DoppelJSON

/// Strangers wrote a column's values inside the column list: "role is one of server, line cook, dishwasher; hourly_rate
/// …", "status open/in progress/resolved", "grade A-F or null if in progress", "priority P0-P3", "key like PAY-123",
/// "carrier UPS/FedEx/DHL". They became `role_is_one_of_server`, `line_cook` and `dishwasher` columns, a boolean
/// `status_open_in_progress_resolved`, `grade_a_f`, `if_in_progress`, `key` lost with the columns after it, and values
/// lowercased (`fed_ex`). Drawn tables, columns, phrasings, values and neighbours.
@Suite struct ColumnChoiceTests {
    static let choices: [(column: String, values: [String])] = [
        ("role", ["server", "line cook", "dishwasher", "host", "manager"]),
        ("status", ["open", "under review", "approved", "denied"]),
        ("case_type", ["civil", "criminal", "family"]),
        ("carrier", ["UPS", "FedEx", "DHL"]),
        ("tier", ["Blue", "Silver", "Gold", "Platinum"]),
        ("agency", ["NASA", "ESA", "JAXA", "Roscosmos"]),
        ("direction", ["left", "right", "superlike"]),
        ("listing status", ["for sale", "under offer", "sold"]),
    ]
    static let neighbours = ["name", "created_at", "hourly_rate between 12 and 35", "notes", "amount", "started_at"]

    static func columnName(_ phrase: String) -> String { phrase.replacingOccurrences(of: " ", with: "_") }

    /// `X is one of a, b, c`, `X one of a/b/c`, `X: one of …`, `X either a or b`, `X a/b/c`: one column, its values as spelled.
    @Test(arguments: [UInt64(0xC1), 0xC2, 0xC3, 0xC4, 0xC5])
    func aColumnsValuesSaidInTheListAreItsValues(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<8 {
            let (column, pool) = rng.pick(Self.choices)
            let values = Array(pool.prefix(rng.int(2...pool.count)))
            let before = rng.pick(["id", "name", "title"])
            let after = rng.pick(Self.neighbours)
            let phrasing = rng.int(0...4)
            let said: String
            let separator: String
            switch phrasing {
            case 0: said = "\(column) is one of " + values.joined(separator: ", "); separator = "; "
            case 1: said = "\(column) one of " + values.joined(separator: "/"); separator = ", "
            case 2: said = "\(column): one of " + values.dropLast().joined(separator: ", ") + " or " + values[values.count - 1]; separator = "; "
            case 3 where values.count == 2: said = "\(column) either \(values[0]) or \(values[1])"; separator = ", "
            default:
                // a value of one word first, so the name is not read as its first words
                guard !values[0].contains(" ") else { continue }
                said = "\(column) " + values.joined(separator: "/"); separator = ", "
            }
            let table = rng.pick(["staff", "claims", "cases", "shipments", "members", "listings"])
            let prompt = "\(table) (\(before), \(said)\(separator)\(after))"
            let e = try #require(Planner().plan(prompt).schema.entities.first { $0.name == table }, "\(prompt)")
            let name = Self.columnName(column)
            let field = try #require(e.field(named: name), "\(prompt): \(e.fields.map(\.name))")
            #expect(field.values?.compactMap(\.stringValue) == values, "\(prompt): \(String(describing: field.values))")
            // (no column is made of the values, the marker or the words of the phrasing)
            let junk = e.fields.map(\.name).filter { n in
                n.contains("one_of") || n.contains("either") || values.contains { Self.columnName($0.lowercased()) == n }
                    || n.hasPrefix(name + "_")
            }
            #expect(junk.isEmpty, "\(prompt): \(e.fields.map(\.name))")
            let neighbour = Self.columnName(after.split(separator: " ")[0].description)
            #expect(e.field(named: neighbour) != nil, "\(prompt): \(e.fields.map(\.name))")
        }
    }

    /// `grade A-F`, `priority P0-P3`, `level L1-L4`, `section A-D`: the range's values; a letter grade skips E.
    @Test(arguments: [UInt64(0xC6), 0xC7, 0xC8])
    func aRangeOfLettersOrCodesIsItsValues(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let ranges: [(String, String, [String])] = [
            ("grade", "A-F", ["A", "B", "C", "D", "F"]), ("priority", "P0-P3", ["P0", "P1", "P2", "P3"]),
            ("severity", "S1-S4", ["S1", "S2", "S3", "S4"]), ("row_letter", "A-D", ["A", "B", "C", "D"]),
            ("level", "L1-L5", ["L1", "L2", "L3", "L4", "L5"]),
        ]
        for _ in 0..<6 {
            let (column, range, values) = rng.pick(ranges)
            let nullable = rng.int(0...1) == 1
            let prompt = "items (id, \(column) \(range)" + (nullable ? " or null if \(rng.pick(["in progress", "not graded yet", "open"]))" : "")
                + ", \(rng.pick(["created_at", "title", "owner"])))"
            let e = try #require(Planner().plan(prompt).schema.entities.first, "\(prompt)")
            let field = try #require(e.field(named: column), "\(prompt): \(e.fields.map(\.name))")
            #expect(field.values?.compactMap(\.stringValue) == values, "\(prompt): \(String(describing: field.values))")
            // (the condition after `null` is no column)
            #expect(e.fields.count == 3, "\(prompt): \(e.fields.map(\.name))")
        }
    }

    /// `key like PAY-123`, `code e.g. CS101`, `bin like A-12-03`: the example's shape, and the columns after it stay.
    @Test(arguments: [UInt64(0xC9), 0xCA, 0xCB])
    func oneExampleOfACodeGivesItsShape(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let examples: [(String, String)] = [("PAY-123", "PAY-###"), ("CS101", "CS###"), ("A-12-03", "?-##-##"), ("90210", "#####"),
                                            ("INV-2024-0001", "INV-####-####"), ("1Z999", "#?###")]
        for _ in 0..<6 {
            let (example, pattern) = rng.pick(examples)
            let column = rng.pick(["reference", "code", "bin_location", "tracking_ref"])
            let marker = rng.pick(["like", "e.g.", "such as", "for example"])
            let after = rng.pick(["title", "created_at", "type bug/feature/task", "amount"])
            let prompt = "\(rng.pick(["tickets", "parcels", "assets"])) (\(column) \(marker) \(example), \(after), notes)"
            let e = try #require(Planner().plan(prompt).schema.entities.first, "\(prompt)")
            let field = try #require(e.field(named: column), "\(prompt): \(e.fields.map(\.name))")
            #expect(field.kind == "id.pattern", "\(prompt): \(String(describing: field.kind))")
            // (a key may be given more digits for its rows, never another shape)
            let shape = field.pattern?.replacingOccurrences(of: "#", with: "") ?? ""
            #expect(shape == pattern.replacingOccurrences(of: "#", with: ""), "\(prompt): \(String(describing: field.pattern))")
            #expect(e.field(named: Self.columnName(after.split(separator: " ")[0].description)) != nil, "\(prompt): \(e.fields.map(\.name))")
            #expect(e.field(named: "notes") != nil, "\(prompt): \(e.fields.map(\.name))")
        }
    }

    /// `resolved_at null unless resolved or closed`: a nullable column, and no column made of the condition.
    @Test func aConditionAfterNullIsNoColumn() throws {
        let prompt = "issues (title, status open/in progress/resolved/closed, created_at, resolved_at null unless resolved or closed, assignee)"
        let e = try #require(Planner().plan(prompt).schema.entities.first)
        #expect(e.fields.map(\.name).filter { $0 != "id" } == ["title", "status", "created_at", "resolved_at", "assignee"], "\(e.fields.map(\.name))")
        #expect(e.field(named: "status")?.values?.compactMap(\.stringValue) == ["open", "in progress", "resolved", "closed"])
    }

    /// The fourth round's hint styles, drawn and mixed in one list: `~45`, `12 digits`, `6-digit`, `Y/N`, `1..9`, values
    /// with a slash inside (`BTC/USD, ETH/USD`), `Tier 1/Tier 2`, `washer or dryer`, and an identifier after examples
    /// (`e.g. en, target_lang …`) or after a list of choices (`one of P0, P1, is_fatal bool`) starting the next column.
    @Test(arguments: [UInt64(0xCC), 0xCD, 0xCE, 0xCF])
    func hintStylesInAColumnList(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        typealias Check = (Field) -> Bool
        let hints: [(String, String, Check)] = [
            ("duration_min ~45", "duration_min", { $0.min == 40.5 && $0.max == 49.5 && $0.distribution == .normal }),
            ("account_no 12 digits", "account_no", { $0.pattern == "%###########" }),
            ("pin 6-digit", "pin", { $0.pattern == "%#####" }),
            ("nitrox Y/N", "nitrox", { $0.type == .boolean }),
            ("round 1..9", "round", { $0.min == 1 && $0.max == 9 }),
            ("pair in (BTC/USD, ETH/USD)", "pair", { $0.values?.compactMap(\.stringValue) == ["BTC/USD", "ETH/USD"] }),
            ("kyc_tier Tier 1/Tier 2/Tier 3", "kyc_tier", { $0.values?.compactMap(\.stringValue) == ["Tier 1", "Tier 2", "Tier 3"] }),
            ("machine_type washer or dryer", "machine_type", { $0.values?.compactMap(\.stringValue) == ["washer", "dryer"] }),
            ("severity one of P0, P1, P2", "severity", { $0.values?.compactMap(\.stringValue) == ["P0", "P1", "P2"] }),
            ("source_lang e.g. en", "source_lang", { _ in true }),
        ]
        for _ in 0..<6 {
            let picked = Array(hints.shuffled(using: &rng).prefix(rng.int(2...4)))
            let tail = rng.pick(["is_fatal bool", "target_lang", "created_at timestamp", "user_id nullable"])
            let prompt = "records_of_dives (id, " + picked.map(\.0).joined(separator: ", ") + ", \(tail))"
            let e = try #require(Planner().plan(prompt).schema.entities.first, "\(prompt)")
            for (_, name, check) in picked {
                let f = try #require(e.field(named: name), "\(prompt): \(e.fields.map(\.name))")
                #expect(check(f), "\(prompt): \(f)")
            }
            let tailName = String(tail.split(separator: " ")[0])
            #expect(e.field(named: tailName) != nil, "\(prompt): \(e.fields.map(\.name))")
            #expect(e.fields.count == picked.count + 2, "\(prompt): \(e.fields.map(\.name))")
        }
    }

    /// `type in (A, AAAA, CNAME)` (a capital A before a comma is no article), `duration_mins 10 or 20`, `rating 1 to 5 stars`.
    @Test func valuesThatLookLikeOtherWords() throws {
        let e = try #require(Planner().plan("dns records (id, type in (A, AAAA, CNAME, MX), duration_mins 10 or 20, rating 1 to 5 stars)").schema.entities.first)
        #expect(e.field(named: "type")?.values?.compactMap(\.stringValue) == ["A", "AAAA", "CNAME", "MX"], "\(e.fields.map(\.name))")
        #expect(e.field(named: "duration_mins")?.values?.compactMap(\.intValue) == [10, 20], "\(e.fields.map(\.name))")
        #expect(e.field(named: "rating").map { $0.min == 1 && $0.max == 5 } == true, "\(e.fields.map(\.name))")
        #expect(e.fields.count == 4, "\(e.fields.map(\.name))")
        // (a bracket saying what a column points at still does: "(a customer)")
        let orders = try #require(Planner().plan("customers, orders (id, buyer (a customer), total)").schema.entities.first { $0.name == "orders" })
        #expect(orders.fields.contains { $0.references?.entity == "customers" }, "\(orders.fields.map(\.name))")
    }

    /// Values keep the prompt's spelling (`FedEx`, not `fed_ex`), while a unit (`km/h`) and yes/no stay what they were.
    @Test func valuesKeepTheirSpellingAndUnitsStayUnits() throws {
        let e = try #require(Planner().plan("shipments (carrier UPS/FedEx/DHL, box_size S/M/L, speed km/h, fragile yes/no)").schema.entities.first)
        #expect(e.field(named: "carrier")?.values?.compactMap(\.stringValue) == ["UPS", "FedEx", "DHL"])
        #expect(e.field(named: "box_size")?.values?.compactMap(\.stringValue) == ["S", "M", "L"])
        #expect(e.field(named: "fragile")?.type == .boolean, "\(e.fields.map { "\($0.name):\($0.type)" })")
        #expect(e.fields.contains { $0.name.hasPrefix("speed") && $0.values == nil }, "\(e.fields.map(\.name))")
    }
}
