import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Entity names become file names under `out_dir`; two names that would share
/// a file are refused at validation, naming both (issue 11, defect 4).
@Suite struct EntityFileNameTests {
    static func schema(_ names: [String]) -> Schema {
        Schema(name: "s", entities: names.map { Entity(name: $0, rows: 2, fields: [Field(name: "id", type: .integer)]) })
    }

    static func problems(_ names: [String]) -> [String] {
        guard case let .failure(error) = schema(names).resolve() else { return [] }
        return error.problems.map(\.description)
    }

    @Test(arguments: [
        (["a/b", "a_b"], "a_b"),
        ([".", ".."], "data"),
        (["Users", "users"], "users"),
        (["a b", "a?b"], "a_b"),
        ([".hidden", "hidden"], "hidden"),
    ])
    func namesThatShareAFileAreRefusedNamingBoth(names: [String], stem: String) {
        let problems = Self.problems(names)
        #expect(problems.count == 1, "\(problems)")
        let text = problems.first ?? ""
        #expect(text.contains("\"\(names[0])\"") && text.contains("\"\(names[1])\""), "\(text)")
        #expect(text.lowercased().contains("\"\(stem).<ext>\""), "\(text)")
    }

    @Test func distinctFileNamesResolve() throws {
        let plan = try Self.schema(["a_b", "a-b", "ab", "ünï"]).resolve().get()
        let files = DatasetGenerator(plan: plan).outputs(for: .csv).map(\.fileName)
        #expect(Set(files).count == 4)
    }

    @Test func anEntityThatWouldOverwriteAnotherOnesDefectRecordIsRefused() {
        let problems = Self.problems(["orders", "orders.defects"])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("defect record of entity \"orders\"") == true, "\(problems)")
    }

    @Test func anEmptyEntityNameIsRefusedNamingTheField() {
        #expect(Self.problems(["ok", ""]) == ["entities[1].name: expected a non-empty entity name, got \"\""])
    }

    @Test func anEmptyNameInJSONIsRefusedInsteadOfDroppingTheEntity() {
        let json: JSON = ["entities": [["name": "", "fields": [["name": "id", "type": "integer"]]],
                                       ["name": "t", "fields": [["name": "", "type": "integer"], ["name": "x"]]]]]
        guard case let .failure(error) = Schema.plan(from: json) else {
            Issue.record("a schema with an empty entity name resolved")
            return
        }
        let messages = error.problems.map(\.description)
        #expect(messages.contains("entities[0]: name: expected a non-empty entity name, got \"\""), "\(messages)")
        #expect(messages.contains("t.fields[0]: name: expected a non-empty field name, got \"\""), "\(messages)")
    }

    @Test func aNameTooLongForAFileIsRefused() {
        let problems = Self.problems([String(repeating: "x", count: 300)])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("at most 241 bytes once made a file name, got 300") == true, "\(problems)")
    }
}
