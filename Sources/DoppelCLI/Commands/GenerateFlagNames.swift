import DoppelClient
import DoppelJSON
import DoppelProtocol

/// The `generate` request members and the flags that set them, so that the
/// daemon's messages, written for the protocol ("Set dataset_size to at most
/// 5,000,000"), name what the user typed ("Set --rows to at most 5,000,000").
enum GenerateFlagNames {
    static let byParameter: [(parameter: String, flag: String)] = [
        ("dataset_size", "--rows"), ("fact_rows", "--rows"), ("rows_per", "--rows-per"), ("reality", "--reality"), ("output_format", "--format"),
        ("dialect", "--dialect"), ("sql_style", "--sql-style"), ("csv_null", "--csv-null"), ("csv_datetime", "--csv-datetime"),
        ("shard", "--shard"), ("seed", "--seed"), ("out_dir", "--out"), ("planner", "--planner"), ("text_source", "--text-source"),
    ]

    /// `error` with every whole-word parameter name in its message, issues and suggestions replaced by its flag.
    static func renamed(_ error: RPCError) -> RPCError {
        var out = error
        out.message = renamed(error.message)
        for key in ["issues", "suggestions"] {
            guard let items = error.data[key]?.arrayValue else { continue }
            out.data[key] = .array(items.map { $0.stringValue.map { JSON.string(renamed($0)) } ?? $0 })
        }
        return out
    }

    /// `text` with whole-word parameter names replaced ("dataset_size" but not "max_dataset_size").
    static func renamed(_ text: String) -> String {
        var result = text
        for (parameter, flag) in byParameter {
            var searchStart = result.startIndex
            while let range = result.range(of: parameter, range: searchStart..<result.endIndex) {
                let before = range.lowerBound == result.startIndex ? nil : result[result.index(before: range.lowerBound)]
                let after = range.upperBound == result.endIndex ? nil : result[range.upperBound]
                func isWordCharacter(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ?? false }
                if isWordCharacter(before) || isWordCharacter(after) {
                    searchStart = range.upperBound
                    continue
                }
                result.replaceSubrange(range, with: flag)
                searchStart = result.index(range.lowerBound, offsetBy: flag.count)
            }
        }
        return result
    }
}
