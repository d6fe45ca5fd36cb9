import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct PlannerTextTests {
    @Test(arguments: [
        ("categories", "category"), ("people", "person"), ("children", "child"), ("time_entries", "time_entry"),
        ("statuses", "status"), ("addresses", "address"), ("boxes", "box"), ("batches", "batch"), ("movies", "movie"),
        ("analyses", "analysis"), ("leaves", "leaf"), ("drives", "drive"), ("heroes", "hero"), ("shoes", "shoe"),
        ("menus", "menu"), ("skus", "sku"), ("quizzes", "quiz"), ("status", "status"), ("business", "business"),
        ("data", "data"), ("series", "series"), ("campuses", "campus"), ("warehouses", "warehouse"), ("caches", "cache"),
        ("employees", "employee"), ("metrics", "metric"), ("criteria", "criterion"),
    ])
    func singular(_ pair: (String, String)) {
        #expect(Inflector.singular(pair.0) == pair.1)
    }

    @Test(arguments: [
        ("category", "categories"), ("person", "people"), ("time_entry", "time_entries"), ("status", "statuses"),
        ("address", "addresses"), ("box", "boxes"), ("day", "days"), ("analysis", "analyses"), ("hero", "heroes"),
        ("photo", "photos"), ("inventory", "inventory"), ("customers", "customers"), ("child", "children"),
    ])
    func plural(_ pair: (String, String)) {
        #expect(Inflector.plural(pair.0) == pair.1)
    }

    @Test func snakeCase() {
        #expect(Identifier.snake("signupDate") == "signup_date")
        #expect(Identifier.snake("CustomerID") == "customer_id")
        #expect(Identifier.snake("Date of Birth") == "date_of_birth")
        #expect(Identifier.snake("e-commerce") == "e_commerce")
        #expect(Identifier.snake("__x__") == "x")
        #expect(Identifier.snake(String(repeating: "a", count: 100)).count == Identifier.maxLength)
    }

    @Test func lexerReadsNumbersWordsAndCode() {
        let t = PromptLexer("Include 1,000 `stock_moves` and 10k café's rows (e.g. x); 2.5 hours").tokens
        #expect(t.map(\.kind) == [.word, .number, .code, .word, .number, .word, .word, .open, .word, .word, .close, .semicolon, .number, .word])
        #expect(t[1].value == 1000)
        #expect(t[2].text == "stock_moves")
        #expect(t[4].value == 10_000)
        #expect(t[5].text == "cafe")  // diacritics folded, possessive dropped
        #expect(t[8].text == "e.g")
        #expect(t[12].value == 2.5)
    }

    @Test func lexerReportsTextWithoutALatinForm() {
        let lexer = PromptLexer("顧客 customers 🚀")
        #expect(lexer.tokens.map(\.text) == ["customers"])
        #expect(lexer.ignored == ["顧客", "🚀"])
    }

    @Test func countsInDigitsAndWords() {
        func count(_ s: String) -> Int? {
            let nodes = SentenceSplitter.tree(PromptLexer(s).tokens)
            return Count.read(nodes, at: 0)?.0
        }
        #expect(count("12 stations") == 12)
        #expect(count("twelve hotels") == 12)
        #expect(count("a dozen rooms") == 12)
        #expect(count("two hundred fifty users") == 250)
        #expect(count("2 million events") == 2_000_000)
        #expect(count("one author") == nil)
        #expect(count("100-200 orders") == 200)
    }

    @Test func sentencesSplitAtPeriodsAndListLinesButNotWrappedProse() {
        let s1 = SentenceSplitter.sentences(PromptLexer("orgs: id, name\nmembers: id, org_id").tokens)
        #expect(s1.count == 2)
        let s2 = SentenceSplitter.sentences(PromptLexer("customers with a name and\nan email. Orders too").tokens)
        #expect(s2.count == 2)
        let s3 = SentenceSplitter.sentences(PromptLexer("products with sku; suppliers; and orders").tokens)
        #expect(s3.count == 1)
        let s4 = SentenceSplitter.sentences(PromptLexer("table a with columns x; table b with columns y").tokens)
        #expect(s4.count == 2)
    }

    @Test func unmatchedBracketsDoNotBreakTheTree() {
        let nodes = SentenceSplitter.tree(PromptLexer("a (b, c ) d ) e ( f").tokens)
        #expect(nodes.filter(\.isGroup).count == 1)
        #expect(nodes.flatMap(\.flatWords) == ["a", "b", "c", "d", "e", "f"])
    }
}

@Suite struct PlannerColumnPhraseTests {
    func columns(_ text: String) -> [ColumnDraft] {
        ColumnPhraseReader.readList(SentenceSplitter.tree(PromptLexer(text).tokens), prose: true)
    }

    func names(_ text: String) -> [String] { columns(text).map(\.name) }

    @Test func phrasesBecomeColumnNames() {
        #expect(names("full name, date of birth, height in cm and ram in GB") == ["full_name", "date_of_birth", "height_cm", "ram_gb"])
        #expect(names("start and end dates, first and last name") == ["start_date", "end_date", "first_name", "last_name"])
        #expect(names("a stage and applied date") == ["stage", "applied_date"])
        #expect(names("number of bedrooms, size in square feet") == ["bedroom_count", "size_sqft"])
        #expect(names("whether it is refurbished, whether the customer churned, whether it has wifi") == ["is_refurbished", "churned", "has_wifi"])
        #expect(names("an is_active flag, a returned flag") == ["is_active", "is_returned"])
    }

    @Test func typesValuesRangesAndReferences() {
        let c = columns("id INT PRIMARY KEY, total DECIMAL(10,2), rating 1-5, status (open, closed), manager (another employee), score out of 10, customer_id REFERENCES customers(id), is_vip yes/no")
        #expect(c.map(\.name) == ["id", "total", "rating", "status", "manager", "score", "customer_id", "is_vip"])
        #expect(c[0].primaryKey && c[0].type == .integer)
        #expect(c[1].type == .decimal)
        #expect(c[2].min == 1 && c[2].max == 5)
        #expect(c[3].values == ["open", "closed"])
        #expect(c[4].target == ["employee"])
        #expect(c[5].min == 0 && c[5].max == 10)
        #expect(c[6].target == ["customers"] && c[6].targetField == "id")
        #expect(c[7].type == .boolean)
    }
}
