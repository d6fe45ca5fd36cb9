import Foundation
import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct WriterTests {
    @Test func csvRoundTripsThroughPythonsCSVModule() throws {
        let plan = try TestSupport.plan(TestSupport.shop)
        let csv = try #require(try TestSupport.outputs(plan, .csv)["orders.csv"])
        // Python parses the CSV and prints each row as JSON; it must equal the cells we generated.
        let script = "import csv, json, sys\nrows = list(csv.reader(sys.stdin.buffer.read().decode('utf-8').splitlines(True)))\nprint(json.dumps(rows))"
        let (status, out, err) = try TestSupport.run("python3", ["-c", script], input: csv)
        #expect(status == 0, "\(err)")
        let parsed = try JSONParser.parse(out)
        let rows = try #require(parsed.arrayValue)
        let table = TestSupport.table(plan, "orders")
        #expect(rows.count == table.count + 1)
        #expect(rows.first == .array(plan.entity(named: "orders")!.columnNames.map(JSON.string)))
        var quoted = 0
        for (r, expected) in zip(rows.dropFirst(), table) {
            let cells = try #require(r.arrayValue).map { $0.stringValue ?? "?" }
            #expect(cells == expected.map { $0 ?? "" })
            if expected.contains(where: { ($0 ?? "").contains("\n") || ($0 ?? "").contains("\"") }) { quoted += 1 }
        }
        #expect(quoted > 50, "the sample should exercise quotes and newlines")
    }

    @Test(arguments: [OutputFormat.json, .jsonl])
    func jsonAndJSONLParse(format: OutputFormat) throws {
        let plan = try TestSupport.plan(TestSupport.shop)
        for (name, bytes) in try TestSupport.outputs(plan, format) {
            let entity = String(name.split(separator: ".")[0])
            let e = try #require(plan.entity(named: entity))
            var objects: [JSON] = []
            if format == .json {
                objects = try #require(try JSONParser.parse(bytes).arrayValue)
            } else {
                let lines = bytes.split(separator: 10)
                #expect(bytes.last == 10)
                objects = try lines.map { try JSONParser.parse($0) }
            }
            #expect(objects.count == e.rows, "\(name)")
            let first = try #require(objects.first?.objectValue)
            #expect(first.keys == e.columnNames)
        }
        // Types: numbers as numbers, booleans as booleans, JSON columns as objects, NULL as null.
        let items = try TestSupport.outputs(plan, format)["order_items.\(format.fileExtension)"] ?? []
        let firstLine = format == .json ? try JSONParser.parse(items)[0] : try JSONParser.parse(Array(items.split(separator: 10)[0]))
        let row = try #require(firstLine)
        #expect(row["quantity"]?.intValue != nil)
        #expect(row["price"]?.doubleValue != nil)
        #expect(row["in_stock"]?.boolValue != nil)
        #expect(row["meta"]?.objectValue != nil)
        #expect(row["id"]?.stringValue?.count == 36)
    }

    @Test func emptyEntityGivesAnEmptyJSONArray() throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 0))
        let out = try TestSupport.outputs(plan, .json)
        #expect(try JSONParser.parse(try #require(out["orders.json"])) == .array([]))
    }

    @Test func sqliteLoadsTheScriptWithForeignKeysOn() throws {
        let dir = try TestSupport.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let extended = TestSupport.shop.replacingOccurrences(
            of: #"{"name": "city", "kind": "address.city"},"#,
            with: #"{"name": "city", "kind": "address.city"}, {"name": "referrer_id", "references": "customers.id", "nullable": 0.3},"#)
        let plan = try TestSupport.plan(extended)
        let sql = try #require(try TestSupport.outputs(plan, .sql(.sqlite))["shop.sql"])
        let db = dir.appendingPathComponent("shop.db").path
        var script = Array("PRAGMA foreign_keys=ON;\n".utf8) + sql
        script += Array("\nPRAGMA foreign_key_check;\nSELECT 'customers', count(*) FROM customers;\nSELECT 'orders', count(*) FROM orders;\nSELECT 'order_items', count(*) FROM order_items;\nSELECT 'note', note FROM orders WHERE note LIKE '%''%' LIMIT 1;\n".utf8)
        let (status, out, err) = try TestSupport.run("sqlite3", ["-bail", db], input: script)
        #expect(status == 0, "\(err)")
        #expect(err.isEmpty, "\(err)")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.contains("customers|300"))
        #expect(lines.contains("orders|1000"))
        #expect(lines.contains("order_items|2500"))
        #expect(lines.contains("note|it's"))
        // foreign_key_check printed nothing: the only lines are our SELECTs.
        #expect(lines.count == 4, "\(lines.prefix(5))")
    }

    @Test func mySQLStoresUUIDKeysAsASCIIOnlyWhenEveryJoinedColumnIsAUUID() throws {
        // A foreign key needs one character set on both sides. `a.id` is referenced by a string
        // column, so it, that column and `c.a_id` (which references it) stay utf8mb4; `b.id`,
        // referenced only by the uuid `c.b_id`, is ASCII on both ends.
        let plan = try TestSupport.plan(#"""
            {"name": "s", "seed": 1, "entities": [
              {"name": "a", "rows": 3, "fields": [{"name": "id", "kind": "id.uuid", "primary_key": true}]},
              {"name": "b", "rows": 3, "fields": [{"name": "id", "kind": "id.uuid", "primary_key": true},
                {"name": "a_ref", "type": "string", "references": "a.id"}]},
              {"name": "c", "rows": 5, "fields": [{"name": "id", "kind": "id.sequence", "primary_key": true},
                {"name": "a_id", "references": "a.id"}, {"name": "b_id", "references": "b.id"}]}]}
            """#)
        let my = String(decoding: try #require(try TestSupport.outputs(plan, .sql(.mysql))["s.sql"]), as: UTF8.self)
        func column(_ table: String, _ name: String) -> String {
            guard let t = my.range(of: "CREATE TABLE `\(table)` ("), let c = my[t.upperBound...].range(of: "`\(name)` ") else { return "" }
            return String(my[c.upperBound...].prefix { $0 != "\n" })
        }
        #expect(column("a", "id") == "CHAR(36) NOT NULL,", "\(my)")
        #expect(!column("b", "a_ref").contains("ascii"), "\(my)")
        #expect(column("c", "a_id") == "CHAR(36) NOT NULL,", "\(my)")
        #expect(column("b", "id") == "CHAR(36) CHARACTER SET ascii NOT NULL,", "\(my)")
        #expect(column("c", "b_id") == "CHAR(36) CHARACTER SET ascii NOT NULL,", "\(my)")
        // One ALTER per table and pass: InnoDB reads `c` once for both foreign keys.
        #expect(my.contains("ALTER TABLE `c` ADD FOREIGN KEY (`a_id`) REFERENCES `a` (`id`), ADD FOREIGN KEY (`b_id`) REFERENCES `b` (`id`);"), "\(my)")
    }

    @Test func postgresAndMySQLScriptsHaveTheDialectsShape() throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 1200))
        let pg = String(decoding: try #require(try TestSupport.outputs(plan, .sql(.postgres))["shop.sql"]), as: UTF8.self)
        #expect(pg.contains(#"CREATE TABLE "customers" ("#))
        #expect(pg.contains(#""id" BIGINT NOT NULL"#))
        #expect(pg.contains(#""email" TEXT NOT NULL,"#))
        #expect(pg.contains(#""price" NUMERIC(18, 2) NOT NULL"#))
        #expect(pg.contains(#""in_stock" BOOLEAN NOT NULL"#))
        #expect(pg.contains(#""meta" JSONB NOT NULL"#))
        #expect(pg.contains(#""id" UUID NOT NULL"#))
        // Keys and foreign keys come after the data, keys first, then the commit (as pg_dump orders them).
        let ddl = try #require(pg.range(of: "COPY ")).lowerBound
        #expect(!pg[..<ddl].contains("PRIMARY KEY") && !pg[..<ddl].contains("UNIQUE") && !pg[..<ddl].contains("REFERENCES"))
        let key = try #require(pg.range(of: #"ALTER TABLE "customers" ADD UNIQUE ("email");"#))
        let fk = try #require(pg.range(of: #"ALTER TABLE "orders" ADD FOREIGN KEY ("customer_id") REFERENCES "customers" ("id");"#))
        #expect(pg.contains(#"ALTER TABLE "customers" ADD PRIMARY KEY ("id");"#))
        let lastCopy = try #require(pg.range(of: "\\.\n", options: .backwards))
        #expect(lastCopy.upperBound <= key.lowerBound && key.upperBound < fk.lowerBound)
        #expect(pg.hasPrefix("-- Generated by Doppel") && pg.contains("\nBEGIN;\n") && pg.hasSuffix(");\nCOMMIT;\n"))
        // COPY text format: tabs between columns, \N for NULL, escapes for line breaks; quotes stay as they are.
        #expect(pg.contains(#"COPY "orders" ("id", "customer_id", "status", "note", "order_date", "delivered_at") FROM stdin;"#))
        #expect(pg.contains("\tit's\t") && pg.contains("\ttwo\\nlines\t") && pg.contains("\t\\N\n"))
        #expect(pg.contains("\ttrue\t") && pg.contains("\tfalse\t"))
        #expect(!pg.contains("INSERT INTO"))
        // Parents' tables and rows come before children's.
        let c = try #require(pg.range(of: #"COPY "customers""#)), o = try #require(pg.range(of: #"COPY "orders""#))
        #expect(c.lowerBound < o.lowerBound)
        #expect(!pg.contains("T00:") && !pg.contains("Z\t"))

        // --sql-style inserts: the same script with INSERT statements of at most 500 rows.
        var options = GenerationOptions(threads: 1)
        options.sql.style = .inserts
        let sink = ByteBufferSink()
        let g = DatasetGenerator(plan: plan)
        try g.write(try #require(g.outputs(for: .sql(.postgres)).first), format: .sql(.postgres), to: sink, options: options)
        let pgi = sink.text
        #expect(pgi.contains("'it''s'") && pgi.contains("TRUE") && pgi.contains("FALSE") && !pgi.contains("COPY "))
        #expect(pgi.contains(#"INSERT INTO "orders" ("id", "customer_id", "status", "note", "order_date", "delivered_at") VALUES"#))
        #expect(pgi.components(separatedBy: #"INSERT INTO "orders""#).count - 1 == 3)
        #expect(pgi.contains(#"ALTER TABLE "orders" ADD FOREIGN KEY ("customer_id") REFERENCES "customers" ("id");"#))

        let my = String(decoding: try #require(try TestSupport.outputs(plan, .sql(.mysql))["shop.sql"]), as: UTF8.self)
        #expect(my.contains("CREATE TABLE `customers` ("))
        #expect(my.contains("`email` VARCHAR(255) NOT NULL,"))
        #expect(my.contains("  PRIMARY KEY (`id`)\n) DEFAULT CHARSET=utf8mb4;"))
        #expect(my.contains("`price` DECIMAL(18, 2) NOT NULL"))
        #expect(my.contains("`meta` JSON NOT NULL"))
        // A UUID key is ASCII on both ends of its foreign key: a narrower index, the same charset.
        #expect(my.contains("`id` CHAR(36) CHARACTER SET ascii NOT NULL"))
        // UNIQUE and FOREIGN KEY after the data, keys first; the PRIMARY KEY stays in CREATE TABLE.
        let unique = try #require(my.range(of: "ALTER TABLE `customers` ADD UNIQUE (`email`);"))
        let foreign = try #require(my.range(of: "ALTER TABLE `orders` ADD FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`);"))
        let commit = try #require(my.range(of: "COMMIT;\nSET UNIQUE_CHECKS = 1;\n"))
        #expect(my.contains("SET FOREIGN_KEY_CHECKS = 0;\nSET UNIQUE_CHECKS = 0;\n"))
        #expect(commit.upperBound <= unique.lowerBound && unique.upperBound <= foreign.lowerBound)
        #expect(my.contains("'has \"quotes\"'"))
        #expect(my.contains("SET NAMES utf8mb4;"))
        // Foreign key checks off around the data, inside one transaction, and on again after it.
        let off = try #require(my.range(of: "SET FOREIGN_KEY_CHECKS = 0;")), begin = try #require(my.range(of: "START TRANSACTION;"))
        let insert = try #require(my.range(of: "INSERT INTO `customers`"))
        #expect(off.upperBound < begin.lowerBound && begin.upperBound < insert.lowerBound)
        #expect(my.hasSuffix(";\nSET FOREIGN_KEY_CHECKS = 1;\n"))
        let lite = String(decoding: try #require(try TestSupport.outputs(plan, .sql(.sqlite))["shop.sql"]), as: UTF8.self)
        #expect(lite.contains("PRAGMA foreign_keys = OFF;\nPRAGMA cache_size = -262144;\nBEGIN;\n"))
        #expect(lite.hasSuffix("FROM pragma_foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n"))
    }

    /// SQLite checks foreign keys once after the data: an orphan row fails the load before COMMIT.
    @Test func sqliteRefusesAnOrphanInItsOneCheckAfterTheData() throws {
        let dir = try TestSupport.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try TestSupport.plan(TestSupport.shop)
        let sql = String(decoding: try #require(try TestSupport.outputs(plan, .sql(.sqlite))["shop.sql"]), as: UTF8.self)
        // After the data, one order item points at an order that does not exist.
        let check = try #require(sql.range(of: "CREATE TEMP TABLE doppel_foreign_key_check"))
        let orphan = "INSERT INTO \"order_items\" SELECT 'orphan', 888888, product_name, price, quantity, total, in_stock, meta FROM \"order_items\" LIMIT 1;\n"
        let broken = String(sql[..<check.lowerBound]) + orphan + String(sql[check.lowerBound...])
        let db = dir.appendingPathComponent("shop.db").path
        let (status, _, err) = try TestSupport.run("sqlite3", ["-bail", db], input: Array(broken.utf8))
        #expect(status != 0)
        #expect(err.contains("rows_without_their_parent"), "\(err)")
        let (_, count, _) = try TestSupport.run("sqlite3", [db, "SELECT count(*) FROM sqlite_master WHERE name = 'order_items';"], input: [])
        #expect(count.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "the failed load left tables behind")
    }

    @Test func sqlEscapesQuotesAndBackslashesPerDialect() {
        func literal(_ s: String, _ d: SQLDialect) -> String {
            var out: [UInt8] = []
            Array(s.utf8).withUnsafeBufferPointer { SQLSyntax.appendLiteral($0, d, into: &out) }
            return String(decoding: out, as: UTF8.self)
        }
        #expect(literal(#"O'Brien \ done"#, .postgres) == #"'O''Brien \ done'"#)
        #expect(literal(#"O'Brien \ done"#, .sqlite) == #"'O''Brien \ done'"#)
        #expect(literal(#"O'Brien \ done"#, .mysql) == #"'O''Brien \\ done'"#)
        var ident: [UInt8] = []
        SQLSyntax.quoteIdentifier(#"we"ird`"#, .mysql, into: &ident)
        #expect(String(decoding: ident, as: UTF8.self) == "`we\"ird```")
    }

    @Test func textColumnOverridesAreDeclaredWithAComment() throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 5))
        let g = DatasetGenerator(plan: plan)
        var options = GenerationOptions()
        options.sql.textColumns = ["customers": ["signup_date": "mixed date formats"]]
        let sink = ByteBufferSink()
        try g.write(try #require(g.outputs(for: .sql(.postgres)).first), format: .sql(.postgres), to: sink, options: options)
        #expect(sink.text.contains("-- customers.signup_date is declared TEXT instead of DATE: mixed date formats"))
        #expect(sink.text.contains(#""signup_date" TEXT"# + "\n);"))  // the last column: keys come after the data
    }

    @Test func rowsAsJSONForInlineResults() throws {
        let plan = try TestSupport.plan(TestSupport.shop)
        let g = DatasetGenerator(plan: plan)
        let rows = try g.rows(of: "order_items", in: 10..<15)
        #expect(rows.count == 5)
        let table = TestSupport.table(plan, "order_items")
        #expect(rows[0]["id"]?.stringValue == table[10][0])
        #expect(rows[0]["quantity"]?.intValue == Int(table[10][4] ?? ""))
        #expect(rows[0]["meta"]?.objectValue != nil)
        // The JSON writer's objects and these agree.
        let json = try JSONParser.parse(try #require(try TestSupport.outputs(plan, .json)["order_items.json"]))
        #expect(json[12] == rows[2])
        #expect(throws: GenerationError.self) { try g.rows(of: "nope", in: 0..<1) }
    }
}
