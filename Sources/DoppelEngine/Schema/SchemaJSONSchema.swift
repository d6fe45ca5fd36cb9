import DoppelJSON
import DoppelText

/// The JSON Schema (draft 2020-12) of Doppel's schema form, with the lists
/// (kinds and their descriptions, types, locales, distributions, defaults)
/// taken from the catalogue and the model so they cannot drift from them.
///
/// `schema.jsonschema` returns it and protocol/schemas/doppel-schema.schema.json
/// is a copy (a test keeps the two equal). A schema file whose `"$schema"`
/// names that file gets completion, hover text and validation from any JSON
/// language server (VS Code's included), with no plugin.
public enum SchemaJSONSchema {
    /// Where the shipped copy says it lives.
    public static let id = "https://doppel.local/protocol/schemas/doppel-schema.schema.json"

    /// The document; its fixed shape is `template`, each `"@name@"` in it a list or value from the code.
    public static let document: JSON = {
        let kinds = KindCatalogue.entries
        let codes = LocaleData.codes.joined(separator: "|")
        let fills: [(String, JSON)] = [
            ("id", .string(id)),
            ("kinds", .array(kinds.map { .string($0.name) })),
            // VS Code shows these beside each completion; other validators ignore the keyword.
            ("kindDescriptions", .array(kinds.map { .string("\($0.type.rawValue): \($0.summary)") })),
            ("types", .array(FieldType.allCases.map { .string($0.rawValue) })),
            ("fanouts", .array(Fanout.allCases.map { .string($0.rawValue) })),
            ("distributions", .array(Distribution.allCases.map { .string($0.rawValue) })),
            ("localePattern", .string("^(\(codes))( *, *(\(codes)))*$")),
            ("defaultLocale", .string(Schema.defaultLocale)),
            ("defaultReferenceDate", .string(Schema.defaultReferenceDate)),
            ("defaultRows", .int(Int64(Schema.defaultRows))),
            ("defaultSeed", .int(Int64(Schema.defaultSeed))),
        ]
        var text = template
        for (name, value) in fills {
            text = text.replacing("\"@\(name)@\"", with: value.serialized())
        }
        // The template is a constant; KindsListingTests checks it parses.
        return (try? JSONParser.parse(text)) ?? .null
    }()

    static let template = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "@id@",
      "title": "Doppel dataset schema",
      "description": "Entities with fields, a seed and a locale; see protocol/SCHEMA.md.",
      "type": "object",
      "required": ["entities"],
      "properties": {
        "$schema": {"type": "string", "description": "The JSON Schema this file follows (for editors)."},
        "name": {"type": "string", "default": "dataset", "description": "Dataset name; the SQL script is <name>.sql."},
        "description": {"type": "string", "description": "A note for people; ignored."},
        "seed": {"type": "integer", "minimum": 0, "default": "@defaultSeed@", "description": "Same schema and seed give byte-identical output."},
        "locale": {"type": "string", "pattern": "@localePattern@", "default": "@defaultLocale@",
                   "description": "One locale, or several comma-separated (each row draws one)."},
        "reference_date": {"type": "string", "default": "@defaultReferenceDate@",
                           "description": "Time anchor for past/future kinds, an ISO date or date-time."},
        "entities": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/entity"}}
      },
      "additionalProperties": false,
      "$defs": {
        "entity": {
          "type": "object",
          "required": ["name", "fields"],
          "properties": {
            "name": {"type": "string", "minLength": 1, "description": "Table name."},
            "rows": {"type": "integer", "minimum": 0, "default": "@defaultRows@", "description": "How many rows to generate."},
            "fields": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/field"}},
            "unique_together": {"type": "array", "items": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                                "description": "Groups of fields whose combination of values is unique."},
            "description": {"type": "string", "description": "A note for people; ignored."}
          },
          "additionalProperties": false
        },
        "field": {
          "type": "object",
          "required": ["name"],
          "properties": {
            "name": {"type": "string", "minLength": 1, "description": "Column name."},
            "type": {"enum": "@types@", "description": "Storage type; omitted: from the reference target or the kind."},
            "kind": {"enum": "@kinds@", "enumDescriptions": "@kindDescriptions@",
                     "description": "Generator; omitted: inferred from the field's name and type (doppel rpc kinds.list lists them)."},
            "primary_key": {"type": "boolean", "description": "The entity's key: unique and NOT NULL."},
            "unique": {"type": "boolean", "description": "Every row takes a different value."},
            "nullable": {"oneOf": [{"type": "boolean"}, {"type": "number", "minimum": 0, "maximum": 1}],
                         "description": "false/absent: NOT NULL; true: nullable, no NULLs; p: NULL with probability p."},
            "references": {"oneOf": [{"type": "string", "pattern": "^.+\\..+$"},
                                     {"type": "object", "required": ["entity", "field"],
                                      "properties": {"entity": {"type": "string"}, "field": {"type": "string"}}}],
                           "description": "entity.field this column points at (a foreign key)."},
            "fanout": {"enum": "@fanouts@", "description": "How children spread over their parents."},
            "values": {"type": "array", "minItems": 1, "description": "For kind enum: the values to pick from."},
            "weights": {"type": "array", "items": {"type": "number", "minimum": 0},
                        "description": "For kind enum: relative weight of each value."},
            "min": {"type": ["number", "string"], "description": "A number, or an ISO date/time for date and time kinds."},
            "max": {"type": ["number", "string"], "description": "A number, or an ISO date/time for date and time kinds."},
            "distribution": {"enum": "@distributions@", "description": "Shape of numeric values between min and max."},
            "precision": {"type": "integer", "minimum": 0, "maximum": 12, "description": "Digits after the decimal point."},
            "pattern": {"type": "string", "description": "For id.pattern: # digit, % digit 1-9, ? letter, * letter or digit, ^ hex digit."},
            "probability": {"type": "number", "minimum": 0, "maximum": 1, "description": "For boolean: probability of true."}
          },
          "additionalProperties": true
        }
      }
    }
    """#
}
