import DoppelJSON
import DoppelProtocol
import DoppelText

/// A request the generator cannot serve (the server maps it to invalid params).
public struct GenerationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }

    public var requestError: RequestError { .invalidParams(message, kind: "INVALID_PARAMS") }
}

extension DatasetGenerator {
    /// Rows `range` of `entity` as JSON objects (members in column order), for
    /// inline `content` of small results and for `$/chunk` streaming. The values
    /// equal those the JSON writer prints.
    ///
    /// - Throws: `GenerationError` for an unknown entity or a range outside its rows.
    public func rows(of entity: String, in range: Range<Int>, transform: (any RowBlockTransform)? = nil) throws -> [JSON] {
        guard let e = plan.entity(named: entity) else {
            throw GenerationError(message: "entity: no entity named \"\(entity)\" (entities: \(plan.entities.map(\.name).joined(separator: ", ")))")
        }
        guard range.lowerBound >= 0, range.upperBound <= e.rows else {
            throw GenerationError(message: "rows \(range.lowerBound)..<\(range.upperBound) are outside \(entity)'s 0..<\(e.rows)")
        }
        guard let block = block(of: entity, rows: range, transform: transform) else { return [] }
        return Self.objects(block, entity: e)
    }

    /// The rows of a block as JSON objects.
    public static func objects(_ block: RowBlock, entity: EntityPlan) -> [JSON] {
        let names = entity.columnNames
        return (0..<block.rowCount).map { r in
            var o = JSONObject()
            for c in 0..<block.columns { o.appendUnique(names[c], cellJSON(block, row: r, column: c)) }
            return .object(o)
        }
    }

    /// One cell as a JSON value: numbers as numbers, booleans, embedded JSON, text as strings.
    public static func cellJSON(_ block: RowBlock, row: Int, column: Int) -> JSON {
        let tag = block.tag(row: row, column: column)
        return block.withCell(row: row, column: column) { bytes -> JSON in
            switch tag {
            case .null: return .null
            case .bool: return .bool(bytes.first == UInt8(ascii: "t"))
            case .number:
                if !bytes.contains(UInt8(ascii: ".")), !bytes.contains(UInt8(ascii: "e")), let v = Int64(String(decoding: bytes, as: UTF8.self)) {
                    return .int(v)
                }
                return Double(String(decoding: bytes, as: UTF8.self)).map(JSON.double) ?? .string(String(decoding: bytes, as: UTF8.self))
            case .json: return (try? JSONParser.parse(buffer: bytes)) ?? .string(String(decoding: bytes, as: UTF8.self))
            default: return .string(String(decoding: bytes, as: UTF8.self))
            }
        }
    }
}
