/// People's names for tickets and conversations, and emails made from them.
package enum NameBank {
    package static let shared = PhraseBank(name: "names", source: #"""
    first: Maria | James | Priya | Thomas | Aisha | Daniel | Mei | Carlos | Fatima | Liam | Sofia | Noah | Hana | Omar | Grace | Lucas | Elena | Kwame | Ines | Ravi | Chloe | Mateo | Yuki | Benjamin | Nadia | Olivia | Ethan | Amara | Jonas | Leila | Samuel | Zara | Victor | Ingrid | Tariq | Rosa | Felix | Anika | Marcus | Chiara | Diego | Freya | Hassan | Julia | Kenji | Lena | Nikolai | Paula | Rohan | Sienna | Tomasz | Uma | Wei | Yasmin | Adrian | Bianca | Conor | Dalia | Emil | Gabriela
    last: Garcia | Smith | Patel | Nguyen | Okafor | Müller | Rossi | Kim | Johnson | Haddad | Silva | Kowalski | Tanaka | Brown | Moreau | Fischer | Lopez | Andersen | Mensah | Novak | Wilson | Costa | Singh | Dubois | O'Brien | Yilmaz | Schmidt | Murphy | Hernandez | Chen | Ivanova | Taylor | Martin | Ahmed | Lindqvist | Romero | Walker | Sato | Eriksen | Baptiste
    """#)

    static let mailDomains = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"]

    /// A plausible address for a name: `maria.garcia@…`, `mgarcia84@…`, `maria_g@…`.
    static func email(first: String, last: String, rng: inout TextRNG) -> String {
        let f = asciiLower(first)
        let l = asciiLower(last)
        let domain = rng.pick(mailDomains) ?? "example.com"
        switch rng.below(4) {
        case 0: return "\(f).\(l)@\(domain)"
        case 1: return "\(f.prefix(1))\(l)\(rng.int(in: 70...99))@\(domain)"
        case 2: return "\(f)_\(l.prefix(1))@\(domain)"
        default: return "\(f)\(l)\(rng.int(in: 1...999))@\(domain)"
        }
    }

    /// Lowercase ASCII letters only ("Müller" → "muller", "O'Brien" → "obrien").
    static func asciiLower(_ s: String) -> String {
        var out = ""
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": out.unicodeScalars.append(scalar)
            case "ä", "à", "á", "â", "å": out += "a"
            case "ö", "ò", "ó", "ô", "ø": out += "o"
            case "ü", "ù", "ú", "û": out += "u"
            case "é", "è", "ê", "ë": out += "e"
            case "í", "ì", "î", "ï", "ı": out += "i"
            case "ñ": out += "n"
            case "ç": out += "c"
            default: break
            }
        }
        return out.isEmpty ? "user" : out
    }
}
