import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelText
import DoppelTestSupport
import DoppelJSON

/// Strangers' measurements: "greenhouse sensors with temperature and humidity readings every 5 minutes" planned one table
/// with a column `humidity_readings_every_minutes`; "servers with per-server cpu and memory metrics" two columns of the
/// servers; "pod metrics (cpu, memory)" a CPU model and a phone's memory size, and no time; `cpu_usage` was
/// "Cpu Usage B". Drawn owners, quantities, nouns, modifiers and names.
@Suite struct MeasuredQuantityTests {
    static let owners = ["sensors", "greenhouse sensors", "servers", "machines", "weather stations", "pods", "hosts"]
    static let quantities = [["temperature", "humidity"], ["cpu", "memory"], ["temperature", "rainfall", "wind speed"],
                             ["cpu", "memory", "disk"], ["pressure", "flow rate"], ["soil moisture", "temperature"]]
    static let nouns = ["readings", "measurements", "metrics", "observations"]

    /// `X with a and b <readings>`: a table of the readings with a, b and a moment, pointing at X.
    @Test(arguments: [UInt64(0x5A1), 0x5A2, 0x5A3, 0x5A4])
    func quantitiesBeforeAMeasurementsNounAreItsColumns(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let owner = rng.pick(Self.owners)
            let qs = rng.pick(Self.quantities)
            let noun = rng.pick(Self.nouns)
            let said = qs.count == 2 ? "\(qs[0]) and \(qs[1])" : qs.dropLast().joined(separator: ", ") + rng.pick([" and ", ", and "]) + qs[qs.count - 1]
            let modifier = rng.pick(["", "hourly ", "per-\(Inflector.singular(owner.split(separator: " ").last.map(String.init) ?? owner)) "])
            let prompt = "\(owner) with \(modifier)\(said) \(noun)" + rng.pick(["", " every 5 minutes", " every minute"])
            let schema = Planner().plan(prompt).schema
            let names = schema.entities.map(\.name)
            let table = try #require(schema.entities.first { $0.name.hasSuffix(noun) }, "\(prompt): \(names)")
            for q in qs {
                #expect(table.field(named: q.replacingOccurrences(of: " ", with: "_")) != nil, "\(prompt): \(table.fields.map(\.name))")
            }
            #expect(table.fields.contains { $0.type == .datetime || $0.type == .date }, "\(prompt): \(table.fields.map(\.name))")
            #expect(table.fields.contains { $0.references != nil }, "\(prompt): \(table.fields.map(\.name))")
            // (no table and no column is named for the words around the quantities)
            #expect(!names.contains { $0.contains("per_") || $0.contains("every") }, "\(prompt): \(names)")
            let ownerTable = try #require(schema.entities.first { !$0.name.hasSuffix(noun) }, "\(prompt): \(names)")
            #expect(!ownerTable.fields.contains { f in qs.contains { f.name.hasPrefix($0.replacingOccurrences(of: " ", with: "_")) } },
                    "\(prompt): \(ownerTable.fields.map(\.name))")
        }
    }

    /// `sensors measuring temperature and humidity`, `stations recording rainfall, wind speed and pressure in each zone`:
    /// a table of the device's readings, not a column of the devices and a table named for the last quantity.
    @Test(arguments: [UInt64(0x5AB), 0x5AC, 0x5AD])
    func whatADeviceMeasuresIsATableOfItsReadings(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let device = rng.pick(["sensors", "weather stations", "smart meters", "monitors", "greenhouse sensors"])
            let verb = rng.pick(Array(PromptReader.measuringVerbs.subtracting(["tracking", "reporting"])).sorted())
            let qs = Array(rng.pick(Self.quantities).prefix(rng.int(1...3)))
            let said = qs.count == 1 ? qs[0] : qs.dropLast().joined(separator: ", ") + " and " + qs[qs.count - 1]
            let prompt = "\(device) \(verb) \(said)" + rng.pick(["", " in each zone", " every hour", ", plus alerts"])
            let schema = Planner().plan(prompt).schema
            let names = schema.entities.map(\.name)
            let readings = try #require(schema.entities.first { $0.name == "readings" }, "\(prompt): \(names)")
            for q in qs { #expect(readings.field(named: q.replacingOccurrences(of: " ", with: "_")) != nil, "\(prompt): \(readings.fields.map(\.name))") }
            #expect(readings.fields.contains { $0.references != nil } && readings.fields.contains { $0.type == .datetime }, "\(prompt): \(readings.fields.map(\.name))")
            #expect(!names.contains { n in qs.contains { n.hasPrefix($0.replacingOccurrences(of: " ", with: "_")) } }, "\(prompt): \(names)")
        }
        // (people who track something keep it as their own table)
        let names = Planner().plan("users tracking workouts and meals").schema.entities.map(\.name)
        #expect(!names.contains("readings"), "\(names)")
    }

    /// A computer's load: `cpu_usage` is a percentage, `memory_used_mb` megabytes, `network_in_bytes` bytes, anywhere;
    /// a bare `cpu` or `memory` only in a table of measurements (a laptop's `cpu` stays a processor).
    @Test(arguments: [UInt64(0x5A5), 0x5A6, 0x5A7])
    func aHostsLoadIsANumberOfItsUnit(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let named: [(String, ClosedRange<Double>)] = [
            ("cpu_usage", 0...100), ("cpu_percent", 0...100), ("cpu_util", 0...100), ("memory_used_mb", 16...20_000),
            ("mem_usage_pct", 0...100), ("disk_usage_percent", 0...100), ("network_in_bytes", 1...1_000_000_000),
            ("net_out_mbps", 0...1000), ("load_avg", 0...16), ("disk_read_mb", 0...1000), ("memory_gb", 0.01...64),
        ]
        for _ in 0..<6 {
            let picked = Array(named.shuffled(using: &rng).prefix(3))
            let table = rng.pick(["server_metrics", "node_stats", "containers", "hosts", "vm_samples"])
            let prompt = "\(table) (host, " + picked.map(\.0).joined(separator: ", ") + ", recorded_at)"
            let e = try #require(Planner().plan(prompt).schema.entities.first, "\(prompt)")
            for (name, range) in picked {
                let f = try #require(e.field(named: name), "\(prompt): \(e.fields.map(\.name))")
                #expect([.integer, .decimal, .float].contains(f.type), "\(prompt): \(name) \(f.type)")
                // (a host's `memory_gb` is its installed size, 8–64, as the shared table says: a choice, no range)
                let bounds = f.values.map { v in (v.compactMap(\.doubleValue).min(), v.compactMap(\.doubleValue).max()) } ?? (f.min, f.max)
                #expect((bounds.0 ?? -1) >= range.lowerBound && (bounds.1 ?? .infinity) <= range.upperBound,
                        "\(prompt): \(name) \(String(describing: bounds))")
            }
        }
        let metrics = try #require(Planner().plan("pod metrics (cpu, memory, disk)").schema.entities.first)
        for name in ["cpu", "memory", "disk"] { #expect(metrics.field(named: name).map { [.integer, .decimal].contains($0.type) } == true, "\(name)") }
        #expect(metrics.fields.contains { $0.type == .datetime }, "\(metrics.fields.map(\.name))")
        let laptops = try #require(Planner().plan("laptops (model, cpu, memory, price)").schema.entities.first)
        #expect(laptops.field(named: "cpu")?.type == .string, "\(String(describing: laptops.field(named: "cpu")))")
        // (the resolver reads a schema's unknown columns the same way)
        #expect(KindInference.kind(for: Field(name: "cpu_usage", type: .decimal), entity: "hosts") == "number.decimal")
    }

    /// `[containers: container_no, owner] [vessels: imo, name, flag] [voyages]`: a table for each bracket.
    @Test(arguments: [UInt64(0x5A8), 0x5A9, 0x5AA])
    func labelledBracketsAreTables(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let tables: [(String, [String])] = [("containers", ["container_no", "owner", "tare_kg"]), ("vessels", ["imo", "name", "flag"]),
                                            ("voyages", []), ("ports", ["code", "name", "country"]), ("container_moves", ["move_type", "moved_at"])]
        for _ in 0..<5 {
            let picked = Array(tables.shuffled(using: &rng).prefix(rng.int(2...4)))
            guard picked.contains(where: { !$0.1.isEmpty }) else { continue }
            let brackets = picked.map { $0.1.isEmpty ? "[\($0.0)]" : "[\($0.0): " + $0.1.joined(separator: ", ") + "]" }
            let prompt = rng.pick(["shipping container tracking ", "", "port data — "]) + brackets.joined(separator: rng.pick([" ", ", "]))
            let schema = Planner().plan(prompt).schema
            let names = schema.entities.map(\.name)
            for (table, columns) in picked {
                let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(names)")
                for c in columns { #expect(e.field(named: c) != nil, "\(prompt): \(table) \(e.fields.map(\.name))") }
            }
            #expect(!names.contains { $0.contains("tracking") || $0.contains("data") }, "\(prompt): \(names)")
        }
    }

    /// `voltage around 230`: near that value, most in the middle; `read_at every 30 min` a time named `read_at`.
    @Test func aValueSaidNearAndAFrequencyInAColumnList() throws {
        let e = try #require(Planner().plan("readings (meter_id, read_at every 30 min, kwh between 0 and 3.5, voltage around 230)").schema.entities.first)
        #expect(e.field(named: "read_at")?.type == .datetime, "\(e.fields.map(\.name))")
        let v = try #require(e.field(named: "voltage"), "\(e.fields.map(\.name))")
        #expect(v.min == 207 && v.max == 253 && v.distribution == .normal, "\(v)")
    }

    /// The strangers' columns by their table: a work order's resolution is what was done, a call's disposition how it
    /// ended, a mortgage's term 10–30 years at a few percent and its LTV a percentage, a train's platform a number.
    @Test func columnsReadByTheirTable() throws {
        func field(_ prompt: String, _ table: String, _ column: String) throws -> Field {
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            return try #require(e.field(named: column), "\(prompt): \(e.fields.map(\.name))")
        }
        #expect(try field("work orders (opened_at, closed_at, fault_code, resolution)", "work_orders", "resolution").values == nil)
        let disposition = try field("call center: agents, inbound calls (queue_time, talk_time, disposition)", "inbound_calls", "disposition")
        #expect(disposition.values?.compactMap(\.stringValue).contains("Escalated") == true, "\(disposition)")
        let term = try field("mortgage applications (loan_amount, term_years, interest_rate, ltv)", "mortgage_applications", "term_years")
        #expect(term.values?.compactMap(\.intValue).allSatisfy { (10...30).contains($0) } == true, "\(term)")
        let rate = try field("mortgage applications (loan_amount, term_years, interest_rate, ltv)", "mortgage_applications", "interest_rate")
        #expect((rate.min ?? 0) >= 2 && (rate.max ?? 100) <= 9, "\(rate)")
        let ltv = try field("mortgage applications (loan_amount, term_years, interest_rate, ltv)", "mortgage_applications", "ltv")
        #expect((ltv.max ?? 1000) <= 100, "\(ltv)")
        let platform = try field("railway: stations, trains, scheduled_stops (train_id, station_id, arrival_time, departure_time, platform)",
                                 "scheduled_stops", "platform")
        #expect(platform.type == .integer, "\(platform)")
    }
}
