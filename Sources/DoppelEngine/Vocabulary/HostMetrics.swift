import DoppelText

/// A computer's measured load: the CPU, memory, disk and network figures of a server's, a pod's or a container's
/// metrics. A name that says its measure (`cpu_usage`, `memory_used_mb`, `network_in_bytes`, `load_avg`) is one
/// anywhere; a bare resource (`cpu`, `memory`, `disk`) is one only in a table of measurements (`pod_metrics`,
/// `host_samples`), since a laptop's `cpu` is its processor and a phone's `memory` its size. The planner and the
/// resolver both ask here.
package enum HostMetrics {
    /// The spec of a load column in `entity` (a table name, singular or plural), or nil for any other column.
    package static func spec(column: String, entity: String) -> ColumnSpec? {
        let tokens = column.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = tokens.first else { return nil }
        let rest = Array(tokens.dropFirst())
        let measured = isMeasurementTable(entity)
        if tokens.count == 1 {
            return measured ? bare(first) : nil
        }
        // (a name the shared table knows keeps its meaning outside measurements: a laptop's `ram_gb` is its size)
        if !measured, ColumnNames.table[tokens.joined(separator: "_")] != nil { return nil }
        if loadWords.contains(column.lowercased()) { return ColumnSpec(loadAverage) }
        if first == "cpu" || first == "gpu" || first == "vcpu" {
            if rest.allSatisfy(percentWords.contains) { return ColumnSpec(busy) }
            if rest == ["millicores"] || rest == ["m"] || rest == ["usage", "millicores"] || rest == ["usage", "m"] {
                return ColumnSpec("integer number.integer 5..4000 lognormal")
            }
            if rest == ["seconds"] || rest == ["time"] || rest == ["usage", "seconds"] { return ColumnSpec("decimal number.decimal 0.01..120 p2 lognormal") }
            return nil
        }
        guard let resource = Resource(rawValue: first == "mem" || first == "ram" ? "memory" : first == "net" ? "network" : first) else {
            return nil
        }
        let words = rest.filter { !fillers.contains($0) }
        if !words.isEmpty, words.allSatisfy(percentWords.contains), resource != .network { return ColumnSpec(resource.percent) }
        let unit = words.last.flatMap { ByteUnit(rawValue: $0) }
        let direction = words.filter { directions.contains($0) }
        let named = words.filter { !directions.contains($0) && ByteUnit(rawValue: $0) == nil }
        // (what is left names the measure: `memory_used_mb` is an amount, `disk_temperature` is none of these)
        guard named.isEmpty || named == ["io"] || named == ["iops"] else { return nil }
        if named == ["iops"] || named == ["io"] && unit == nil { return ColumnSpec("integer number.integer 1..5000 lognormal") }
        if resource == .network || resource == .disk && !direction.isEmpty || named == ["io"] {
            // bytes moved in one interval: a trickle to a few hundred megabytes
            return ColumnSpec(moved(unit ?? .bytes))
        }
        guard !rest.isEmpty, unit != nil || rest.contains(where: fillers.contains) else { return nil }
        return ColumnSpec(resource.held(unit ?? .mb))
    }

    /// A table of measurements taken over time: its last word is one, or it is named for metrics.
    package static func isMeasurementTable(_ entity: String) -> Bool {
        let words = entity.lowercased().split { !$0.isLetter }.map { Inflector.singular(String($0)) }
        guard let head = words.last else { return false }
        return measurementHeads.contains(head) || words.contains("metric") || words.contains("monitoring")
    }

    static let measurementHeads: Set<String> = ["metric", "sample", "snapshot", "reading", "measurement", "stat", "telemetry",
                                                "heartbeat", "probe", "usage", "utilization", "utilisation", "observation"]

    /// A bare resource in a table of measurements.
    static func bare(_ word: String) -> ColumnSpec? {
        switch word {
        case "cpu", "gpu", "vcpu": return ColumnSpec(busy)
        case "memory", "mem", "ram", "swap", "heap": return ColumnSpec(Resource.memory.held(.mb))
        case "disk": return ColumnSpec(Resource.disk.percent)
        case "network", "net": return ColumnSpec(moved(.bytes))
        case "iops": return ColumnSpec("integer number.integer 1..5000 lognormal")
        default: return nil  // (a bare `load` is a meter's as often as a host's)
        }
    }

    /// A processor's busy share, in percent: mostly light, sometimes pegged.
    static let busy = "decimal number.decimal 1..99 p1 lognormal"
    /// A Unix load average.
    static let loadAverage = "decimal number.decimal 0.02..8 p2 lognormal"
    static let loadWords: Set<String> = ["load_avg", "load_average", "load_1m", "load_5m", "load_15m",
                                         "system_load", "cpu_load_avg", "load_avg_1m", "load_avg_5m", "load_avg_15m"]
    static let percentWords: Set<String> = ["usage", "util", "utilization", "utilisation", "percent", "pct", "used", "load", "busy",
                                            "usage_percent", "utilization_percent"]
    /// Words that only say the figure is a use of the resource (`memory_used_mb`, `disk_usage_gb`).
    static let fillers: Set<String> = ["used", "usage", "consumed", "allocated", "free", "available", "total", "rss", "working", "set"]
    static let directions: Set<String> = ["in", "out", "rx", "tx", "read", "write", "reads", "writes", "sent", "received", "ingress", "egress"]

    enum Resource: String {
        case memory, disk, swap, heap, storage, network

        /// How full it is, in percent.
        var percent: String {
            switch self {
            case .memory, .heap, .swap: return "decimal number.decimal 15..95 p1 normal"
            default: return "decimal number.decimal 5..95 p1 normal"
            }
        }

        /// How much of it is in use, in `unit`.
        func held(_ unit: ByteUnit) -> String {
            // a process's or a pod's memory: 64 MiB to 16 GiB, most near a few hundred MiB; a disk's: 1 GB to 2 TB
            let megabytes: ClosedRange<Double> = self == .disk || self == .storage ? 1_000...2_000_000 : 64...16_384
            return unit.spec(megabytes: megabytes)
        }
    }

    /// Bytes moved through a network link or to a disk in one interval, in `unit`.
    static func moved(_ unit: ByteUnit) -> String {
        if unit == .mbps || unit == .mbit { return "decimal number.decimal 0.1..900 p1 lognormal" }
        return unit.spec(megabytes: 0.001...500)
    }

    enum ByteUnit: String {
        case bytes, b, kb, kib, mb, mib, gb, gib, mbps, mbit

        /// A lognormal amount between `megabytes` given in this unit.
        func spec(megabytes: ClosedRange<Double>) -> String {
            let scale: Double
            switch self {
            case .bytes, .b: scale = 1_000_000
            case .kb, .kib: scale = 1_000
            case .mb, .mib, .mbps, .mbit: scale = 1
            case .gb, .gib: scale = 0.001
            }
            let low = megabytes.lowerBound * scale, high = megabytes.upperBound * scale
            if high >= 1000 { return "integer number.integer \(Int(max(1, low.rounded())))..\(Int(high.rounded())) lognormal" }
            let precision = low < 0.1 ? 3 : 2
            return "decimal number.decimal \(format(low, precision))..\(format(high, precision)) p\(precision) lognormal"
        }

        private func format(_ x: Double, _ precision: Int) -> String {
            let p = Double([1, 10, 100, 1000][precision])
            let v = (x * p).rounded() / p
            return v == v.rounded() ? String(Int(v)) : String(v)
        }
    }
}
