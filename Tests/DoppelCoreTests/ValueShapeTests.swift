import Foundation
import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Unique fields asked for more values than a kind lists: listed code kinds continue in their shape, every other
/// enumerable kind is refused with what to change, and a planned schema is fitted again at the rows a request asks.
@Suite struct ValueShapeTests {
    /// The kinds that declare a shape, with the shape every value must fit.
    static let shaped: [String: String] = [
        "travel.airport_code": "???", "travel.airline_code": "??", "finance.currency_code": "???", "commerce.currency": "???",
        "finance.stock_ticker": "????", "health.icd10_code": "?##.#", "address.country_code": "??",
    ]

    func schema(kind: String, type: FieldType? = nil, rows: Int, seed: Int = 5, field: String = "v") -> String {
        let typeText = type.map { #""type": "\#($0.rawValue)", "# } ?? ""
        return #"{"name": "s", "seed": \#(seed), "entities": [{"name": "t", "rows": \#(rows), "fields": [{"name": "\#(field)", \#(typeText)"kind": "\#(kind)", "unique": true}]}]}"#
    }

    func values(kind: String, rows: Int, seed: Int = 5, field: String = "v") throws -> [String] {
        let plan = try TestSupport.plan(schema(kind: kind, rows: rows, seed: seed, field: field))
        return TestSupport.column(plan, "t", field).map { $0 ?? "" }
    }

    @Test func patternNumbersInvertNumberedValues() {
        for template in ["???", "?##.#", "%#-##", "**^"] {
            let t = Array(template.utf8)
            for v in [UInt64(0), 1, 25, 26, 99, Pattern.capacity(t) - 1] {
                var out = CellBytes()
                Pattern.appendNumbered(template: t, value: v, to: &out)
                #expect(Pattern.number(of: Array(out.bytes), template: t) == v, "\(template) \(v)")
            }
        }
        #expect(Pattern.number(of: Array("B6".utf8), template: Array("??".utf8)) == nil)
        #expect(Pattern.number(of: Array("BRK.B".utf8), template: Array("????".utf8)) == nil)
    }

    @Test func aShapeSkipsTheListedValuesAndNumbersTheRestDistinctly() {
        let listed = ["AB", "ZZ", "B6", "AA"]
        let shape = ValueShape(template: "??", listed: listed, key: 9)
        #expect(shape.room == 26 * 26 - 3)  // B6 does not have the shape
        var seen: Set<String> = []
        for n in 0..<shape.room {
            var out = CellBytes()
            shape.append(n, to: &out)
            seen.insert(String(decoding: out.bytes, as: UTF8.self))
        }
        #expect(seen.count == Int(shape.room))
        #expect(seen.isDisjoint(with: listed))
    }

    @Test func twoHundredAirportCodesUseEveryListedCodeThenThreeLettersNotListed() throws {
        let codes = try values(kind: "travel.airport_code", rows: 200)
        #expect(Set(codes).count == 200)
        #expect(codes.allSatisfy { $0.utf8.count == 3 && $0.utf8.allSatisfy { (65...90).contains($0) } }, "\(codes.prefix(10))")
        let listed = Set((0..<Words.airports.count).map { Words.airports.string($0, 0) })
        #expect(listed.isSubset(of: Set(codes)), "every listed code comes before any continued one")
        // Same seed, same codes; another field or seed continues differently.
        #expect(try values(kind: "travel.airport_code", rows: 200) == codes)
        let continued = Set(codes).subtracting(listed)
        #expect(Set(try values(kind: "travel.airport_code", rows: 200, field: "w")).subtracting(listed) != continued)
        #expect(Set(try values(kind: "travel.airport_code", rows: 200, seed: 6)).subtracting(listed) != continued)
    }

    @Test func withinTheListNothingChanges() throws {
        // 30 rows fit the list: the codes are all listed ones (the bytes of earlier versions).
        let codes = try values(kind: "travel.airport_code", rows: 30)
        let listed = Set((0..<Words.airports.count).map { Words.airports.string($0, 0) })
        #expect(Set(codes) == listed)
    }

    /// Every kind that can enumerate unique values, asked for ten times as many rows as it has: it generates
    /// distinct values (listed code kinds, in their shape) or is refused naming the field and what to change.
    @Test func everyEnumerableKindAtTenTimesItsValuesGeneratesOrSaysWhatToChange() throws {
        var generated: [String] = [], refused: [String] = []
        for entry in KindCatalogue.entries where !SchemaResolver.sequenceLike.contains(entry.name) {
            guard case let .success(small) = try Schema.decode(text: schema(kind: entry.name, type: entry.type, rows: 1)).get().resolve(),
                  case let .kind(g, _) = small.entities[0].fields[0].source else { continue }
            let capacity = g.uniqueCapacity
            guard capacity > 0, capacity <= 10_000 else { continue }
            let rows = Int(capacity) * 10
            switch try Schema.decode(text: schema(kind: entry.name, type: entry.type, rows: rows)).get().resolve() {
            case let .success(plan):
                let column = TestSupport.column(plan, "t", "v")
                #expect(column.count == rows && Set(column.compactMap { $0 }).count == rows, "\(entry.name): not unique")
                if let shape = Self.shaped[entry.name] {
                    let t = Array(shape.utf8)
                    let off = column.filter { v in Pattern.number(of: Array((v ?? "").utf8), template: t) == nil }
                    #expect(off.count <= Int(capacity), "\(entry.name): \(off.count) values beyond the list lack the shape \(shape)")
                }
                generated.append(entry.name)
            case let .failure(error):
                let p = try #require(error.problems.first)
                #expect(p.entity == "t" && p.field == "v", "\(entry.name): \(p)")
                #expect(p.message.contains("ask for at most \(capacity) rows, drop unique, or pick a kind with more values"),
                        "\(entry.name): \(p.message)")
                refused.append(entry.name)
            }
        }
        #expect(Set(generated) == Set(Self.shaped.keys), "generated: \(generated.sorted())")
        #expect(refused.contains("company.department") && refused.contains("health.blood_type"), "\(refused.sorted())")
    }
}
