/// A kind of defect the reality engine injects; its raw value is the `kind`
/// of a defect record and the key of the counts in `metadata`.
public enum DefectKind: String, Sendable, CaseIterable, Comparable {
    /// A value replaced by NULL.
    case null
    /// A text value replaced by the empty string.
    case emptyString = "empty_string"
    /// Leading or trailing spaces (or a doubled inner space).
    case whitespace
    /// UPPER, lower, Title or a flipped first letter.
    case letterCase = "case"
    /// Adjacent-key substitution, transposition, a dropped or a doubled letter.
    case typo
    /// A date, datetime or time in another format (US, European, written month, …).
    case dateFormat = "date_format"
    /// A phone number with other separators, or with its country prefix added or removed.
    case phoneFormat = "phone_format"
    /// A number with thousands separators, a decimal comma, a currency sign or other decimals.
    case numberFormat = "number_format"
    /// `true`/`false` written `yes`/`no`, `Y`/`N`, `1`/`0`, `TRUE`/`FALSE`.
    case booleanFormat = "boolean_format"
    /// A number multiplied or negated far outside its range, or a sentinel such as 999999.
    case outlier
    /// An e-mail address that no longer parses as one.
    case invalidEmail = "invalid_email"
    /// A postal code of the wrong length or with a stray letter.
    case invalidPostalCode = "invalid_postal_code"
    /// A reference to a key its parent does not have.
    case orphanReference = "orphan_reference"
    /// Mojibake, a replacement character, an HTML entity or an invisible space.
    case encoding
    /// A row written again, byte for byte (its key included).
    case exactDuplicate = "exact_duplicate"
    /// A clean row written again with a fresh key and one or two fields changed.
    case nearDuplicate = "near_duplicate"

    /// Stable order: the order of the cases.
    public static func < (a: DefectKind, b: DefectKind) -> Bool { a.ordinal < b.ordinal }

    /// Position in `allCases` (the byte stored in a block's sidecar); a switch, so it costs no lookup.
    var ordinal: Int {
        switch self {
        case .null: return 0
        case .emptyString: return 1
        case .whitespace: return 2
        case .letterCase: return 3
        case .typo: return 4
        case .dateFormat: return 5
        case .phoneFormat: return 6
        case .numberFormat: return 7
        case .booleanFormat: return 8
        case .outlier: return 9
        case .invalidEmail: return 10
        case .invalidPostalCode: return 11
        case .orphanReference: return 12
        case .encoding: return 13
        case .exactDuplicate: return 14
        case .nearDuplicate: return 15
        }
    }

    /// True for the kinds that insert rows (their rates are per clean row, not per cell).
    public var isDuplicate: Bool { self == .exactDuplicate || self == .nearDuplicate }

    /// True when the dirty value no longer fits a typed column (a number or date written as text).
    var makesText: Bool { self == .dateFormat || self == .numberFormat || self == .booleanFormat }

    static let byOrdinal: [DefectKind] = allCases
}
