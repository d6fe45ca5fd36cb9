import DoppelJSON

/// The one reader of a request's params, for every method: Doppel's own, the
/// text methods and the hosted `generate` contracts.
///
/// Accessors read a member as a typed value and record a problem (field →
/// message) in the `wording` of the contract the method follows, so one error
/// can name every bad field. What happens to members nobody reads is decided
/// once per request, by `apply(_:known:)` with an explicit `UnknownMembers`
/// policy. Doppel's own methods stop at the first problem; they read through
/// `Params`, which throws `firstError`.
package struct ParamReader {
    /// What a contract does with a member it does not know.
    package enum UnknownMembers: Sendable {
        /// Doppel's own methods: an error naming them (catches `row` for `rows`).
        case reject
        /// The text methods (PROTOCOL.md): ignored, unless a known member is within edit distance 2,
        /// which is an error saying "did you mean".
        case ignoreUnlessMisspelt
        /// `generate` (CONTRACTS.md): ignored, each named in `metadata.warnings`.
        case ignoreWithWarning
    }

    /// How problems are worded; the contracts fix these words.
    package enum Wording: Sendable {
        /// Doppel's own methods: `invalid params: "rows" must be an integer, got string "x"`, one problem at a time.
        case doppel
        /// The text methods: `count` → `Must be an integer from 1 to 100 (got "x")`.
        case textMethods
        /// `generate` and `generate_data`: `dataset_size must be a number, got "x"`, as `issues`.
        case hostedContract
    }

    package let wording: Wording
    /// The members; empty when params are absent, null or not an object.
    package internal(set) var object: JSONObject
    /// The params as sent, when they were not an object (nil otherwise).
    package let notAnObject: JSON?
    /// Every problem so far, in order: the field and the message in the reader's wording.
    package internal(set) var problems: [(field: String, message: String)] = []
    /// How to fix them, without repeats.
    package internal(set) var suggestions: [String] = []
    /// Members ignored under `.ignoreWithWarning`, in the contract's words.
    package internal(set) var warnings: [String] = []
    /// The first problem as Doppel's own methods report it (set under `.doppel` wording only).
    package internal(set) var firstError: RequestError?

    /// A reader of `params`; a value that is not an object is the first problem.
    package init(_ params: JSON?, wording: Wording) {
        self.wording = wording
        switch params {
        case .object(let o)?:
            object = o
            notAnObject = nil
        case nil:
            object = JSONObject()
            notAnObject = nil
        case .null? where wording != .doppel:
            // The text methods and the hosted contracts take `"params": null` as none;
            // Doppel's own methods, as JSON-RPC does, as params that are not an object.
            object = JSONObject()
            notAnObject = nil
        case let other?:
            object = JSONObject()
            notAnObject = other
        }
        if let notAnObject { record(.notAnObject(notAnObject)) }
    }

    package var isValid: Bool { problems.isEmpty }

    /// The member, or nil when absent or null.
    package func member(_ key: String) -> JSON? {
        guard let v = object[key], !v.isNull else { return nil }
        return v
    }

    package func has(_ key: String) -> Bool { member(key) != nil }

    /// Records a problem in the reader's own words (used where a check is the method's own).
    package mutating func fail(_ field: String, _ message: String) { record(.custom(field: field, message: message, suggestion: nil)) }

    /// Records a problem of a hosted contract, with how to fix it.
    package mutating func issue(_ text: String, suggestion: String? = nil) { record(.custom(field: "", message: text, suggestion: suggestion)) }

    /// Adds a way to fix the problems (once).
    package mutating func suggest(_ text: String) {
        if !suggestions.contains(text) { suggestions.append(text) }
    }

    /// Applies `policy` to the members outside `known`, once per request.
    package mutating func apply(_ policy: UnknownMembers, known: [String]) {
        let unknown = object.keys.filter { !known.contains($0) }
        guard !unknown.isEmpty else { return }
        switch policy {
        case .reject:
            record(.unknown(unknown, known: known))
        case .ignoreUnlessMisspelt:
            for key in unknown {
                if let intended = ParamReader.closest(key, among: known) { record(.misspelt(key, intended: intended)) }
            }
        case .ignoreWithWarning:
            warnings += unknown.map { "Ignored unknown parameter \"\($0.prefix(40))\"" }
        }
    }
}
