/// Turns words and identifiers as users write them into the snake_case names
/// schemas use: `signupDate` → `signup_date`, `Date of Birth` →
/// `date_of_birth`, `e-commerce` → `e_commerce`.
package enum Identifier {
    /// Longest name emitted; PostgreSQL truncates identifiers at 63 bytes.
    package static let maxLength = 63

    /// snake_case of one identifier or phrase: camelCase boundaries, spaces,
    /// hyphens and other punctuation become single underscores; the result is
    /// lowercase ASCII letters, digits and underscores, trimmed of underscores.
    package static func snake(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 4)
        var previous: UInt8 = 0
        for b in text.utf8 {
            let isUpper = b >= 65 && b <= 90
            let isLower = b >= 97 && b <= 122
            let isDigit = b >= 48 && b <= 57
            if isUpper {
                let prevLowerOrDigit = (previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57)
                if prevLowerOrDigit, out.last != 95 { out.append(95) }
                out.append(b + 32)
            } else if isLower || isDigit {
                out.append(b)
            } else if out.last != 95, !out.isEmpty {
                out.append(95)
            }
            previous = b
        }
        while out.last == 95 { out.removeLast() }
        if out.count > maxLength {
            out = Array(out.prefix(maxLength))
            while out.last == 95 { out.removeLast() }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Joins already-lowercase words with underscores (`["time", "entries"]` → `time_entries`).
    package static func join(_ words: [String]) -> String {
        snake(words.joined(separator: "_"))
    }

    /// The words of a snake_case name.
    package static func words(_ name: String) -> [String] {
        name.split(separator: "_").map(String.init)
    }
}
