/// Entity names become file names (`<entity>.<ext>` and `<entity>.defects.jsonl`
/// under `out_dir`), so two names that map to one file would let the second
/// table overwrite the first. Such schemas are refused here, naming both, before
/// anything is written.
extension SchemaResolver {
    /// Longest file name most file systems accept, in bytes.
    static let maxFileNameBytes = 255
    /// The longest suffix added to an entity's file stem (`.defects.jsonl`).
    static let longestFileSuffix = ".defects.jsonl"

    mutating func checkEntityFileNames() {
        // Stem, compared without case: case-only differences collide on
        // case-insensitive file systems (and as SQL table names in SQLite and MySQL).
        var owners: [String: String] = [:]
        for (index, entity) in schema.entities.enumerated() {
            guard !entity.name.isEmpty else {
                problem("entities[\(index)]", "name", "expected a non-empty entity name, got \"\"")
                continue
            }
            let stem = DatasetGenerator.safeFileName(entity.name)
            let longest = stem.utf8.count + Self.longestFileSuffix.utf8.count
            if longest > Self.maxFileNameBytes {
                problem(entity.name.count > 60 ? String(entity.name.prefix(60)) + "…" : entity.name, nil,
                        "name: expected at most \(Self.maxFileNameBytes - Self.longestFileSuffix.utf8.count) bytes once made a file name, got \(stem.utf8.count); its files would have names longer than file systems allow")
            }
            let key = stem.lowercased()
            if let other = owners[key] {
                problem(entity.name, nil, "name: entities \"\(other)\" and \"\(entity.name)\" would both be written to the file \"\(stem).<ext>\" (names become file names: characters other than letters, digits, \"-\", \"_\" and \".\" become \"_\", leading dots are dropped, case is ignored); rename one of them")
            } else {
                owners[key] = entity.name
            }
        }
        // `x.defects` would write `x.defects.jsonl`, which is also entity `x`'s defect record.
        for entity in schema.entities where !entity.name.isEmpty {
            let stem = DatasetGenerator.safeFileName(entity.name).lowercased()
            guard stem.hasSuffix(".defects"), let other = owners[String(stem.dropLast(".defects".count))] else { continue }
            problem(entity.name, nil, "name: entity \"\(entity.name)\" would be written to the file that holds the defect record of entity \"\(other)\" (\"\(stem).jsonl\"); rename one of them")
        }
    }
}
