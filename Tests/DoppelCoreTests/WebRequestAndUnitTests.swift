import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelTestSupport
import DoppelJSON

/// Strangers' columns that had no rule and came out as "Method F", "Max Elevation Deg C", "Memory Mib F" and
/// "Date Made C": a web request's method, status and path; units of data, angle, voltage, pressure, sound and
/// rotation; a date or time named by a participle after it. Drawn tables, columns and seeds.
@Suite struct WebRequestAndUnitTests {
    static func context(_ entity: String) -> ColumnContext { ColumnContext(entity: entity, nature: .event, domain: nil) }

    @Test(arguments: [UInt64(0x51), 0x52, 0x53])
    func aWebRequestHasAnHTTPMethodStatusAndPath(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<8 {
            let table = rng.pick(["access_log", "nginx_access_log", "api_request", "http_request", "api_request_log", "web_hit",
                                  "proxy_log", "gateway_log", "apache_log_line", "cdn_log_entry"])
            let method = try #require(ColumnLexicon.spec(rng.pick(["method", "http_method", "request_method"]), Self.context(table)))
            #expect(method.values?.compactMap(\.stringValue).contains("GET") == true && method.values?.contains("POST") == true, "\(table)")
            let status = try #require(ColumnLexicon.spec(rng.pick(["status", "status_code", "http_status", "response_code"]), Self.context(table)))
            #expect(status.type == .integer && status.values?.contains(.int(404)) == true, "\(table): \(status)")
            let host = try #require(ColumnLexicon.spec(rng.pick(["host", "hostname", "server_name"]), Self.context(table)))
            #expect(host.kind == "internet.domain", "\(table): \(host)")
            let bytes = try #require(ColumnLexicon.spec(rng.pick(["bytes_sent", "response_size", "body_bytes_sent", "bytes"]), Self.context(table)))
            #expect(bytes.type == .integer && (bytes.min ?? 0) >= 100, "\(table): \(bytes)")
            let path = try #require(ColumnLexicon.spec(rng.pick(["path", "request_path", "uri", "endpoint"]), Self.context(table)))
            #expect(path.values?.allSatisfy { $0.stringValue?.hasPrefix("/") == true } == true, "\(table): \(path)")
        }
    }

    /// Elsewhere a status is a record's and a method is how one pays: access requests are asked for and granted.
    @Test func notEveryRequestOrKeyIsAWebRequest() {
        for table in ["access_request", "payment_request", "api_key", "server", "order", "leave_request", "maintenance_log"] {
            let status = ColumnLexicon.spec("status", Self.context(table))
            #expect(status?.values?.contains(.int(200)) != true, "\(table): \(String(describing: status))")
        }
    }

    @Test(arguments: [UInt64(0x54), 0x55, 0x56])
    func aUnitSuffixIsANumberInItsRange(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let units: [(String, ClosedRange<Double>)] = [("mib", 1...2048), ("gib", 1...1024), ("deg", 0...90), ("degrees", 0...90),
                                                      ("psi", 10...120), ("rpm", 500...6000), ("dba", 30...110), ("mps", 0.5...30)]
        for _ in 0..<8 {
            let (unit, range) = rng.pick(units)
            let stem = rng.pick(["memory", "max_elevation", "tire_pressure", "motor", "noise_level", "wind_speed", "peak", "avg"])
            let name = stem + "_" + unit
            let spec = try #require(MeasureLexicon.spec(name.split(separator: "_").map(String.init)), "\(name)")
            #expect([.integer, .decimal].contains(spec.type) && spec.min == range.lowerBound && spec.max == range.upperBound, "\(name): \(spec)")
        }
        // A single letter is a unit only after something measured: `voltage_v` is volts, `plan_v` nothing.
        #expect(MeasureLexicon.spec(["voltage", "v"])?.max == 240)
        #expect(MeasureLexicon.spec(["plan", "v"]) == nil)
        // (`source_db` is a database, not decibels)
        #expect(MeasureLexicon.spec(["source", "db"]) == nil)
    }

    @Test func aDateOrTimeBeforeAParticipleIsWhenItWasDone() throws {
        for (name, type) in [("date_made", FieldType.date), ("date_sold", .date), ("date_opened", .date), ("time_arrived", .datetime),
                             ("time_completed", .datetime)] {
            let spec = try #require(ColumnLexicon.spec(name, Self.context("record")), "\(name)")
            #expect(spec.type == type, "\(name): \(spec)")
        }
    }

    /// `cause_of_loss` was money and `method_of_payment` a decimal: a column said as `<word> of <thing>` means
    /// `<thing>_<word>`, and a cause, a type, a method or a place is never a number. Drawn heads, things and tables.
    @Test(arguments: [UInt64(0x57), 0x58, 0x59])
    func aColumnOfSomethingIsReadTheOtherWayRound(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<10 {
            let table = rng.pick(["claim", "record", "visit", "order", "booking", "incident", "trip"])
            let thing = rng.pick(["loss", "payment", "service", "death", "transport", "damage", "delivery", "birth", "arrival", "residence"])
            let head = rng.pick(["cause", "method", "type", "mode", "date", "time", "place", "city", "kind", "reason"])
            let name = "\(head)_of_\(thing)"
            let spec = ColumnLexicon.spec(name, ColumnContext(entity: table, nature: .event, domain: nil))
            switch head {
            case "date": #expect(spec?.type == .date, "\(name): \(String(describing: spec))")
            case "time": #expect(spec?.type == .datetime || spec?.type == .time, "\(name): \(String(describing: spec))")
            case "place", "city": #expect(spec?.kind == "address.city", "\(name): \(String(describing: spec))")
            default:
                #expect(spec.map { ![.integer, .decimal, .float].contains($0.type) } ?? true, "\(name): \(String(describing: spec))")
            }
        }
        let payment = ColumnLexicon.spec("method_of_payment", Self.context("order"))
        #expect(payment == ColumnLexicon.spec("payment_method", Self.context("order")) && payment?.type == .string, "\(String(describing: payment))")
    }

    /// `address_of_incident` was a reference to incidents: something of a table is the row's own value.
    @Test func somethingOfATableIsNoReferenceToIt() throws {
        let schema = Planner().plan("police: officers, incidents (address of incident, category of crime, reported_at) and arrests").schema
        let incidents = try #require(schema.entities.first { $0.name == "incidents" }, "\(schema.entities.map(\.name))")
        let field = try #require(incidents.field(named: "address_of_incident"), "\(incidents.fields.map(\.name))")
        #expect(field.references == nil, "\(field)")
    }
}
