import DoppelText

/// E-mail addresses and usernames built from the row's own person.
struct EmailKind: KindGenerator {
    let person: PersonSource
    let domain: [UInt8]?
    var uniqueCapacity: UInt64 { 1 << 62 }

    /// The local part through a cursor. `before` is the byte before the address (nil at the start):
    /// a local part that folds to nothing still gets its `x` if that byte is a dot or underscore.
    static func putLocalPart(_ p: Person, unique: UInt64?, before: UInt8?, to out: inout ByteCursor) {
        let start = out.position
        let first = p.firstForASCII, last = p.lastForASCII
        let style = unique == nil ? p.style % 8 : p.style % 4
        switch style {
        case 0: ASCIIFold.fold(first, into: &out); out.put(46); ASCIIFold.fold(last, into: &out)
        case 1: ASCIIFold.fold(first, into: &out); ASCIIFold.fold(last, into: &out)
        case 2:
            let s = out.position
            ASCIIFold.fold(first, into: &out)
            if out.position > s + 1 { out.rewind(to: s + 1) }
            out.put(46); ASCIIFold.fold(last, into: &out)
        case 3: ASCIIFold.fold(first, into: &out); out.put(95); ASCIIFold.fold(last, into: &out)
        case 4: ASCIIFold.fold(first, into: &out); out.put(46); ASCIIFold.fold(last, into: &out)
            ByteFormat.putUInt((p.style >> 8) % 90 + 10, to: &out)
        case 5: ASCIIFold.fold(last, into: &out); out.put(46); ASCIIFold.fold(first, into: &out)
        case 6: ASCIIFold.fold(first, into: &out); ByteFormat.putUInt((p.style >> 8) % 9000 + 100, to: &out)
        default:
            let s = out.position
            ASCIIFold.fold(first, into: &out)
            if out.position > s + 1 { out.rewind(to: s + 1) }
            ASCIIFold.fold(last, into: &out)
            ByteFormat.putUInt((p.style >> 8) % 99 + 1, to: &out)
        }
        // Names that fold to nothing (none in the tables, but be safe) still give an address.
        if let end = out.position > start ? (out.position - 1).pointee : before, end == 46 || end == 95 {
            out.put(UInt8(ascii: "x"))
        }
        if let u = unique {
            // Names never end in digits in the letter-only styles, so the number alone keeps addresses distinct.
            ByteFormat.putUInt(u, to: &out)
        }
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let p = person.person(&c)
        let unique = c.unique
        if let domain {
            domain.withUnsafeBufferPointer { Self.append(p, unique: unique, domain: $0, to: &out) }
        } else {
            let domains = c.locale.emailDomains
            Self.append(p, unique: unique, domain: domains.entry(Int((p.style >> 40) % UInt64(domains.count))), to: &out)
        }
        return .text
    }

    /// The local part is folded to ASCII letters and digits, with dots, underscores and digits.
    func writesPlainText(locales: [LocaleData]) -> Bool {
        if let domain { return WordTable.isPlain(domain) }
        return locales.allSatisfy { $0.emailDomains.isPlain }
    }

    /// `local@domain` in one append: folded names take at most two bytes a byte, and the
    /// separator, `x`, style number and unique number at most 1 + 1 + 20 + 20.
    private static func append(_ p: Person, unique: UInt64?, domain: UnsafeBufferPointer<UInt8>, to out: inout CellBytes) {
        let bound = 2 * (p.firstForASCII.count + p.lastForASCII.count) + 42 + 1 + domain.count
        let before = out.last
        out.appendAssembled(bound) { cursor in
            putLocalPart(p, unique: unique, before: before, to: &cursor)
            cursor.put(UInt8(ascii: "@"))
            cursor.put(domain)
        }
    }
}

struct UsernameKind: KindGenerator {
    let person: PersonSource
    var uniqueCapacity: UInt64 { 1 << 62 }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let p = person.person(&c)
        let s = out.count
        switch (p.style >> 20) % (c.unique == nil ? 5 : 3) {
        case 0:
            p.appendFirstASCII(to: &out)
            if out.count > s + 1 { out.removeLast(out.count - s - 1) }
            p.appendLastASCII(to: &out)
        case 1: p.appendFirstASCII(to: &out); out.append(95); p.appendLastASCII(to: &out)
        case 2: p.appendLastASCII(to: &out); out.append(46); p.appendFirstASCII(to: &out)
        case 3: p.appendFirstASCII(to: &out); ByteFormat.appendInt(Int64((p.style >> 24) % 999 + 1), to: &out)
        default: p.appendFirstASCII(to: &out); p.appendLastASCII(to: &out); ByteFormat.appendInt(Int64((p.style >> 24) % 99), to: &out)
        }
        if let u = c.unique { ByteFormat.appendUInt(u, to: &out) }
        return .text
    }
}

struct DomainKind: KindGenerator {
    var uniqueCapacity: UInt64 { 1 << 62 }
    static func appendDomain(_ r: inout CellRandom, unique: UInt64?, to out: inout CellBytes) {
        let s = out.count
        Words.domainWords.appendRandom(&r, to: &out)
        if r.chance(0.5) { Words.domainWords.appendRandom(&r, to: &out) }
        if let u = unique { ByteFormat.appendUInt(u, to: &out) }
        // Lower-case what the word list capitalises.
        for i in s..<out.count where out[i] >= 65 && out[i] <= 90 { out[i] += 32 }
        out.append(46)
        Words.tlds.appendRandom(&r, to: &out)
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        Self.appendDomain(&c.r, unique: c.unique, to: &out)
        return .text
    }
}

struct URLKind: KindGenerator {
    var uniqueCapacity: UInt64 { 1 << 62 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: "https://".utf8)
        if c.r.chance(0.5) { out.append(contentsOf: "www.".utf8) }
        DomainKind.appendDomain(&c.r, unique: nil, to: &out)
        let depth = c.unique == nil ? c.r.below(3) : 1
        for _ in 0..<depth {
            out.append(47)
            Words.urlPaths.appendRandom(&c.r, to: &out)
        }
        if let u = c.unique { out.append(47); ByteFormat.appendUInt(u, to: &out) }
        return .text
    }
}

/// A code repository's address on a forge (`https://github.com/harborlane/billing-service`): an
/// organisation's handle and the repository's name, two words of software joined by a hyphen.
struct RepoURLKind: KindGenerator {
    static let forges = WordTable("github.com|github.com|github.com|gitlab.com|bitbucket.org")
    static let parts = WordTable("api|auth|billing|web|mobile|data|search|payments|admin|docs|core|sync|cli|infra|analytics|notify|media|config|deploy|cache")
    static let kinds = WordTable("service|client|app|server|gateway|worker|pipeline|sdk|ui|tools|lib|engine|dashboard|scheduler|proxy|bot")
    var uniqueCapacity: UInt64 { 1 << 62 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: "https://".utf8)
        Self.forges.appendRandom(&c.r, to: &out)
        out.append(47)
        let s = out.count
        Words.domainWords.appendRandom(&c.r, to: &out)
        for i in s..<out.count where out[i] >= 65 && out[i] <= 90 { out[i] += 32 }
        out.append(47)
        Self.parts.appendRandom(&c.r, to: &out)
        out.append(45)
        Self.kinds.appendRandom(&c.r, to: &out)
        if let u = c.unique { out.append(45); ByteFormat.appendUInt(u, to: &out) }
        return .text
    }
}

/// The address of a picture: a file name with an image extension under an images folder
/// (`https://cdn.harborlane.com/images/3f9a1c07b2e4.jpg`), not a page.
struct ImageURLKind: KindGenerator {
    var uniqueCapacity: UInt64 { 1 << 48 }
    static let hosts = ["cdn.", "images.", "img.", "media.", "static."]
    static let folders = ["images", "uploads", "photos", "media", "img"]
    static let extensions = [".jpg", ".jpg", ".jpg", ".png", ".webp"]

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: "https://".utf8)
        out.append(contentsOf: Self.hosts[c.r.below(Self.hosts.count)].utf8)
        DomainKind.appendDomain(&c.r, unique: nil, to: &out)
        out.append(47)
        out.append(contentsOf: Self.folders[c.r.below(Self.folders.count)].utf8)
        out.append(47)
        // A unique one is numbered (its hex is its number); others draw twelve hex digits.
        let name = c.unique ?? (c.r.next() & 0xFFFF_FFFF_FFFF)
        ByteFormat.appendHex(name, count: 12, to: &out)
        out.append(contentsOf: Self.extensions[c.r.below(Self.extensions.count)].utf8)
        return .text
    }
}

struct IPv4Kind: KindGenerator {
    var uniqueCapacity: UInt64 { 200 << 24 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let v = c.unique ?? c.r.below(UInt64(200) << 24)
        // First octets 11–210 avoid 0/8, 10/8 and 127/8; the rest spans everything.
        ByteFormat.appendUInt(11 + (v >> 24), to: &out); out.append(46)
        ByteFormat.appendUInt((v >> 16) & 0xFF, to: &out); out.append(46)
        ByteFormat.appendUInt((v >> 8) & 0xFF, to: &out); out.append(46)
        ByteFormat.appendUInt(v & 0xFF, to: &out)
        return .text
    }
}

struct IPv6Kind: KindGenerator {
    var uniqueCapacity: UInt64 { 1 << 62 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let hi = 0x2001_0db8_0000_0000 | (c.r.next() & 0xFFFF_FFFF)
        let lo = c.unique.map { Mix.finalize($0) } ?? c.r.next()
        for (i, word) in [hi >> 48, hi >> 32, hi >> 16, hi, lo >> 48, lo >> 32, lo >> 16, lo].enumerated() {
            if i > 0 { out.append(58) }
            ByteFormat.appendHex(word & 0xFFFF, count: 4, to: &out)
        }
        return .text
    }
}

struct MACKind: KindGenerator {
    var uniqueCapacity: UInt64 { 1 << 46 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        // Locally administered unicast: second hex digit 2, 6, A or E.
        let v = c.unique.map { ($0 << 2) | 2 } ?? ((c.r.next() & 0xFFFF_FFFF_FFFC) | 2)
        for i in 0..<6 {
            if i > 0 { out.append(58) }
            ByteFormat.appendHex(v >> UInt64((5 - i) * 8) & 0xFF, count: 2, to: &out)
        }
        return .text
    }
}

struct SlugKind: KindGenerator {
    var uniqueCapacity: UInt64 { 1 << 62 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let n = 2 + c.r.below(3)
        for i in 0..<n {
            if i > 0 { out.append(45) }
            Words.lorem.appendRandom(&c.r, to: &out)
        }
        if let u = c.unique { out.append(45); ByteFormat.appendUInt(u, to: &out) }
        return .text
    }
}

/// A bcrypt-shaped hash (`$2b$12$` + 53 characters of its alphabet); not a hash of anything.
struct PasswordHashKind: KindGenerator {
    static let alphabet: [UInt8] = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    var uniqueCapacity: UInt64 { 1 << 62 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: "$2b$12$".utf8)
        var i = 0
        if var u = c.unique {
            // The first 11 symbols (66 bits) number the row, the rest are random.
            for _ in 0..<11 { out.append(Self.alphabet[Int(u & 63)]); u >>= 6; i += 1 }
        }
        var bits = c.r.next(), left = 10
        while i < 53 {
            if left == 0 { bits = c.r.next(); left = 10 }
            out.append(Self.alphabet[Int(bits & 63)])
            bits >>= 6; left -= 1; i += 1
        }
        return .text
    }
}
