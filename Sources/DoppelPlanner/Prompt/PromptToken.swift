/// One lexical unit of a prompt.
struct PromptToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A word or identifier, lowercased; camelCase already split with underscores.
        case word
        /// A number; `value` holds it (`1,000` → 1000, `10k` → 10000).
        case number
        /// Text in backticks or quotes: an identifier the user spelled exactly.
        case code
        case open, close, comma, colon, semicolon, period, newline, slash, arrow, dash
        /// A line-leading list marker (`-`, `*`, `•`, `1.`).
        case bullet
        case other
    }

    var kind: Kind
    /// Lowercase text for words and code; the character for punctuation.
    var text: String
    var value: Double = 0
    /// A word or code as the prompt spelled it (`FedEx`, `P0`, `NASA`), for the values a column takes; nil when it is
    /// `text`. Not part of equality: `text` is what the token means.
    var spelled: String?

    init(_ kind: Kind, _ text: String, value: Double = 0, spelled: String? = nil) {
        self.kind = kind
        self.text = text
        self.value = value
        self.spelled = spelled == text ? nil : spelled
    }

    /// The token as the prompt spelled it.
    var spelling: String { spelled ?? text }

    static func == (a: PromptToken, b: PromptToken) -> Bool { a.kind == b.kind && a.text == b.text && a.value == b.value }

    var isWord: Bool { kind == .word }
    /// A word or a code span: something that can name an entity or a column.
    var isName: Bool { kind == .word || kind == .code }
    func isWord(_ w: String) -> Bool { kind == .word && text == w }
}
