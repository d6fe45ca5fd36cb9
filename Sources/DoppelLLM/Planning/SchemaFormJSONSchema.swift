import DoppelText
import DoppelEngine
import DoppelJSON

/// A JSON Schema of Doppel's schema form, put in the planning prompt so the
/// model knows the exact shape to answer with.
///
/// Built from the core's own `FieldType`, `Fanout` and `Distribution` cases
/// so it cannot drift from what the decoder accepts; the kind list comes from
/// the engine's catalogue, passed in.
public enum SchemaFormJSONSchema {
    /// The schema form's JSON Schema; `kinds` (when not empty) becomes the enum of `kind`.
    public static func make(kinds: [String] = []) -> JSON {
        var kind = JSONObject([("type", "string"), ("description", "semantic generator, group.name")])
        if !kinds.isEmpty { kind["enum"] = .array(kinds.map(JSON.string)) }
        let number: JSON = ["type": "number"]
        let field: JSON = [
            "type": "object",
            "required": ["name"],
            "properties": [
                "name": ["type": "string"],
                "type": ["enum": .array(FieldType.allCases.map { .string($0.rawValue) })],
                "kind": .object(kind),
                "primary_key": ["type": "boolean"],
                "unique": ["type": "boolean"],
                "nullable": ["description": "false/absent: NOT NULL; true: nullable; a number p: NULL with probability p",
                             "anyOf": [["type": "boolean"], ["type": "number", "minimum": 0, "maximum": 1]]],
                "references": ["type": "string", "pattern": "^[^.]+\\.[^.]+$", "description": "entity.field of a key in this schema"],
                "fanout": ["enum": .array(Fanout.allCases.map { .string($0.rawValue) })],
                "values": ["type": "array", "minItems": 1, "description": "allowed values of an enum"],
                "weights": ["type": "array", "items": number, "description": "one weight per value"],
                "min": number,
                "max": number,
                "distribution": ["enum": .array(Distribution.allCases.map { .string($0.rawValue) })],
                "precision": ["type": "integer", "minimum": 0],
                "pattern": ["type": "string", "description": "for id.pattern: # is a digit, e.g. INV-######"],
                "probability": ["type": "number", "minimum": 0, "maximum": 1, "description": "true rate of a boolean"],
            ],
        ]
        let entity: JSON = [
            "type": "object",
            "required": ["name", "rows", "fields"],
            "properties": [
                "name": ["type": "string"],
                "rows": ["type": "integer", "minimum": 0],
                "fields": ["type": "array", "minItems": 1, "items": field],
                "unique_together": ["type": "array", "items": ["type": "array", "items": ["type": "string"]]],
            ],
        ]
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Doppel schema form",
            "type": "object",
            "required": ["name", "entities"],
            "properties": [
                "name": ["type": "string"],
                "seed": ["type": "integer", "minimum": 0],
                "locale": ["type": "string"],
                "entities": ["type": "array", "minItems": 1, "items": entity],
            ],
        ]
    }
}
