import DoppelJSON

/// The structure inferred from example rows, which generated rows must share.
public indirect enum SynthShape: Sendable, Equatable {
    /// Members in example order; `presence` is the share of examples that had the member.
    case object([SynthMember])
    /// An array; element shape merged over every element seen, length range as seen.
    case array(element: SynthShape, counts: ClosedRange<Int>)
    /// A chat transcript: an array of `{role, content}` messages.
    case turns(SynthTurns)
    case string(SynthStringKind)
    case integer(ClosedRange<Int64>, isIdentifier: Bool)
    case decimal(min: Double, max: Double, places: Int)
    case boolean(trueRate: Double)
    /// A small set of repeated values (category, status, level …), with how often each came.
    case choice([JSON], weights: [Int])
    case null
    /// Values of several types; any of them is acceptable.
    case mixed([JSON])
}

/// One member of an inferred object.
public struct SynthMember: Sendable, Equatable {
    public var key: String
    public var shape: SynthShape
    /// Share of examples that had the member (1 = always present).
    public var presence: Double
    /// Share of present values that were null.
    public var nullRate: Double
}

/// How the examples' chat transcripts look.
public struct SynthTurns: Sendable, Equatable {
    /// Whether transcripts start with a system message.
    public var hasSystem: Bool
    /// The system message, when every example starts with the same one.
    public var system: String?
    /// Roles seen, in first-seen order ("user", "assistant", …).
    public var roles: [String]
    /// Non-system messages per transcript, as seen.
    public var counts: ClosedRange<Int>
    /// Whether the transcripts start with the user (else the assistant).
    public var userFirst: Bool
    /// Members messages carried besides `role` and `content`.
    public var extra: [SynthMember]
}

/// The kinds of string value Doppel recognises in examples.
public enum SynthStringKind: Sendable, Equatable {
    case email(domains: [String])
    case url(hosts: [String])
    case uuid(uppercase: Bool)
    /// Calendar dates, ISO `yyyy-MM-dd`, within the range seen.
    case date(minDay: Int64, maxDay: Int64)
    /// Timestamps within the range seen, written in the first example's style.
    case datetime(minSecond: Int64, maxSecond: Int64, style: SynthDateStyle)
    case time(withSeconds: Bool)
    /// Phone numbers following the first example's layout (digits replaced).
    case phone(template: String)
    /// Codes like `ORD-1042`: literal characters kept, `#` a digit, `A` a capital letter.
    case code(template: String)
    case personName(part: SynthNamePart)
    /// Free text of roughly this many words.
    case text(minWords: Int, maxWords: Int, seen: [String] = [])
    /// Short labels (one to three words) with no pattern: drawn from those seen.
    case label([String])
}

public enum SynthNamePart: String, Sendable, Equatable { case full, first, last }

/// How a timestamp is written: separator, fractional digits, zone suffix.
public struct SynthDateStyle: Sendable, Equatable {
    public var separator: Character
    public var fractionDigits: Int
    /// `Z`, `+02:00`, or empty for a local time without zone.
    public var zone: String
}
