import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger's greenhouse wrote `soil_moisture` as "Soil Moisture D", an observatory's `magnitude` as
/// "Magnitude E" and its `ra` as "Ra D". A column named for a measure by its last word takes the measure's
/// values, in a schema and in a prompt alike (`Measures`, one home for both).
@Suite struct MeasureHeadTests {
    static let modifiers = ["soil", "water", "air", "sample", "surface", "inlet", "core", "lab", "river", "night"]

    /// Drawn `<modifier>_<head>` names, no type: a numeric kind within the measure's range.
    @Test(arguments: [UInt64(0x3A1), 0x3A2, 0x3A3, 0x3A4])
    func aCompoundNamedForAMeasureTakesItsValues(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let heads = Measures.byHead.keys.filter { !Measures.ambiguousHeads.contains($0) }.sorted()
        for _ in 0..<25 {
            let head = rng.pick(heads), name = "\(rng.pick(Self.modifiers))_\(head)"
            let spec = ColumnSpec(try #require(Measures.byHead[head]))
            // A name the shared table or the name's structure already decides keeps that.
            guard ColumnNames.table[name] == nil,
                  KindInference.byName(name, type: nil, entity: "readings", primaryKey: false) == nil else { continue }
            let f = try ColumnNamesTests.resolved(name, entity: "readings")
            #expect(f.field.kind == spec.kind, "\(name): \(f.field.kind ?? "nil")")
            #expect(f.field.min == spec.min && f.field.max == spec.max, "\(name)")
            // And the planner types the same column in a prompt as a number too (its own rules may refine the
            // range: a `water_temperature` is not the air's).
            let planned = try #require(ColumnLexicon.spec(name, .neutral))
            #expect([FieldType.integer, .decimal, .float].contains(planned.type) && planned.kind?.hasPrefix("number.") == true,
                    "\(name): the planner's \(planned.kind ?? "nil")")
        }
    }

    /// Structure and ambiguity still decide: a flag stays a flag, a category-like head keeps its label.
    @Test func flagsAndCategoryHeadsAreNotReadings() throws {
        #expect(try ColumnNamesTests.resolved("is_current", entity: "readings").field.kind == "boolean")
        #expect(try ColumnNamesTests.resolved("payment_frequency", entity: "readings").field.kind == "text.label")
        #expect(try ColumnNamesTests.resolved("wind_speed", entity: "readings").field.kind == "number.decimal")
    }

    /// A sky position is in degrees.
    @Test func anObservationsSkyPositionIsInDegrees() throws {
        let ra = try ColumnNamesTests.resolved("ra", entity: "observations").field
        let dec = try ColumnNamesTests.resolved("dec", entity: "observations").field
        #expect(ra.kind == "number.decimal" && ra.min == 0 && ra.max == 360)
        #expect(dec.kind == "number.decimal" && dec.min == -90 && dec.max == 90)
    }
}
