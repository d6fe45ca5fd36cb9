import DoppelText

extension RowContext {
    /// Writes a kind's value in the field's storage type and records its numeric view.
    func render(_ col: Int, _ type: FieldType, _ precision: Int, _ value: KindValue, _ start: Int, _ out: inout CellBytes) -> CellTag {
        switch value {
        case .null:
            setNull(col)
            return .null
        case .text:
            if type == .json { Self.quoteAsJSONString(from: start, &out); return .json }
            return .string
        case .json:
            return type == .json ? .json : .string
        case let .int(i):
            setScalar(col, Double(i))
            switch type {
            case .integer: ByteFormat.appendInt(i, to: &out); return .number
            case .decimal, .float:
                ByteFormat.appendFixed(scaled: i &* Int64(ByteFormat.pow10(precision)), precision: precision, to: &out)
                return .number
            case .boolean: out.append(contentsOf: i != 0 ? Self.trueBytes : Self.falseBytes); return .bool
            case .json: ByteFormat.appendInt(i, to: &out); return .json
            default: ByteFormat.appendInt(i, to: &out); return .string
            }
        case let .real(d):
            switch type {
            case .integer:
                // Clamped: a product of two large inputs can pass the 64-bit range (or be NaN).
                let v = ByteFormat.scaled(d, precision: 0)
                setScalar(col, Double(v))
                ByteFormat.appendInt(v, to: &out)
                return .number
            default:
                let scaled = ByteFormat.scaled(d, precision: precision)
                // The numeric view is the value as written, so derived totals match the printed figures.
                setScalar(col, Double(scaled) / Double(ByteFormat.pow10(precision)))
                ByteFormat.appendFixed(scaled: scaled, precision: precision, to: &out)
                return type == .decimal || type == .float ? .number : type == .json ? .json : .string
            }
        case let .bool(b):
            setScalar(col, b ? 1 : 0)
            switch type {
            case .integer: out.append(b ? 49 : 48); return .number
            case .boolean: out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes); return .bool
            case .json: out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes); return .json
            default: out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes); return .string
            }
        case let .seconds(s):
            setScalar(col, Double(s))
            switch type {
            case .date: CivilTime.appendDate(days: CivilTime.floorDiv(s, 86_400), to: &out); return .date
            case .time: CivilTime.appendTime(secondOfDay: s, to: &out); return .time
            case .integer: ByteFormat.appendInt(s, to: &out); return .number
            case .json: out.append(34); CivilTime.appendDateTime(seconds: s, to: &out); out.append(34); return .json
            case .datetime: CivilTime.appendDateTime(seconds: s, to: &out); return .datetime
            default: CivilTime.appendDateTime(seconds: s, to: &out); return .string
            }
        case let .days(d):
            setScalar(col, Double(d * 86_400))
            switch type {
            case .datetime: CivilTime.appendDateTime(seconds: d * 86_400, to: &out); return .datetime
            case .integer: ByteFormat.appendInt(d, to: &out); return .number
            case .json: out.append(34); CivilTime.appendDate(days: d, to: &out); out.append(34); return .json
            case .date: CivilTime.appendDate(days: d, to: &out); return .date
            default: CivilTime.appendDate(days: d, to: &out); return .string
            }
        case let .timeOfDay(t):
            setScalar(col, Double(t))
            CivilTime.appendTime(secondOfDay: t, to: &out)
            return type == .time ? .time : .string
        case let .uuid(hi, lo):
            ByteFormat.appendUUID(hi, lo, to: &out)
            return type == .uuid ? .uuid : .string
        }
    }

    static let trueBytes: [UInt8] = Array("true".utf8)
    static let falseBytes: [UInt8] = Array("false".utf8)

    /// Rewrites the bytes from `start` as a quoted JSON string.
    static func quoteAsJSONString(from start: Int, _ out: inout CellBytes) {
        let text = String(decoding: out[start...], as: UTF8.self)
        out.removeSubrange(start...)
        var quoted: [UInt8] = []
        DoppelJSON.JSONWriter.writeString(text, into: &quoted)
        out.append(contentsOf: quoted)
    }
}

import DoppelJSON
