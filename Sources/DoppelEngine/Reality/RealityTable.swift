/// The defect rates of each reality level (docs/REALITY.md prints the same table).
///
/// Cell kinds: expected defects per 100,000 *eligible* cells (a non-NULL clean
/// cell of a field the kind applies to, see `FieldClass`). Duplicate kinds:
/// inserted rows per 100,000 clean rows. Levels 0–2 are exactly clean.
public enum RealityTable {
    public static let levels = 0...10

    /// Rates per level 3…10, in `DefectKind` order.
    private static let rows: [DefectKind: [Int]] = [
        //                      3     4     5     6     7     8     9     10
        .null:              [ 300,  600, 1000, 1500, 2000, 3000, 5000, 7000],
        .emptyString:       [ 100,  200,  300,  500,  700, 1000, 1500, 2000],
        .whitespace:        [ 300,  600, 1000, 1000, 1200, 1500, 2000, 2500],
        .letterCase:        [ 200,  400,  700,  800, 1000, 1200, 1500, 2000],
        .typo:              [   0,    0,    0,  500,  800, 1200, 1500, 2000],
        .dateFormat:        [ 300,  600, 1000, 1200, 1500, 2000, 4000, 6000],
        .phoneFormat:       [ 300,  600, 1000, 1200, 1500, 2000, 4000, 6000],
        .numberFormat:      [   0,  200,  500,  700, 1000, 1500, 3000, 5000],
        .booleanFormat:     [   0,    0,    0,    0,    0,    0, 2000, 4000],
        .outlier:           [   0,    0,    0,  100,  200,  300,  700, 1000],
        .invalidEmail:      [   0,    0,    0,  300,  500,  800, 1200, 1500],
        .invalidPostalCode: [   0,    0,    0,  300,  500,  800, 1200, 1500],
        .orphanReference:   [   0,    0,    0,    0,    0,    0,  300,  600],
        .encoding:          [   0,    0,    0,    0,    0,    0,  300,  600],
        .exactDuplicate:    [   0,    0,    0,  300,  500,  800, 1200, 1500],
        .nearDuplicate:     [   0,    0,    0,  200,  300,  500,  800, 1000],
    ]

    /// Expected defects of `kind` per 100,000 eligible cells (or clean rows for duplicates) at `level`.
    public static func rate(_ kind: DefectKind, level: Int) -> Int {
        guard level >= 3, level <= 10, let r = rows[kind] else { return 0 }
        return r[level - 3]
    }

    /// The probability of `kind` for one eligible cell (or clean row).
    static func probability(_ kind: DefectKind, level: Int) -> Double { Double(rate(kind, level: level)) / 100_000 }

    /// The first level from which duplicates insert rows (and the SQL drops key constraints).
    public static let firstDuplicateLevel = 6
    /// From this level, missing values reach every column a defect may touch, not only nullable ones.
    public static let firstRequiredNullLevel = 6

    /// Tolerance of a measured count `n` against its expectation `e` (= rate × eligible / 100,000):
    /// |n − e| ≤ 4√e + 0.02·e + 2. Four binomial standard deviations, plus 2% for the few values a
    /// kind cannot change (a case change of a value without letters is skipped, not recorded).
    public static func tolerance(expected e: Double) -> Double { 4 * e.squareRoot() + 0.02 * e + 2 }
}
