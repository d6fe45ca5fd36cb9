import Testing
@testable import DoppelEngine

/// A stranger's agency logged "This is a time entry, recorded on 2024-04-06." for every hour worked: a work log's
/// description is the work done. Drawn log tables and column names.
@Suite struct WorkLogTests {
    @Test(arguments: ["time_entries", "timesheets", "work_logs", "time_logs"])
    func aTimeEntrySaysWhatWasDone(table: String) throws {
        for column in ["description", "notes", "summary"] {
            let plan = try TestSupport.plan("""
                {"name": "agency", "entities": [{"name": "\(table)", "rows": 50, "fields": [
                  {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                  {"name": "date", "type": "date"}, {"name": "hours", "type": "decimal", "min": 0.5, "max": 10},
                  {"name": "\(column)", "type": "text", "kind": "text.sentence"}]}]}
                """)
            let work = Set(RowTitleWriter.taskWork.flatMap { w in w.verbs.flatMap { v in w.objects.map { "\(v) \($0)" } } })
            for text in TestSupport.column(plan, table, column).compactMap({ $0 }) {
                #expect(work.contains(text), "\(table).\(column): \(text)")
            }
        }
    }
}
