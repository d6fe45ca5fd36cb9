import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stand-in for the reality engine: rewrites a date column in another format,
/// upper-cases e-mails on every 10th clean row, and duplicates each block's first row.
struct MessUp: RowBlockTransform {
    func transform(_ block: inout RowBlock, entity: EntityPlan) {
        guard entity.name == "customers", let email = entity.column(named: "email"),
              let date = entity.column(named: "signup_date") else { return }
        let clean = block.rowCount
        for r in 0..<clean {
            if (block.firstRow + r) % 10 == 0, let text = block.text(row: r, column: email) {
                block.setCell(row: r, column: email, text: text.uppercased())
                // The record names the row within the block; the writer side knows the output offset.
                block.sidecar.append(contentsOf: "\(r) \(text.uppercased())\n".utf8)
            }
            if let d = block.text(row: r, column: date) {
                // 2024-03-05 → 05 Mar 2024: no longer a DATE.
                let parts = d.split(separator: "-")
                let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                block.setCell(row: r, column: date, text: "\(parts[2]) \(months[(Int(parts[1]) ?? 1) - 1]) \(parts[0])")
            }
        }
        // A near-duplicate of the block's first row, with a key of its own so constraints still hold.
        block.insertCopy(of: 0, at: clean)
        if let id = entity.column(named: "id") {
            block.setCell(row: clean, column: id, bytes: Array(String(1_000_000 + block.firstRow).utf8), tag: .number)
        }
        block.setCell(row: clean, column: email, text: "dup\(block.firstRow)@example.com")
    }
}

@Suite struct RealitySeamTests {
    @Test func transformEditsCellsAndAddsRowsDeterministically() throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 2500))
        let g = DatasetGenerator(plan: plan)
        func run(_ format: OutputFormat, threads: Int) throws -> String {
            var options = GenerationOptions(threads: threads)
            options.blockRows = 1000
            options.transform = MessUp()
            options.sql.textColumns = ["customers": ["signup_date": "dates written as 05 Mar 2024"]]
            let sink = ByteBufferSink()
            for o in g.outputs(for: format) where o.entities.contains("customers") {
                try g.write(o, format: format, to: sink, options: options)
            }
            return sink.text
        }
        let csv = try run(.csv, threads: 1)
        #expect(try run(.csv, threads: 2) == csv)
        let lines = csv.split(separator: "\n")
        // 2500 clean rows + one duplicate per block of 1000 (3 blocks) + header.
        #expect(lines.count == 2500 + 3 + 1)
        let first = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(first[3].contains("@") && first[3] == first[3].uppercased())
        let dup = lines[1001].split(separator: ",", omittingEmptySubsequences: false)
        #expect(dup[0] == "1000000" && dup[3] == "dup0@example.com")
        #expect(dup[1...2] == first[1...2] && dup[4...] == first[4...])  // the duplicate closes the first block
        #expect(csv.contains(" Jan ") || csv.contains(" Feb "))

        // The SQL script still loads: the column became TEXT and says why.
        let dir = try TestSupport.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sql = try run(.sql(.sqlite), threads: 2)
        #expect(sql.contains("-- customers.signup_date is declared TEXT instead of DATE"))
        let (status, out, err) = try TestSupport.run(
            "sqlite3", [dir.appendingPathComponent("m.db").path],
            input: Array(("PRAGMA foreign_keys=ON;\n" + sql + "\nPRAGMA foreign_key_check;\nSELECT count(*) FROM customers WHERE signup_date LIKE '__ ___ ____';\n").utf8))
        #expect(status == 0, "\(err)")
        let written = Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(written > 2000 && written <= 2503, "\(out)")
        // Block reports arrive in order with written-row offsets that count inserted rows,
        // and the sidecar records point at the rows as written.
        var reports: [BlockReport] = []
        var options = GenerationOptions(threads: 2)
        options.blockRows = 1000
        options.transform = MessUp()
        options.blockWritten = { reports.append($0) }
        let sink = ByteBufferSink()
        let customersCSV = try #require(g.outputs(for: .csv).first { $0.name == "customers" })
        try g.write(customersCSV, format: .csv, to: sink, options: options)
        #expect(reports.map(\.firstRow) == [0, 1000, 2000])
        #expect(reports.map(\.writtenRows) == [1001, 1001, 501])
        #expect(reports.map(\.outputRowOffset) == [0, 1001, 2002])
        let dataLines = sink.text.split(separator: "\n").dropFirst()
        var records = 0
        for report in reports {
            for line in String(decoding: report.sidecar, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: " ")
                let writtenRow = report.outputRowOffset + (Int(parts[0]) ?? -1)
                let cells = dataLines[dataLines.startIndex + writtenRow].split(separator: ",", omittingEmptySubsequences: false)
                #expect(cells[3] == parts[1])
                records += 1
            }
        }
        #expect(records == 250)

        // JSON stays valid and the rows API applies the same transform.
        let json = try run(.json, threads: 2)
        #expect((try JSONParser.parse(json).arrayValue?.count) == 2503)
        let rows = try g.rows(of: "customers", in: 0..<10, transform: MessUp())
        #expect(rows.count == 11)
        #expect(rows[0]["email"]?.stringValue == rows[0]["email"]?.stringValue?.uppercased())
    }
}

import Foundation
