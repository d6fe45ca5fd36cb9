/// An RFC 4180 reader for tests: quoted fields with doubled quotes, commas and
/// line breaks inside quotes, CRLF or LF records. Independent of the engine's writer.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// The records of `text`; a final line break does not start an empty record.
    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var chars = Array(text.unicodeScalars)[...]
        func endField() {
            record.append(field)
            field = ""
            fieldWasQuoted = false
        }
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw Malformed(description: "quote inside an unquoted field after \"\(field)\"") }
                inQuotes = true
                fieldWasQuoted = true
            case ",": endField()
            case "\r":
                guard chars.first == "\n" else { throw Malformed(description: "carriage return without line feed") }
            case "\n":
                endField()
                records.append(record)
                record = []
            default:
                guard !fieldWasQuoted else { throw Malformed(description: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw Malformed(description: "unterminated quoted field") }
        if !field.isEmpty || fieldWasQuoted || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
