import Testing
import Foundation
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// The defect record against a cell-by-cell diff of the clean and messy outputs of the same seed.
@Suite struct RealityRecordTests {
    let plan: DatasetPlan

    init() throws { plan = try RealityTestSupport.plan(RealityTestSupport.mess) }

    /// Walks the messy rows: a clean row must differ from its clean counterpart in exactly the recorded
    /// cells; an exact duplicate must equal the written row it copies; a near-duplicate must differ from
    /// the clean row of the row it copies in exactly its recorded fields.
    func check(level: Int) throws -> [DefectKind: Int] {
        let clean = try RealityTestSupport.run(plan, level: nil, format: .jsonl)
        let messy = try RealityTestSupport.run(plan, level: level, format: .jsonl)
        var seen: [DefectKind: Int] = [:]
        for e in plan.entities {
            let cleanRows = try RealityTestSupport.lines(clean.outputs[e.name + ".jsonl"] ?? [])
            let messyRows = try RealityTestSupport.lines(messy.outputs[e.name + ".jsonl"] ?? [])
            let records = try RealityTestSupport.lines(messy.records[e.name] ?? [])
            var byRow: [Int: [JSONObject]] = [:]
            for r in records {
                #expect(Array(r.keys.prefix(6)) == ["entity", "row", "field", "kind", "clean", "dirty"], "\(r)")
                #expect(r["entity"]?.stringValue == e.name)
                let row = try #require(r["row"]?.intValue)
                byRow[row, default: []].append(r)
                seen[DefectKind(rawValue: r["kind"]?.stringValue ?? "") ?? .null, default: 0] += 1
            }
            #expect(records.map { $0["row"]?.intValue ?? -1 } == records.map { $0["row"]?.intValue ?? -1 }.sorted(), "in row order")
            var cleanOf: [Int] = []  // clean row each written row stands for
            var c = 0
            for (w, row) in messyRows.enumerated() {
                let recs = byRow[w] ?? []
                if let dup = recs.first(where: { $0["field"] == .null }) {
                    let kind = dup["kind"]?.stringValue
                    let copy = try #require(dup["copy_of"]?.intValue)
                    #expect(copy >= 0 && copy < w, "copy_of \(copy) of row \(w)")
                    #expect(dup["clean"] == .null && dup["dirty"] == .null)
                    cleanOf.append(cleanOf[copy])
                    if kind == "exact_duplicate" {
                        #expect(recs.count == 1)
                        #expect(row == messyRows[copy], "\(e.name) row \(w) is not a copy of row \(copy)")
                    } else {
                        #expect(kind == "near_duplicate")
                        let fieldRecs = recs.filter { $0["field"] != .null }
                        #expect(fieldRecs.allSatisfy { $0["kind"]?.stringValue == "near_duplicate" && $0["copy_of"]?.intValue == copy })
                        try expectDiff(row, cleanRows[cleanOf[copy]], fieldRecs, "\(e.name) near-duplicate row \(w)")
                    }
                } else {
                    try #require(c < cleanRows.count)
                    cleanOf.append(c)
                    #expect(recs.allSatisfy { $0["copy_of"] == nil })
                    try expectDiff(row, cleanRows[c], recs, "\(e.name) row \(w)")
                    c += 1
                }
            }
            #expect(c == cleanRows.count, "\(e.name): every clean row is written once")
            if level < RealityTable.firstDuplicateLevel { #expect(messyRows.count == cleanRows.count) }
        }
        return seen
    }

    /// The fields where `messy` and `clean` differ are exactly the records' fields, with their values.
    func expectDiff(_ messy: JSONObject, _ clean: JSONObject, _ records: [JSONObject], _ what: String) throws {
        #expect(messy.keys == clean.keys)
        var recorded: [String: JSONObject] = [:]
        for r in records {
            let field = try #require(r["field"]?.stringValue)
            #expect(recorded[field] == nil, "\(what): two records for \(field)")
            recorded[field] = r
        }
        for key in clean.keys {
            let a = clean[key] ?? .null, b = messy[key] ?? .null
            if let r = recorded[key] {
                #expect(a != b || a.typeName != b.typeName, "\(what): \(key) recorded but unchanged")
                #expect(r["clean"] == a && r["clean"]?.typeName == a.typeName, "\(what): \(key) clean \(String(describing: r["clean"])) vs \(a)")
                #expect(r["dirty"] == b && r["dirty"]?.typeName == b.typeName, "\(what): \(key) dirty \(String(describing: r["dirty"])) vs \(b)")
            } else {
                #expect(a == b && a.typeName == b.typeName, "\(what): \(key) changed unrecorded: \(a) → \(b)")
            }
        }
    }

    @Test(arguments: [3, 5, 7, 10])
    func recordMatchesTheDiffExactly(level: Int) throws {
        let seen = try check(level: level)
        #expect(!seen.isEmpty)
        if level >= 6 { #expect(seen[.exactDuplicate, default: 0] > 0 && seen[.nearDuplicate, default: 0] > 0) }
        if level >= 9 { #expect(seen[.orphanReference, default: 0] > 0 && seen[.encoding, default: 0] > 0) }
        if level < 9 { #expect(seen[.orphanReference] == nil && seen[.encoding] == nil) }
    }

    /// The same check on CSV text, in Python: every cell's exact characters.
    @Test func csvTextDiffMatchesTheRecordAtLevelTen() throws {
        let clean = try RealityTestSupport.run(plan, level: nil, format: .csv)
        let messy = try RealityTestSupport.run(plan, level: 10, format: .csv)
        var files: [String: [UInt8]] = [:]
        for e in plan.entities {
            files["clean_" + e.name + ".csv"] = clean.outputs[e.name + ".csv"]
            files["messy_" + e.name + ".csv"] = messy.outputs[e.name + ".csv"]
            files["defects_" + e.name + ".jsonl"] = messy.records[e.name]
        }
        let script = #"""
        import csv, json, sys, os
        d = sys.argv[1]
        def text(v):
            # A record value as CSV text: NULL and "" are both empty fields.
            if v is None: return ""
            if isinstance(v, bool): return "true" if v else "false"
            return str(v)
        def same(v, cell):
            if isinstance(v, (dict, list)): return json.loads(cell, parse_float=str, parse_int=str) == v
            return text(v) == cell
        checked = 0
        for e in sys.argv[2:]:
            clean = list(csv.reader(open(os.path.join(d, "clean_" + e + ".csv"), newline="", encoding="utf-8")))
            messy = list(csv.reader(open(os.path.join(d, "messy_" + e + ".csv"), newline="", encoding="utf-8")))
            assert clean[0] == messy[0], e
            header, clean, messy = clean[0], clean[1:], messy[1:]
            recs = {}
            # Numbers stay as written: parse them as text.
            for line in open(os.path.join(d, "defects_" + e + ".jsonl"), encoding="utf-8"):
                r = json.loads(line, parse_float=str, parse_int=str)
                recs.setdefault(int(r["row"]), []).append(r)
            clean_of, c = [], 0
            for w, row in enumerate(messy):
                rs = recs.get(w, [])
                dup = [r for r in rs if r["field"] is None]
                if dup:
                    copy = int(dup[0]["copy_of"])
                    clean_of.append(clean_of[copy])
                    if dup[0]["kind"] == "exact_duplicate":
                        assert row == messy[copy], (e, w)
                        continue
                    base = clean[clean_of[copy]]
                else:
                    clean_of.append(c); base = clean[c]; c += 1
                fields = {r["field"]: r for r in rs if r["field"] is not None}
                for i, name in enumerate(header):
                    if name in fields:
                        r = fields[name]
                        assert same(r["clean"], base[i]), (e, w, name, r["clean"], base[i])
                        assert same(r["dirty"], row[i]), (e, w, name, r["dirty"], row[i])
                        assert base[i] != row[i] or r["dirty"] is None or r["clean"] is None or r["dirty"] == "", (e, w, name)
                    else:
                        assert base[i] == row[i], (e, w, name, base[i], row[i])
                    checked += 1
            assert c == len(clean), e
        print(checked)
        """#
        let (status, out, err) = try RealityTestSupport.python(script, files: files, arguments: plan.entities.map(\.name))
        #expect(status == 0, "\(err)")
        #expect((Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 10_000, "\(out)")
    }

    @Test func inlineRowsAndDefectsEqualTheWrittenOnes() throws {
        let reality = try Reality(level: 8, plan: plan)
        let written = try RealityTestSupport.run(plan, level: 8, format: .jsonl)
        let inline = try reality.rows(of: "customers")
        let lines = try RealityTestSupport.lines(written.outputs["customers.jsonl"] ?? [])
        #expect(inline.rows == lines.map(JSON.object))
        let records = try RealityTestSupport.lines(written.records["customers"] ?? [])
        #expect(inline.defects == records.map(JSON.object))
        #expect(inline.rows.count > 1200)
        // A part of the rows numbers its records from the part's first written row.
        let part = try reality.rows(of: "customers", in: 600..<1200)
        let first = reality.writtenRowIndex(entity: "customers", cleanRow: 600)
        #expect(part.rows == Array(lines[first...]).map(JSON.object))
        #expect(part.defects == records.filter { ($0["row"]?.intValue ?? 0) >= first }.map(JSON.object))
        #expect(throws: GenerationError.self) { try reality.rows(of: "nobody") }
    }
}
