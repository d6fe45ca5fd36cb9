import DoppelText

/// A unique name field that its role's person follows.
///
/// Unique mode gives row `i` value number `permutation(i)` of the field's
/// enumeration. The name kinds of that role, its e-mail, username and gender
/// all read one `Person`, so the person itself takes the enumerated names:
/// a unique `full_name` then still equals `first_name last_name`, and the
/// e-mail still follows it (protocol/SCHEMA.md, "Unique names").
struct PersonEnumeration: Sendable {
    /// In the order a role's person follows them when it has several unique names.
    enum Part: Int, Comparable, Sendable {
        /// First name (both genders' lists) × last name.
        case full
        /// First name, both genders' lists.
        case first
        case last

        static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    let part: Part
    let permutation: IndexPermutation
    /// The schema's first locale: its tables are the ones enumerated.
    unowned(unsafe) let locale: LocaleData

    /// The part a unique field of `kind` enumerates (nil: not an enumerated name kind).
    static func part(ofKind kind: String) -> Part? {
        switch kind {
        case "person.full_name": return .full
        case "person.first_name": return .first
        case "person.last_name": return .last
        default: return nil
        }
    }

    /// How many distinct values `part` has in `locale`.
    static func capacity(_ part: Part, _ locale: LocaleData) -> UInt64 {
        let first = UInt64(locale.maleFirst.count + locale.femaleFirst.count), last = UInt64(locale.last.count)
        switch part {
        case .full: return first * last
        case .first: return first
        case .last: return last
        }
    }

    /// Gives `p` the names of value number `u` of `part` in `locale`: distinct
    /// numbers give distinct names. The rest of the person (middle name, birth
    /// date, style) stays as drawn; a middle name is kept apart from the first. Names the
    /// row drew in another locale (rows of a many-locale schema) are kept within `locale`'s lists.
    static func apply(_ part: Part, _ u: UInt64, locale: LocaleData, to p: inout Person) {
        let m = UInt64(locale.maleFirst.count), f = UInt64(locale.femaleFirst.count)
        p.locale = locale
        switch part {
        case .last:
            p.last = Int(u % UInt64(locale.last.count))
            // The row's locale drew the first name: keep it within this locale's list.
            p.first %= p.firstNames.count
        case .first, .full:
            let i = u % (m + f)
            p.female = i >= m
            p.first = Int(p.female ? i - m : i)
            // The row's locale drew the last name (for `.first`): keep it within this locale's list.
            p.last = part == .full ? Int(u / (m + f)) % locale.last.count : p.last % locale.last.count
        }
        let names = p.firstNames.count
        p.middle %= names
        if p.middle == p.first, names > 1 { p.middle = (p.middle + 1) % names }
    }

    func apply(row: Int, to p: inout Person) {
        Self.apply(part, permutation(UInt64(row)), locale: locale, to: &p)
    }
}
