import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine

/// A stranger's warehouse prompt: "Ergonomic Aluminum Body Lotion", "Modern Denim Tablet", a 50 kg body
/// lotion and a 41 kg travel guide. Product words fit their category; weights are the category's.
@Suite struct ProductWordsTests {
    static func words(_ t: WordTable) -> [String] { (0..<t.count).map(t.string) }

    @Test(arguments: 1...5) func aProductIsNamedInItsCategorysWords(seed: UInt64) throws {
        let unique = seed % 2 == 0
        let weight = ["weight_kg", "weight_g", "shipping_weight_lb", "weight"][Int(seed % 4)]
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "products", "rows": 600, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "name", "type": "string", "kind": "commerce.product_name", "unique": \(unique)},
          {"name": "category", "type": "string", "kind": "commerce.category"},
          {"name": "blurb", "type": "text", "kind": "text.description"},
          {"name": "\(weight)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 90, "precision": 4}]}]}
        """)
        let categories = Self.words(Words.categories), brands = Set(Self.words(Words.brands))
        var names = Set<String>()
        for row in TestSupport.table(plan, "products") {
            let name = try #require(row[1]), category = try #require(row[2])
            let k = try #require(categories.firstIndex(of: category))
            let nouns = Self.words(Words.productNouns[k]), qualifiers = Self.words(Words.productQualifiers[k])
            let noun = try #require(nouns.filter { name.hasSuffix(" " + $0) }.max { $0.count < $1.count }, "\(name) in \(category)")
            var head = String(name.dropLast(noun.count + 1))
            if let brand = brands.first(where: { head.hasPrefix($0 + " ") }) { head = String(head.dropFirst(brand.count + 1)) }
            #expect(qualifiers.contains(head), "\(name): \(head) is not a \(category) word")
            names.insert(name)
            // The description says what is said of the category's products (written for the row, it names it).
            let blurb = try #require(row[3])
            #expect(blurb.hasPrefix(name) && Self.words(Words.sellingPoints[k]).contains { blurb.hasSuffix($0) }, "\(blurb)")
            // What it weighs is what things of its category weigh.
            let unit = weight.hasSuffix("_g") ? 1000 : weight.hasSuffix("_lb") ? 2.20462 : 1
            let kg = try #require(Double(row[4] ?? "")) / unit
            let range = Words.categoryKilograms[k]
            #expect(kg >= range.lowerBound - 0.001 && kg <= range.upperBound + 0.001, "\(name) weighs \(kg) kg")
        }
        if unique { #expect(names.count == 600) }
        #expect(Words.productQualifiers.count == Words.categories.count && Words.sellingPoints.count == Words.categories.count
                && Words.categoryKilograms.count == Words.categories.count)
    }

    /// A stranger's purchase order lines read "An essential garden gloves": a description with no product of its
    /// own names a noun of the shop's; a plural one ("earrings", "running shoes") takes no article.
    @Test(arguments: 1...4) func aPluralProductTakesNoArticle(seed: UInt64) throws {
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "po_lines", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "sku", "type": "string", "kind": "commerce.sku"},
          {"name": "description", "type": "text", "kind": "text.description"},
          {"name": "quantity", "type": "integer", "kind": "commerce.quantity"}]}]}
        """)
        let nouns = Words.productNouns.flatMap(Self.words).map { $0.lowercased() }
        var plurals = 0
        for text in TestSupport.column(plan, "po_lines", "description").compactMap({ $0 }) {
            let first = String(text.prefix { $0 != "." })
            let noun = try #require(nouns.filter { first.contains(" " + $0 + " from our ") }.max { $0.count < $1.count }, "\(first)")
            let plural = Inflector.isPlural(String(noun.split(separator: " ").last ?? ""))
            if plural { plurals += 1 }
            #expect(plural != (first.hasPrefix("A ") || first.hasPrefix("An ")), "\(first)")
            #expect(first.first?.isUppercase == true, "\(first)")
        }
        #expect(plurals > 0)
    }

    /// A marketplace's listing of goods is an item for sale, not a place near public transport.
    @Test func aListingOfGoodsIsAnItem() throws {
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 6, "entities": [{"name": "listings", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "title", "type": "string", "kind": "commerce.product_name"},
          {"name": "category", "type": "string", "kind": "commerce.category"},
          {"name": "description", "type": "text", "kind": "text.description"}]}]}
        """)
        for row in TestSupport.table(plan, "listings") {
            let text = try #require(row[3])
            #expect(!text.contains("transport") && !text.contains("staff") && !text.contains("atmosphere"), "\(text)")
        }
    }

    /// A name alone says its category: a weight follows it without a category column.
    @Test func aNameAloneSaysItsCategory() throws {
        #expect(SchemaResolver.productCategory(of: "Lumina Travel-Size Shampoo") == 5)
        #expect(SchemaResolver.productCategory(of: "Slim Earbuds") == 0)
        #expect(SchemaResolver.productCategory(of: "jewelry") == 13)
        #expect(SchemaResolver.productCategory(of: "Quantum Flux") == nil)
    }
}
