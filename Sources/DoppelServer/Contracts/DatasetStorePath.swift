import DoppelProtocol
import DoppelText
import DoppelEngine

/// Names that become paths in the dataset store
/// (`$XDG_DATA_HOME/doppel/datasets/<id>/<file>`): ids from requests and
/// file names from entities. Nothing a request sends can leave the store.
public enum DatasetStorePath {
    /// Longest id accepted.
    public static let maxIDLength = 64
    /// Longest file name accepted (most file systems allow 255 bytes).
    public static let maxFileNameLength = 200

    /// A dataset id: 1–64 bytes of `A–Z a–z 0–9 _ -`, not starting with `-`.
    /// No dots, so no `.`, `..` or hidden names; no separators, NUL bytes or
    /// absolute paths.
    public static func validateID(_ id: String, field: String = "id") -> Result<String, RequestError> {
        var problems: [String] = []
        if id.isEmpty { problems.append("\(field) must not be empty") }
        if id.utf8.count > maxIDLength { problems.append("\(field) must be at most \(maxIDLength) bytes, got \(id.utf8.count)") }
        if id.utf8.contains(0) { problems.append("\(field) must not contain NUL bytes") }
        if id.contains("/") || id.contains("\\") { problems.append("\(field) must not contain path separators") }
        if id.contains("..") { problems.append("\(field) must not contain \"..\"") }
        if id.hasPrefix("-") { problems.append("\(field) must not start with \"-\"") }
        if !id.isEmpty, !id.utf8.allSatisfy(isIDByte) {
            problems.append("\(field) may only contain letters, digits, \"_\" and \"-\"")
        }
        guard problems.isEmpty else {
            return .failure(.invalidParams("Invalid dataset \(field)", issues: problems,
                                           suggestions: ["Use an id from datasets.list"], details: [(field, problems[0])]))
        }
        return .success(id)
    }

    /// A file name inside a dataset directory (`customers.csv`): 1–200 bytes of
    /// `A–Z a–z 0–9 _ - .`, not `.`/`..`, not starting with `.` or `-`.
    public static func validateFileName(_ name: String) -> Result<String, RequestError> {
        var problems: [String] = []
        if name.isEmpty { problems.append("file name must not be empty") }
        if name.utf8.count > maxFileNameLength { problems.append("file name must be at most \(maxFileNameLength) bytes") }
        if name.utf8.contains(0) { problems.append("file name must not contain NUL bytes") }
        if name.contains("/") || name.contains("\\") { problems.append("file name must not contain path separators") }
        if name.hasPrefix(".") || name.hasPrefix("-") { problems.append("file name must not start with \".\" or \"-\"") }
        if !name.isEmpty, !name.utf8.allSatisfy({ isIDByte($0) || $0 == UInt8(ascii: ".") }) {
            problems.append("file name may only contain letters, digits, \"_\", \"-\" and \".\"")
        }
        guard problems.isEmpty else {
            return .failure(.invalidParams("Invalid file name", issues: problems, details: [("name", problems[0])]))
        }
        return .success(name)
    }

    /// `<entity>.<ext>` for a generated table, with the entity name made safe
    /// (it already is for planned schemas; user schemas may name entities freely).
    public static func fileName(entity: String, format: OutputFormat) -> String {
        var safe = String(entity.unicodeScalars.map { s -> Character in
            s.isASCII && (isIDByte(UInt8(s.value))) ? Character(s) : "_"
        })
        while safe.first == "-" { safe.removeFirst() }
        if safe.isEmpty || safe.allSatisfy({ $0 == "_" }) { safe = "dataset" }
        return String(safe.prefix(maxFileNameLength - 8)) + "." + format.fileExtension
    }

    /// The directory of dataset `id` under `root` (no trailing slash), after validating the id.
    public static func directory(root: String, id: String) -> Result<String, RequestError> {
        validateID(id).map { (root.hasSuffix("/") ? String(root.dropLast()) : root) + "/" + $0 }
    }

    /// A new dataset id from a creation time and a random number the caller supplies:
    /// `ds-20240115-103000-9f2c4a1b` (sortable by time, unique enough to never clash in practice).
    public static func newID(secondsSince1970: Int64, random: UInt64) -> String {
        let stamp = ISOTimestamp.format(secondsSince1970)
            .filter { $0.isNumber || $0 == "T" }
            .replacingT()
        let hex = String(random & 0xFFFF_FFFF, radix: 16)
        return "ds-\(stamp)-\(String(repeating: "0", count: 8 - hex.count))\(hex)"
    }

    static func isIDByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }
}

private extension String {
    /// `20240115T103000` → `20240115-103000`.
    func replacingT() -> String { String(map { $0 == "T" ? "-" : $0 }) }
}
