import DoppelText

/// A line a system writes about itself — a log line, an alert — at the row's level:
/// `INFO` says what happened, `WARN` what is close to a limit, `ERROR` what failed.
/// Hosts, paths, figures and ids are drawn, so lines of one kind differ.
enum SystemLineWriter {
    enum Severity: CaseIterable { case debug, info, warning, error }

    /// The severity a level or severity value names; nil for a value that names none.
    static func severity(_ level: String) -> Severity? {
        let words = Set(level.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
        if any(["error", "err", "critical", "crit", "fatal", "high", "severe", "emergency", "alert", "major", "p1", "sev"]) { return .error }
        if any(["warn", "warning", "medium", "moderate", "minor"]) { return .warning }
        if any(["debug", "trace", "verbose"]) { return .debug }
        if any(["info", "information", "notice", "low", "informational"]) { return .info }
        return nil
    }

    static let lines: [Severity: [String]] = [
        .debug: ["Cache hit for key {key}", "Query on {table} took {ms} ms", "Loaded {n} settings from config",
                 "Opened connection to {host}", "Request {id} routed to {host}"],
        .info: ["User {uid} signed in", "GET {path} 200 in {ms} ms", "Job {job} finished in {s} s", "Deployed version {ver}",
                "Scheduled backup completed ({n} MB)", "Worker {host} started", "Processed {n} messages from the queue",
                "Order {oid} created"],
        .warning: ["Disk usage at {pct}% on {host}", "Slow response from {host}: {ms} ms", "Retry {k} of 5 for {path}",
                   "Memory usage at {pct}% on {host}", "Certificate expires in {d} days", "Queue depth above {n} on {host}",
                   "Deprecated endpoint {path} called by client {uid}"],
        .error: ["Connection to {host} timed out after {s} s", "POST {path} failed with status 500",
                 "Payment for order {oid} was declined by the provider", "Out of memory on {host}",
                 "Failed to write to {host}: disk full", "Unhandled exception in job {job}",
                 "Database connection refused on {host}", "Health check failed for {host}"],
    ]

    /// What a device says about itself or the place it watches, by severity.
    static let deviceLines: [Severity: [String]] = [
        .debug: ["Heartbeat received from {device}", "{device} reported {n} readings"],
        .info: ["{device} is back online", "Firmware on {device} updated to {ver}", "Battery replaced on {device}", "{device} calibrated"],
        .warning: ["Battery low ({low}%) on {device}", "Temperature above {temp} °C in the {room}", "Humidity at {pct}% in the {room}",
                   "Weak signal from {device}", "Vibration above threshold on {device}", "Filter due for replacement on {device}"],
        .error: ["{device} has been offline for {min} minutes", "Sensor failure on {device}", "Water leak detected in the {room}",
                 "Smoke detected in the {room}", "Door left open in the {room}", "Temperature out of range on {device}"],
    ]
    static let devices = ["the thermostat", "the motion sensor", "the door sensor", "the smoke detector", "the water sensor", "the camera",
                          "the smart plug", "the hub", "pump 2", "the compressor", "the conveyor motor", "the meter"]
    /// Last words of a type that names a device itself (`smoke_detector`), not what a sensor senses (`humidity`).
    static let deviceNouns: Set<String> = ["sensor", "detector", "meter", "thermostat", "camera", "plug", "hub", "lock", "monitor", "gauge",
                                           "gateway", "switch", "valve", "pump", "controller", "tracker", "beacon", "alarm", "probe",
                                           "accelerometer", "gyroscope", "thermometer", "hygrometer", "barometer", "anemometer"]

    /// The device a sensor's type names: "the humidity sensor", "the smoke detector".
    static func device(ofType type: String) -> String? {
        let words = SensorUnits.words(ofType: type)
        guard let last = words.last else { return nil }
        return "the " + words.joined(separator: " ") + (deviceNouns.contains(last) ? "" : " sensor")
    }
    static let rooms = ["kitchen", "living room", "bedroom", "basement", "garage", "hallway", "server room", "warehouse", "office"]

    /// Lines an alert type names (`low_battery`, `device_offline`, `threshold_exceeded`), by a word of the type.
    static let typedDeviceLines: [(words: Set<String>, lines: [String])] = [
        (["battery", "power"], ["Battery low ({low}%) on {device}", "Battery critically low on {device}"]),
        (["offline", "disconnected", "connectivity", "connection", "unreachable", "signal"], ["{device} has been offline for {min} minutes", "{device} went offline; no data for {min} minutes"]),
        (["fault", "failure", "malfunction", "error", "sensor"], ["Sensor failure on {device}", "{device} reported a hardware fault"]),
        (["threshold", "temperature", "thermostat", "exceeded", "limit"], ["Temperature above {temp} °C in the {room}"]),
        (["humidity", "moisture"], ["Humidity at {pct}% in the {room}"]),
        (["co2", "air", "quality", "gas"], ["CO2 above 1,200 ppm in the {room}", "Poor air quality in the {room}"]),
        (["vibration", "accelerometer", "gyroscope"], ["Vibration above normal on {device}", "Unusual movement on {device}"]),
        (["pressure"], ["Pressure out of range on {device}"]),
        (["current", "voltage"], ["Current spike on {device}", "Voltage dropped on {device}"]),
        (["light", "lux"], ["Light level low in the {room}"]),
        (["sound", "noise"], ["Noise above normal in the {room}"]),
        (["level", "tank"], ["Tank level low on {device}"]),
        (["proximity", "gps", "location"], ["{device} moved outside its zone"]),
        (["leak", "water", "flood"], ["Water leak detected in the {room}"]),
        (["smoke", "fire", "co"], ["Smoke detected in the {room}"]),
        (["door", "contact", "window"], ["Door left open in the {room}", "Door opened out of hours in the {room}"]),
        (["motion", "occupancy", "presence", "pir"], ["Motion detected in the {room}", "Movement in the {room} out of hours"]),
        (["intrusion", "security", "tamper"], ["Door left open in the {room}", "Motion detected in the {room}"]),
        (["maintenance", "filter", "service"], ["Filter due for replacement on {device}", "{device} due for service"]),
    ]

    /// What any device says about itself, by severity: the lines of a device whose alert names no type of its own.
    static let selfLines: [Severity: [String]] = [
        .debug: ["Heartbeat received from {device}", "{device} reported {n} readings"],
        .info: ["{device} is back online", "Firmware on {device} updated to {ver}", "{device} restarted after an update"],
        .warning: ["Battery low ({low}%) on {device}", "Weak signal from {device}"],
        .error: ["{device} has been offline for {min} minutes", "{device} reported a hardware fault"],
    ]

    /// An alert's line. `type` is the alert's own type column (`low_battery`); `device` the type of the sensor or
    /// device it references, or the device's model when the catalogue knows it (a Honeywell T9 is a thermostat);
    /// `room` where that device is. An alert with no type of its own says what its device watches or what befell the
    /// device itself: a thermostat's alert is about the temperature or the thermostat, never a water leak.
    static func deviceLine(level: String?, type: String? = nil, device: String? = nil, room: String? = nil, _ r: inout CellRandom) -> String {
        let deviceType = device.map { DeviceCatalogue.type(ofModel: $0) ?? $0 }
        let named = deviceType.flatMap(Self.device(ofType:))
        let drawn: [Severity] = [.info, .warning, .warning, .error, .info]
        let severity = level.flatMap(severity) ?? drawn[r.below(drawn.count)]
        func typed(_ t: String?, dropping generic: Set<String> = []) -> [String]? {
            let words = Set(SensorUnits.words(ofType: t ?? "")).subtracting(generic)
            return typedDeviceLines.first { !$0.words.isDisjoint(with: words) }?.lines
        }
        let pool: [String]
        if let own = typed(type) {
            pool = own
        } else if named != nil {
            // (a motion sensor watches motion: its type's "sensor" does not make every alert a sensor failure)
            let watched = severity == .info || severity == .debug ? nil : typed(deviceType, dropping: ["sensor", "detector"])
            pool = (watched ?? []) + (selfLines[severity] ?? [])
        } else {
            pool = deviceLines[severity] ?? []
        }
        let place = room.map { $0.lowercased() }.flatMap { rooms.contains($0) || $0.split(separator: " ").count <= 3 ? $0 : nil }
        let text = SlotFill.fill(r.pick(pool)) { slot in
            switch slot {
            case "device": return named ?? r.pick(devices)
            case "room": return place ?? r.pick(rooms)
            case "temp": return String(28 + r.below(15))
            case "low": return String(3 + r.below(15))
            case "min": return String(10 + r.below(230))
            default: return value(slot, &r)
            }
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    static func line(level: String?, _ r: inout CellRandom) -> String {
        // Without a level, most lines are routine.
        let drawn: [Severity] = [.info, .info, .info, .warning, .error, .debug]
        let severity = level.flatMap(severity) ?? drawn[r.below(drawn.count)]
        let template = r.pick(lines[severity] ?? [])
        return SlotFill.fill(template) { slot in value(slot, &r) }
    }

    static let hosts = ["db-1", "db-2", "api-1", "api-3", "cache-1", "worker-4", "worker-7", "web-2", "queue-1", "search-2"]
    static let paths = ["/api/orders", "/api/login", "/v1/payments", "/api/users", "/checkout", "/api/search", "/v2/invoices"]
    static let jobs = ["nightly-report", "sync-inventory", "send-reminders", "rebuild-index", "export-invoices", "cleanup-sessions"]
    static let tables = ["orders", "users", "sessions", "payments", "events"]

    /// A slot's drawn value: hosts, paths and jobs from short lists, figures in ranges that fit them.
    static func value(_ slot: Substring, _ r: inout CellRandom) -> String? {
        switch slot {
        case "host": return r.pick(hosts)
        case "path": return r.pick(paths)
        case "job": return r.pick(jobs)
        case "table": return r.pick(tables)
        case "key": return "session:" + String(10_000 + r.below(90_000))
        case "ms": return String(40 + r.below(4_960))
        case "s": return String(5 + r.below(56))
        case "n": return String(10 + r.below(9_990))
        case "pct": return String(80 + r.below(19))
        case "k": return String(2 + r.below(4))
        case "d": return String(3 + r.below(12))
        case "uid", "oid", "id": return String(1_000 + r.below(99_000))
        case "ver": return "\(1 + r.below(4)).\(r.below(20)).\(r.below(10))"
        default: return nil
        }
    }
}
