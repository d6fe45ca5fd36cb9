import Testing
@testable import DoppelText
@testable import DoppelEngine
import DoppelTestSupport

/// A hotel's inspections read "fail" beside "Clean inspection; nothing to report" (the verdict was named
/// `inspection_result`), and its housekeepers' cleaning tasks were "Configure the staging server".
@Suite struct VerdictNotesAndChoresTests {
    /// An inspection's notes follow its verdict, whatever the verdict column's first words.
    @Test(arguments: ["inspection_result", "audit_outcome", "overall_result", "final_grade", "result"])
    func notesFollowTheVerdict(verdict: String) throws {
        let json = #"{"seed": 12, "entities": [{"name": "inspections", "rows": 200, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(verdict)", "values": ["pass", "fail"]}, {"name": "notes", "type": "text"}]}]}"#
        let plan = try TestSupport.plan(json)
        let e = try #require(plan.entity(named: "inspections"))
        let (v, n) = (try #require(e.column(named: verdict)), try #require(e.column(named: "notes")))
        for r in TestSupport.table(plan, "inspections") {
            guard let said = r[v], let note = r[n] else { continue }
            let tier = InspectionFindings.tier(of: said)
            #expect(tier == (said == "pass" ? .clean : .serious))
            if said == "pass" { #expect(!note.contains("found;") && !note.contains("Failed"), "\(verdict) pass: \(note)") }
            if said == "fail" { #expect(!note.contains("No defects") && !note.contains("Clean inspection") && !note.contains("All checks passed"), "\(verdict) fail: \(note)") }
        }
    }

    /// A housekeeper's or a cleaner's tasks are cleaning work; each verb fits its thing.
    @Test(arguments: ["cleaning_tasks", "housekeeping_tasks", "janitorial_tasks"])
    func choresAreCleaningWork(entity: String) throws {
        let titles = try RowTitleTests.titles(entity, column: "title", seed: 3, rows: 60)
        let lines = Set(RowTitleWriter.cleaningWork.flatMap { g in g.verbs.flatMap { v in g.objects.map { v + " " + $0 } } })
        for t in titles { #expect(lines.contains(t), "\(entity): \(t)") }
        #expect(!lines.contains("Mop the carpet"))
    }
}
