import DoppelText

/// Dialect details: identifier quoting, column types, literals.
enum SQLSyntax {
    static func quoteIdentifier(_ name: String, _ d: SQLDialect, into out: inout [UInt8]) {
        let q: UInt8 = d == .mysql ? 96 : 34
        out.append(q)
        for b in name.utf8 {
            if b == q { out.append(q) }
            out.append(b)
        }
        out.append(q)
    }

    static func columnType(_ f: FieldPlan, _ d: SQLDialect) -> String {
        let p = f.precision
        switch (f.type, d) {
        case (.integer, .sqlite): return "INTEGER"
        case (.integer, _): return "BIGINT"
        case (.decimal, .sqlite): return "NUMERIC"
        case (.decimal, .postgres): return "NUMERIC(\(max(18, p + 12)), \(p))"
        case (.decimal, .mysql): return "DECIMAL(\(max(18, p + 12)), \(p))"
        case (.float, .sqlite): return "REAL"
        case (.float, .postgres): return "DOUBLE PRECISION"
        case (.float, .mysql): return "DOUBLE"
        case (.string, .mysql): return "VARCHAR(255)"
        case (.string, _), (.text, _): return "TEXT"
        case (.boolean, .sqlite): return "INTEGER"
        case (.boolean, _): return "BOOLEAN"
        case (.date, _): return "DATE"
        case (.datetime, .postgres): return "TIMESTAMP"
        case (.datetime, _): return "DATETIME"
        case (.time, _): return "TIME"
        case (.uuid, .postgres): return "UUID"
        case (.uuid, .mysql): return "CHAR(36)"
        case (.uuid, .sqlite): return "TEXT"
        case (.json, .postgres): return "JSONB"
        case (.json, .mysql): return "JSON"
        case (.json, .sqlite): return "TEXT"
        }
    }

    /// Appends a string literal: quotes doubled; MySQL also escapes backslashes.
    @inline(__always) static func appendLiteral(_ b: UnsafeBufferPointer<UInt8>, _ d: SQLDialect, into out: inout [UInt8]) {
        out.append(39)
        var runStart = 0
        var i = 0
        let mysql = d == .mysql
        while i < b.count {
            let c = b[i]
            if c == 39 || (mysql && (c == 92 || c == 0)) {
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
                if c == 39 { out.append(39); out.append(39) } else if c == 92 { out.append(92); out.append(92) } else {
                    out.append(92); out.append(48)
                }
                runStart = i + 1
            }
            i += 1
        }
        if runStart < b.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<b.count])) }
        out.append(39)
    }
}
