/// `internet.user_agent`: a browser's User-Agent header as browsers send it today, one release per
/// header: Firefox's `rv:` is its version, Safari on an iPhone or iPad reports the iOS it runs
/// (`iPhone OS 17_4` with `Version/17.4`), Edge the Chromium it is built on, and Chrome the reduced
/// form (`Chrome/131.0.0.0`). Families by rough share of traffic.
struct UserAgentKind: KindGenerator {
    enum Family: CaseIterable {
        case chromeWindows, chromeMac, chromeAndroid, edgeWindows, safariMac, safariIPhone, safariIPad, firefoxWindows,
             firefoxLinux
    }

    /// Shares out of 100.
    static let weights: [(Family, Int)] = [(.chromeWindows, 34), (.chromeMac, 9), (.chromeAndroid, 15), (.edgeWindows, 7),
                                           (.safariMac, 8), (.safariIPhone, 17), (.safariIPad, 3), (.firefoxWindows, 5),
                                           (.firefoxLinux, 2)]
    static let chromeMajors = 118...143
    static let firefoxMajors = 115...146
    static let appleMajors = 16...18
    static let androidMajors = 12...15
    static let androidModels = ["Pixel 7", "Pixel 8", "Pixel 9", "SM-S918B", "SM-A546B", "SM-G991B", "moto g power (2023)"]

    static func pick(_ range: ClosedRange<Int>, _ r: inout CellRandom) -> Int { range.lowerBound + r.below(range.count) }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var draw = c.r.below(100)
        var family = Family.chromeWindows
        for (f, w) in Self.weights {
            if draw < w { family = f; break }
            draw -= w
        }
        let chrome = "\(Self.pick(Self.chromeMajors, &c.r)).0.0.0"
        let webkit = "AppleWebKit/537.36 (KHTML, like Gecko)"
        let text: String
        switch family {
        case .chromeWindows:
            text = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) \(webkit) Chrome/\(chrome) Safari/537.36"
        case .chromeMac:
            text = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) \(webkit) Chrome/\(chrome) Safari/537.36"
        case .chromeAndroid:
            let android = Self.pick(Self.androidMajors, &c.r)
            let model = Self.androidModels[c.r.below(Self.androidModels.count)]
            text = "Mozilla/5.0 (Linux; Android \(android); \(model)) \(webkit) Chrome/\(chrome) Mobile Safari/537.36"
        case .edgeWindows:
            text = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) \(webkit) Chrome/\(chrome) Safari/537.36 Edg/\(chrome)"
        case .safariMac, .safariIPhone, .safariIPad:
            let major = Self.pick(Self.appleMajors, &c.r), minor = c.r.below(7)
            let safari = "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/\(major).\(minor)"
            switch family {
            case .safariMac: text = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) \(safari) Safari/605.1.15"
            case .safariIPad: text = "Mozilla/5.0 (iPad; CPU OS \(major)_\(minor) like Mac OS X) \(safari) Mobile/15E148 Safari/604.1"
            default: text = "Mozilla/5.0 (iPhone; CPU iPhone OS \(major)_\(minor) like Mac OS X) \(safari) Mobile/15E148 Safari/604.1"
            }
        case .firefoxWindows, .firefoxLinux:
            let v = Self.pick(Self.firefoxMajors, &c.r)
            let system = family == .firefoxLinux ? "X11; Linux x86_64" : "Windows NT 10.0; Win64; x64"
            text = "Mozilla/5.0 (\(system); rv:\(v).0) Gecko/20100101 Firefox/\(v).0"
        }
        out.append(contentsOf: text.utf8)
        return .text
    }
}
