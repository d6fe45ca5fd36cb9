import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A repair shop's jobs (a stranger's bike-shop prompt, issue 13): the bike's model is a bicycle's,
/// what is wrong is the trade's own fault, a job received is not yet closed, and a review of a job
/// speaks of its workmanship and turnaround, not of its packaging.
@Suite struct RepairJobTests {
    /// `bike_model`, `car_year`, `room_number`, `house_price`: an attribute named with its owner is
    /// the owner's, in any table (drawn owners and tables).
    @Test func anAttributeNamedWithItsOwnerIsTheOwners() {
        var g = PlannerFuzzTests.SplitMix(state: 31)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let tables = ["repair_job", "rental", "listing", "service_record", "booking", "trip", "inspection", "record"]
        let context = { (table: String) in ColumnContext(entity: table, nature: .thing, domain: nil) }
        for _ in 0..<12 {
            let table = pick(tables)
            let bike = ColumnLexicon.spec(pick(["bike", "bicycle", "ebike"]) + "_model", context(table))
            #expect(bike?.kind == "enum" && bike?.values?.compactMap(\.stringValue).contains("Trek FX 3") == true, "\(table)")
            #expect(ColumnLexicon.spec(pick(["car", "truck", "van", "vehicle"]) + "_model", context(table))?.kind == "vehicle.model", "\(table)")
            #expect(ColumnLexicon.spec(pick(["car", "vehicle", "truck"]) + "_year", context(table))?.kind == "vehicle.year", "\(table)")
            #expect((ColumnLexicon.spec(pick(["room", "unit", "apartment"]) + "_number", context(table))?.min ?? 0) >= 100, "\(table)")
            #expect((ColumnLexicon.spec(pick(["house", "home", "property"]) + "_price", context(table))?.min ?? 0) >= 10_000, "\(table)")
        }
        #expect(ColumnLexicon.spec("tooth_number", context("appointment"))?.max == 32)
        // a licence's number is still a licence's (`LIC-…`, `DL…`), not any owner's code
        #expect(ColumnLexicon.spec("license_number", ColumnContext(entity: "driver", nature: .person, domain: nil))?.pattern?.hasPrefix("DL") == true)
        // a bicycle's own model is a bike maker's too, never a car's
        #expect(ColumnLexicon.spec("model", context("bike"))?.values?.compactMap(\.stringValue).contains("Brompton C Line") == true)
        #expect(ColumnLexicon.spec("model", context("car"))?.kind == "vehicle.model")
    }

    /// Statuses are listed in the order records pass through them: a first status that would
    /// end a record ("received") while later ones are open is where records start.
    @Test func aFirstStatusIsWhereRecordsStart() {
        let repair = LifecycleStage.stages(ofList: ["received", "in_progress", "waiting_for_parts", "completed", "collected"])
        #expect(repair["received"] == .open && repair["completed"] == .delivered && repair["collected"] == .delivered)
        let purchase = LifecycleStage.stages(ofList: ["ordered", "shipped", "received"])
        #expect(purchase["received"] == .delivered)
        let goods = LifecycleStage.stages(ofList: ["pending", "received", "cancelled"])
        #expect(goods["received"] == .delivered)
    }

    /// Every row: a job's `closed_at` exists exactly when it is completed or collected, over
    /// drawn lists of open statuses between `received` and the end.
    @Test(arguments: 1...6) func aJobIsClosedOnlyOnceDone(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed)
        let middle = ["in_progress", "diagnosing", "waiting_for_parts", "awaiting_approval", "in_repair", "quoted"]
        var statuses = ["received"]
        for m in middle where g.next() % 2 == 0 { statuses.append(m) }
        if statuses.count == 1 { statuses.append("in_progress") }
        statuses += g.next() % 2 == 0 ? ["completed", "collected"] : ["completed"]
        let values = statuses.map { "\"\($0)\"" }.joined(separator: ", ")
        let plan = try TestSupport.plan("""
        {"name": "shop", "seed": \(seed), "entities": [{"name": "repair_jobs", "rows": 2000, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "status", "type": "string", "kind": "enum", "values": [\(values)]},
          {"name": "opened_at", "type": "datetime", "kind": "datetime.past"},
          {"name": "closed_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """)
        let done: Set<String> = ["completed", "collected"]
        var seen = Set<String>()
        for row in TestSupport.table(plan, "repair_jobs") {
            let status = row[1] ?? "", closed = row[3] ?? nil
            seen.insert(status)
            #expect((closed != nil) == done.contains(status), "\(statuses): \(status) closed \(closed ?? "null")")
            if let opened = row[2] ?? nil, let closed { #expect(opened <= closed) }
        }
        #expect(seen.contains("received"))
    }

    /// A review of a job speaks of the work, never of packaging or delivery.
    @Test func aJobIsJudgedOnItsWork() {
        for noun in ["repair job", "repair", "service job", "installation", "alteration", "bike servicing"] {
            let c = SubjectClass(noun: noun)
            let aspects = c.aspects.map(\.text)
            #expect(!aspects.contains("the packaging") && aspects.contains("the workmanship"), "\(noun): \(aspects)")
        }
        #expect(SubjectClass(noun: "repair shop") == .place)
        // a job opening, a song and a plumbing fitting are not work done
        for noun in ["job", "job posting", "tune", "fitting"] { #expect(SubjectClass(noun: noun) != .repair, "\(noun)") }
    }

    /// A piece of work costs what that work costs: drawn lists of work (dental procedures, bike
    /// and car faults, salon services) and drawn names of the cost column; a tip stays its own.
    @Test(arguments: 1...8) func aJobCostsWhatItsWorkCosts(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &+ 100)
        func pick<T>(_ xs: [T]) -> T { xs[Int(g.next() % UInt64(xs.count))] }
        let trades = [["Routine Cleaning", "Root Canal", "Dental Implant", "Fluoride Treatment", "Filling"],
                      ["Flat tyre", "Annual service", "Worn chain", "Buckled wheel"],
                      ["Oil change due", "Timing belt replacement", "Puncture", "Worn brake pads"],
                      ["Haircut", "Color", "Manicure", "Massage"]]
        let work = pick(trades)
        let cost = pick(["cost", "price", "fee", "total_cost", "amount", "quote", "price_usd"])
        let plan = try TestSupport.plan("""
        {"name": "shop", "seed": \(seed), "entities": [{"name": "\(pick(["appointments", "repair_jobs", "bookings", "visits"]))", "rows": 1500, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(pick(["procedure", "issue", "service", "treatment"]))", "type": "string", "kind": "enum", "values": [\(work.map { "\"\($0)\"" }.joined(separator: ", "))]},
          {"name": "\(cost)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 300, "precision": 2},
          {"name": "tip", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 20, "precision": 2}]}]}
        """)
        let entity = try #require(plan.entities.first?.name)
        var tips: [Double] = []
        for row in TestSupport.table(plan, entity) {
            let value = try #require(row[1]), amount = try #require(Double(row[2] ?? ""))
            let range = try #require(ServicePrices.table[value.lowercased()])
            #expect(amount >= range.lowerBound - 0.01 && amount <= range.upperBound + 0.01, "\(value) \(cost) \(amount)")
            // A tip follows the bill it is left on (`applyTips`): 5–25 % of the job's cost.
            let tip = Double(row[3] ?? "") ?? -1
            if SchemaResolver.tippedAmounts.contains(cost) {
                #expect(tip >= amount * 0.05 - 0.01 && tip <= amount * 0.25 + 0.01, "tip \(tip) on \(amount)")
            } else {
                tips.append(tip)
            }
        }
        #expect(tips.allSatisfy { $0 >= 1 && $0 <= 20 })
    }
}
