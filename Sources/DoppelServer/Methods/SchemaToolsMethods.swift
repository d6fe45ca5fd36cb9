import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

/// Methods for editors and tools that help people write schemas.
extension DaemonMethod {
    /// `kinds.list` {} → {kinds: [{kind, group, type, summary, options, locales, distinct_values}], locales}.
    ///
    /// The catalogue never changes while the daemon runs, so it is built once.
    public static let kindsList = DaemonMethod(
        "kinds.list", summary: "List every field kind with its type, options, locales and distinct values", inline: { request in
            try request.params.rejectUnknown(allowed: [])
            return kindListing
        })

    private static let kindListing: JSON = KindCatalogue.listing

    /// `schema.validate` {text} → {valid, errors, warnings, problems: [{severity, pointer, line, column, offset, message, suggestion?}]}.
    ///
    /// A schema with problems is a successful call (`valid: false`): the
    /// problems are the answer. Only params that are not a text are an error.
    public static let schemaValidate = DaemonMethod(
        "schema.validate", summary: "Check schema text; every problem with a JSON Pointer, line, column and suggestion", run: { request in
            let params = request.params
            try params.rejectUnknown(allowed: ["text"])
            let text = try params.string("text")
            return try await request.compute { SchemaDiagnosis(text: text).json }
        })

    /// `schema.jsonschema` {} → the JSON Schema (draft 2020-12) of the schema form.
    public static let schemaJSONSchema = DaemonMethod(
        "schema.jsonschema", summary: "The JSON Schema (draft 2020-12) of the schema form, kinds as an enum", inline: { request in
            try request.params.rejectUnknown(allowed: [])
            return SchemaJSONSchema.document
        })
}
