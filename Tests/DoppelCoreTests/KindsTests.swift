import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct KindsTests {
    @Test func wordTablesThatMustAlignDo() {
        for l in LocaleData.all {
            #expect(l.maleFirst.count > 20 && l.femaleFirst.count > 20 && l.last.count > 30, "\(l.code)")
            #expect(l.cities.count >= 25, "\(l.code)")
            if let m = l.maleFirstLatin { #expect(m.count == l.maleFirst.count, "\(l.code) male latin") }
            if let f = l.femaleFirstLatin { #expect(f.count == l.femaleFirst.count, "\(l.code) female latin") }
            if let s = l.lastLatin { #expect(s.count == l.last.count, "\(l.code) last latin") }
            for c in 0..<l.cities.count {
                #expect(Double(l.cities.string(c, 4)) != nil && Double(l.cities.string(c, 5)) != nil, "\(l.code) city \(c)")
                #expect(l.cities.string(c, 6).contains("/"), "\(l.code) time zone of \(l.cities.string(c, 0))")
            }
        }
        #expect(Words.colors.count == Words.colorHex.count)
        #expect(Words.diagnoses.count == Words.icd10.count)
        #expect(Words.vehicleMakes.count == Words.vehicleModels.count)
        #expect(Words.vehicleMakes.count == Words.vehicleWMI.count)
        #expect(Words.carriers.count == Words.carrierTrackingPatterns.count)
        #expect(Words.categories.count == Words.productNouns.count)
        #expect(Words.orderStatuses.count == Words.orderStatusWeights.count)
        #expect(Words.bloodTypes.count == Words.bloodWeights.count)
        #expect(Words.grades.count == Words.gradeWeights.count)
        #expect(Words.shipmentStatuses.count == Words.shipmentWeights.count)
        #expect(Words.paymentMethods.count == Words.paymentWeights.count)
        #expect(Words.airports.count == 30 && Words.airlines.count == 20)
    }

    static func values(_ kind: String, rows: Int = 500, extra: String = "", type: String? = nil) throws -> [String] {
        let t = type.map { #","type":"\#($0)""# } ?? ""
        let text = #"{"name":"k","entities":[{"name":"t","rows":\#(rows),"fields":[{"name":"v","kind":"\#(kind)"\#(t)\#(extra)}]}]}"#
        return TestSupport.column(try TestSupport.plan(text), "t", "v").map { $0 ?? "" }
    }

    @Test func checksummedIdentifiersAreValid() throws {
        #expect(try Self.values("finance.card_number").allSatisfy(Luhn.isValid))
        #expect(try Self.values("finance.card_number", extra: #","unique":true"#).allSatisfy(Luhn.isValid))
        #expect(try Self.values("finance.iban").allSatisfy(IBANKind.isValid))
        #expect(try Self.values("health.npi").allSatisfy { Luhn.isValid("80840" + $0) && $0.count == 10 })
        for v in try Self.values("vehicle.vin") {
            let b = Array(v.utf8)
            #expect(b.count == 17)
            #expect(VehicleKind.checkCharacter(b[...]) == b[8], "\(v)")
        }
        for isbn in try Self.values("media.isbn") {
            let d = isbn.compactMap(\.wholeNumberValue)
            #expect(d.count == 13)
            #expect(d.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) } % 10 == 0, "\(isbn)")
        }
        for r in try Self.values("finance.routing_number") {
            let d = r.compactMap(\.wholeNumberValue)
            #expect((3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0, "\(r)")
        }
        #expect(Luhn.isValid("4111111111111111"))
        #expect(!Luhn.isValid("4111111111111112"))
        #expect(IBANKind.isValid("DE89370400440532013000"))
        #expect(!IBANKind.isValid("DE89370400440532013001"))
    }

    @Test func codesVary() throws {
        // Random codes use every symbol class they name, not a constant.
        for kind in ["commerce.sku", "id.pattern", "finance.iban", "vehicle.license_plate", "iot.serial_number",
                     "logistics.tracking_number", "company.ein", "finance.account_number", "iot.device_id"] {
            let v = try Self.values(kind, rows: 300)
            #expect(Set(v).count > 290, "\(kind) repeats: \(v.prefix(3))")
            let chars = Set(v.joined())
            #expect(chars.count > 8, "\(kind) uses only \(chars)")
        }
    }

    @Test func patternsAndNumbersKeepTheirShape() throws {
        for v in try Self.values("id.pattern", extra: #","pattern":"INV-####-??""#) {
            #expect(v.hasPrefix("INV-") && v.count == 11 && v.suffix(2).allSatisfy(\.isUppercase))
        }
        let n = try Self.values("number.integer", extra: #","min":5,"max":9"#).compactMap { Int($0) }
        #expect(n.count == 500 && n.allSatisfy { (5...9).contains($0) } && Set(n).count == 5)
        let d = try Self.values("number.decimal", extra: #","min":1,"max":2000,"distribution":"lognormal","precision":3"#)
        #expect(d.allSatisfy { $0.split(separator: ".").last?.count == 3 })
        let ds = d.compactMap(Double.init).sorted()
        #expect(ds.first! >= 1 && ds.last! <= 2000 && ds[250] < 600, "lognormal median \(ds[250])")
        let normal = try Self.values("number.float", extra: #","min":0,"max":100,"distribution":"normal""#).compactMap(Double.init).sorted()
        #expect(normal[250] > 40 && normal[250] < 60)
        let zipf = try Self.values("number.integer", extra: #","min":1,"max":100,"distribution":"zipf""#).compactMap { Int($0) }
        #expect(zipf.filter { $0 == 1 }.count > zipf.filter { $0 == 50 }.count * 5)
        let flags = try Self.values("boolean", rows: 2000, extra: #","probability":0.2"#)
        let trues = flags.filter { $0 == "true" }.count
        #expect(trues > 300 && trues < 500)
        let decimals = try Self.values("enum", extra: #","values":[0.125, 0.3, 3]"#)
        #expect(Set(decimals) == ["0.125", "0.300", "3.000"])
        let weighted = try Self.values("enum", rows: 2000, extra: #","values":["a","b"],"weights":[9,1]"#)
        #expect(weighted.filter { $0 == "a" }.count > 1700)
    }

    @Test func datesStayInTheirWindows() throws {
        let between = try Self.values("date.between", extra: #","min":"2023-03-01","max":"2023-03-31""#)
        #expect(between.allSatisfy { $0 >= "2023-03-01" && $0 <= "2023-03-31" })
        let weekday = try Self.values("date.weekday")
        #expect(weekday.allSatisfy { d in
            guard let s = CivilTime.parse(d) else { return false }
            return CivilTime.weekday(s / 86_400) < 5
        })
        let business = try Self.values("datetime.business_hours")
        #expect(business.allSatisfy { $0.dropFirst(11).prefix(2) >= "09" && $0.dropFirst(11).prefix(2) < "17" })
        #expect(try Self.values("date.future").allSatisfy { $0 > "2025-01-01" && $0 <= "2027-01-01" })
        #expect(try Self.values("datetime.recent").allSatisfy { $0 >= "2024-12-25" && $0 < "2025-01-01" })
        #expect(try Self.values("time.business_hours").allSatisfy { $0 >= "09:00:00" && $0 <= "17:00:00" })
        #expect(try Self.values("date.weekday", type: "string").allSatisfy { $0.hasSuffix("day") })
        // Person ages agree with birth dates on the anchor.
        let text = #"{"name":"p","entities":[{"name":"t","rows":300,"fields":[{"name":"age"},{"name":"birth_date"}]}]}"#
        let plan = try TestSupport.plan(text)
        for row in TestSupport.table(plan, "t") {
            let age = Int(row[0] ?? "") ?? -1, born = row[1] ?? ""
            let year = Int(born.prefix(4)) ?? 0
            let hadBirthday = born.dropFirst(5) <= "01-01"
            #expect(age == 2025 - year - (hadBirthday ? 0 : 1), "\(age) vs \(born)")
            #expect((18...80).contains(age))
        }
    }

    @Test func kindsThatShareARowChoiceAgree() throws {
        let text = #"""
        {"name":"p","entities":[{"name":"t","rows":300,"fields":[
          {"name":"make"},{"name":"model"},{"name":"diagnosis"},{"name":"icd10_code"},
          {"name":"airline"},{"name":"flight_number"},{"name":"carrier"},{"name":"tracking_number"},
          {"name":"file_name"},{"name":"extension"},{"name":"mime_type"},{"name":"color_name"},{"name":"hex"}]}]}
        """#
        let plan = try TestSupport.plan(text)
        for r in TestSupport.table(plan, "t") {
            let make = try #require(r[0]), model = try #require(r[1])
            let m = try #require((0..<Words.vehicleMakes.count).first { Words.vehicleMakes.string($0) == make })
            #expect((0..<Words.vehicleModels[m].count).contains { Words.vehicleModels[m].string($0) == model })
            let d = try #require((0..<Words.diagnoses.count).first { Words.diagnoses.string($0) == r[2] })
            #expect(Words.icd10.string(d) == r[3])
            let a = try #require((0..<Words.airlines.count).first { Words.airlines.string($0, 0) == r[4] })
            #expect(r[5]?.hasPrefix(Words.airlines.string(a, 1)) == true)
            #expect(r[6] != "UPS" || r[7]?.hasPrefix("1Z") == true)
            #expect(r[8]?.hasSuffix("." + (r[9] ?? "")) == true)
            let f = try #require((0..<Words.files.count).first { Words.files.string($0, 0) == r[9] })
            #expect(Words.files.string(f, 1) == r[10])
            let c = try #require((0..<Words.colors.count).first { Words.colors.string($0) == r[11] })
            #expect(Words.colorHex.string(c) == r[12])
        }
    }

    /// Plain sentences, not random words: someone did something to something, or a remark.
    @Test func textIsPlainSentences() throws {
        let sentences = try Self.values("text.sentence")
        #expect(sentences.allSatisfy { $0.first?.isUppercase == true && $0.hasSuffix(".") && $0.split(separator: " ").count >= 4 })
        let actions = sentences.filter { !NeutralProse.remarks.contains($0) }
        #expect(actions.count > sentences.count / 2)
        for s in actions {
            #expect(NeutralProse.subjects.contains { s.hasPrefix($0 + " ") } && NeutralProse.verbs.contains { s.contains(" \($0) the ") }, "\(s)")
        }
        #expect(Double(Set(actions).count) > Double(actions.count) * 0.95)
        let bios = try Self.values("text.bio", rows: 50)
        #expect(bios.allSatisfy { $0.contains(" is a") && $0.contains(" based in ") })
    }
}
