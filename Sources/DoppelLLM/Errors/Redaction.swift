import Foundation
import DoppelText
import DoppelEngine

extension String {
    /// This text with `key` and anything shaped like an OpenAI key (`sk-…`)
    /// replaced by `[redacted]`, cut to `limit` characters.
    ///
    /// Applied to every piece of upstream text that reaches a message:
    /// endpoints echo keys back in their error bodies ("Incorrect API key
    /// provided: sk-abc…").
    func redacted(key: APIKey?, limit: Int = 300) -> String {
        var text = self
        if let key {
            key.withSecret { secret in
                text = text.replacingAll(secret, with: "[redacted]")
            }
        }
        text = text.replacingKeyShapedTokens()
        if text.count > limit { text = String(text.prefix(limit)) + "…" }
        return text
    }

    private func replacingAll(_ needle: String, with replacement: String) -> String {
        guard !needle.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: needle) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }

    /// Replaces runs that start with `sk-` and continue with key characters.
    private func replacingKeyShapedTokens() -> String {
        var out = ""
        var scalars = Substring(self).unicodeScalars[...]
        while !scalars.isEmpty {
            if scalars.starts(with: "sk-".unicodeScalars) {
                var end = scalars.index(scalars.startIndex, offsetBy: 3)
                while end < scalars.endIndex, String.isKeyScalar(scalars[end]) { end = scalars.index(after: end) }
                out += "[redacted]"
                scalars = scalars[end...]
            } else {
                out.unicodeScalars.append(scalars[scalars.startIndex])
                scalars = scalars.dropFirst()
            }
        }
        return out
    }

    private static func isKeyScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic && s.isASCII || ("0"..."9").contains(s) || s == "-" || s == "_" || s == "*" || s == "."
    }
}
