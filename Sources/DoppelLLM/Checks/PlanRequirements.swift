import DoppelJSON
import DoppelText
import DoppelEngine

/// What a model's schema must keep of the built-in planner's reading of the
/// prompt: every entity the prompt named, every column it listed for an
/// entity, and a key on every table.
///
/// The built-in draft is the floor, not the ceiling: the model may rename
/// kinds, add tables and columns, and restructure, but dropping something
/// the user asked for is a problem for the repair round.
public struct PlanRequirements: Sendable, Equatable {
    /// Entity names the prompt named or listed.
    public var entities: [String]
    /// Entity → the columns the prompt listed for it.
    public var columns: [String: [String]]

    public init(entities: [String] = [], columns: [String: [String]] = [:]) {
        self.entities = entities
        self.columns = columns
    }

    /// Problems with `schema` (Doppel's schema form); empty when it keeps everything.
    public func problems(_ schema: JSON) -> [String] {
        let entityList = schema["entities"]?.arrayValue ?? []
        var byName: [String: JSON] = [:]
        for entity in entityList {
            if let name = entity["name"]?.stringValue { byName[Self.normal(name)] = entity }
        }
        var found: [String] = []
        for name in entities {
            guard let entity = byName[Self.normal(name)] else {
                found.append("the request names the table \"\(name)\", which the schema leaves out; keep it")
                continue
            }
            let fields = Set((entity["fields"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }.map(Self.normalColumn))
            for column in columns[name] ?? [] where !fields.contains(Self.normalColumn(column)) {
                found.append("the request lists the column \"\(column)\" for \"\(name)\", which the schema leaves out; keep it")
            }
        }
        for entity in entityList {
            let name = entity["name"]?.stringValue ?? "?"
            let fields = entity["fields"]?.arrayValue ?? []
            let hasKey = fields.contains { $0["primary_key"]?.boolValue == true }
                || !(entity["unique_together"]?.arrayValue ?? []).isEmpty
            if !hasKey { found.append("the table \"\(name)\" has no key; mark its identifier \"primary_key\": true") }
        }
        return found
    }

    /// Lower case, letters and digits only, without a plural ending: `Order_Items` ≈ `order item`.
    static func normal(_ name: String) -> String {
        var s = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
        if s.hasSuffix("ies") { s = String(s.dropLast(3)) + "y" } else if s.hasSuffix("ses") || s.hasSuffix("xes") {
            s = String(s.dropLast(2))
        } else if s.hasSuffix("s") && !s.hasSuffix("ss") { s = String(s.dropLast()) }
        return s
    }

    static func normalColumn(_ name: String) -> String { String(name.lowercased().filter { $0.isLetter || $0.isNumber }) }
}
