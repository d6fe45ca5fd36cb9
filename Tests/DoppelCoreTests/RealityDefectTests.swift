import Testing
import Foundation
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Each defect kind on its own: what it does to a value, over many random draws.
@Suite struct RealityDefectTests {
    /// Runs `f` on `value` with 300 different streams; the dirty values as strings (nil: no change possible).
    func draws(_ value: String, _ f: ([UInt8], inout CellRandom, inout CellBytes) -> Bool) -> [String] {
        (0..<300).compactMap { i in
            var r = CellRandom(key: 99, row: i)
            var out = CellBytes()
            guard f(Array(value.utf8), &r, &out) else { return nil }
            #expect(String(validating: out.bytes, as: UTF8.self) != nil, "not UTF-8: \(Array(out.bytes))")
            return String(decoding: out.bytes, as: UTF8.self)
        }
    }

    /// Edit distance 1 (substitution, deletion, insertion) or an adjacent transposition.
    func isOneTypo(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        if x.count == y.count {
            let diffs = x.indices.filter { x[$0] != y[$0] }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1 && x[diffs[0]] == y[diffs[1]] && x[diffs[1]] == y[diffs[0]]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        for i in long.indices where Array(long[..<i] + long[(i + 1)...]) == short { return true }
        return false
    }

    @Test func typosAreOneKeystrokeAwayAndCoverEveryOperation() {
        let results = draws("Margaret Thompson", TextNoise.typo)
        #expect(results.count == 300)
        #expect(results.allSatisfy { isOneTypo("Margaret Thompson", $0) && $0 != "Margaret Thompson" })
        #expect(results.contains { $0.count == 16 } && results.contains { $0.count == 18 })  // dropped, doubled
        #expect(results.contains { $0.count == 17 })  // substituted or swapped
        // Substitutions use a neighbouring key: "r" only becomes e, t, d or f.
        for s in results where s.count == 17 {
            let a = Array("Margaret Thompson"), b = Array(s)
            let d = a.indices.filter { a[$0] != b[$0] }
            if d.count == 1, a[d[0]] == "r" { #expect("etdf".contains(b[d[0]]), "\(s)") }
        }
        // Non-ASCII letters are never split: the result stays valid and keeps them.
        #expect(draws("Zoë Müller", TextNoise.typo).allSatisfy { $0.contains("ë") && $0.contains("ü") })
        #expect(draws("東京", TextNoise.typo).isEmpty)  // no ASCII letters: no typo, nothing recorded
    }

    @Test func caseChangesAndWhitespaceKeepTheLetters() {
        let cases = draws("Maria Garcia", TextNoise.letterCase)
        #expect(Set(cases).isSuperset(of: ["MARIA GARCIA", "maria garcia", "maria Garcia"]))
        #expect(cases.allSatisfy { $0.lowercased() == "maria garcia" && $0 != "Maria Garcia" })
        #expect(draws("ÉLODIE", TextNoise.letterCase).allSatisfy { $0.lowercased() == "élodie" && $0 != "ÉLODIE" })
        #expect(draws("12345", TextNoise.letterCase).isEmpty)
        let spaced = draws("Maria Garcia", TextNoise.whitespace)
        #expect(spaced.allSatisfy { $0 != "Maria Garcia" && $0.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces) == "Maria Garcia" })
        #expect(spaced.contains { $0.hasPrefix(" ") } && spaced.contains { $0.hasSuffix(" ") } && spaced.contains("Maria  Garcia"))
    }

    @Test func datesKeepTheirValueInOtherFormats() {
        let dates = Set(draws("2024-03-05", DateFormats.reformat))
        #expect(dates == ["03/05/2024", "05/03/2024", "05.03.2024", "5 Mar 2024", "March 5, 2024", "2024/03/05", "05-Mar-2024"])
        let times = Set(draws("2024-03-05T14:22:10Z", DateFormats.reformat))
        #expect(times == ["2024-03-05 14:22:10", "03/05/2024 2:22 PM", "05/03/2024 14:22", "05.03.2024 14:22:10",
                          "5 Mar 2024 14:22", "March 5, 2024 2:22:10 PM", "1709648530"])
        #expect(Set(draws("09:05:00", DateFormats.reformat)) == ["9:05 AM", "09:05", "09.05", "9:05:00 AM"])
        #expect(draws("not a date", DateFormats.reformat).isEmpty)
        // A near-duplicate's shifted date keeps the ISO shape.
        #expect(draws("2024-03-05", DateFormats.shift).allSatisfy { CivilTime.parse($0) != nil && $0 != "2024-03-05" })
    }

    @Test func phonesKeepTheirDigits() {
        let us = draws("(555) 123-4567", { ContactDefects.phone($0, locale: .enUS, &$1, &$2) })
        #expect(us.count == 300 && us.allSatisfy { $0 != "(555) 123-4567" })
        let digits: (String) -> String = { String($0.filter(\.isNumber)) }
        #expect(us.allSatisfy { ["5551234567", "15551234567", "0015551234567"].contains(digits($0)) }, "\(Set(us))")
        #expect(us.contains("+1 555 123 4567") && us.contains("5551234567") && us.contains("555.123.4567"))
        // A German number with a trunk zero: +49 drops it, and dropping +49 brings it back.
        let de = draws("030 1234567", { ContactDefects.phone($0, locale: .deDE, &$1, &$2) })
        #expect(de.contains("+49 30 1234567") && de.contains("0049 30 1234567"))
        #expect(draws("+49 30 1234567", { ContactDefects.phone($0, locale: .deDE, &$1, &$2) }).contains("030 1234567"))
    }

    @Test func numbersKeepTheirValueInOtherFormats() {
        let formatted = Set(draws("1234.50", { NumberFormats.reformat($0, money: true, locale: .enUS, &$1, &$2) }))
        #expect(formatted == ["1,234.50", "1.234,50", "1 234.50", "1234.5", "$1,234.50"])
        #expect(Set(draws("12.5", { NumberFormats.reformat($0, money: false, locale: .enUS, &$1, &$2) })) == ["12.50", "12,5"])
        #expect(Set(draws("42", { NumberFormats.reformat($0, money: false, locale: .enUS, &$1, &$2) })) == ["42.0"])
        #expect(draws("9.99", { NumberFormats.reformat($0, money: true, locale: .deDE, &$1, &$2) }).contains("9,99 €"))
        // Outliers keep the column's decimals and are far from the value.
        let outliers = draws("12.50", NumberFormats.outlier)
        #expect(Set(outliers) == ["125.00", "1250.00", "12500.00", "-12.50", "999999.00", "-1.00"])
        #expect(Set(draws("0", NumberFormats.outlier)) == ["999999", "-1"])
        #expect(draws("true", NumberFormats.boolean).allSatisfy { ["yes", "Y", "1", "TRUE", "True", "T", "on"].contains($0) })
    }

    @Test func invalidEmailsAndPostalCodesAreInvalid() throws {
        let valid = try NSRegularExpression(pattern: "^(?!.*\\.\\.)[^@\\s,]+@[^@\\s,]+\\.[A-Za-z]{2,}$")
        func matches(_ s: String) -> Bool { valid.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }
        #expect(matches("maria.garcia@gmail.com"))
        let emails = draws("maria.garcia@gmail.com", ContactDefects.invalidEmail)
        #expect(emails.count == 300 && emails.allSatisfy { !matches($0) }, "\(Set(emails).filter(matches))")
        #expect(Set(emails).count == 7)
        let codes = draws("02134", ContactDefects.invalidPostalCode)
        #expect(codes.allSatisfy { $0.count != 5 || $0.contains { !$0.isNumber } || $0 == "00000" })
        #expect(codes.contains("2134"))  // the leading zero a spreadsheet drops
    }

    @Test func encodingNoiseIsMojibakeOrInvisibleCharacters() {
        let accented = draws("José Müller", EncodingNoise.apply)
        #expect(accented.contains("JosÃ© MÃ¼ller"))
        #expect(accented.allSatisfy { $0 == "JosÃ© MÃ¼ller" || $0.contains("\u{FFFD}") })
        let plain = draws("Smith & Sons", EncodingNoise.apply)
        #expect(plain.contains("Smith &amp; Sons") && plain.contains("Smith\u{00A0}& Sons"))
        #expect(plain.contains { $0.contains("\u{200B}") } && plain.contains { $0.contains("\u{FFFD}") })
        #expect(plain.allSatisfy { $0 != "Smith & Sons" })
    }

    @Test func absentKeysLieOutsideTheKeys() {
        var r = CellRandom(key: 1, row: 1)
        var out = CellBytes()
        let domain = KeyDomain.integer(next: 1001, step: 1, rows: 1000)
        for _ in 0..<100 {
            out.removeAll()
            _ = [UInt8]("17".utf8).withUnsafeBufferPointer { domain.appendAbsent(clean: $0, &r, &out) }
            #expect((Int(String(decoding: out.bytes, as: UTF8.self)) ?? 0) >= 2001)
        }
        out.removeAll()
        _ = [UInt8]("SH-000017".utf8).withUnsafeBufferPointer { KeyDomain.text.appendFresh(clean: $0, ordinal: 3, &r, &out) }
        #expect(String(decoding: out.bytes, as: UTF8.self) == "SH-000017-5")
    }
}
