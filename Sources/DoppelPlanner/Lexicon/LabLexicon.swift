import DoppelEngine

/// A laboratory's results and orders: the analyte, unit, range, value and flag of a result agree on
/// its row (`LabKind`), and an order names the panel it asks for. Only in a lab's tables: a result of
/// a lab (`lab_results`, `test_results`, `labs`), or any `results` in a healthcare setting; an exam's
/// results keep their own meaning.
enum LabLexicon {
    static let resultTables: Set<String> = ["lab_result", "test_result", "lab", "lab_value", "labs", "observation", "bloodwork",
                                            "blood_test", "lab_observation", "panel_result", "result_line", "lab_result_line"]
    /// Words of a place that tests samples: its "samples" are specimens (`EntityItemReader`, `SchemaAssembler.classify`).
    static let settingWords: Set<String> = ["lab", "labs", "laboratory", "laboratories", "pathology", "phlebotomy", "specimen", "specimens",
                                            "biobank", "diagnostics"]
    static let orderTables: Set<String> = ["lab_order", "test_order", "lab_test", "lab_request", "lab_requisition", "specimen", "sample"]

    static func spec(column name: String, _ c: ColumnContext) -> ColumnSpec? {
        // (a clinic's or a lab's `tests` are tests of samples, not software's or a school's)
        let isResult = resultTables.contains(c.entity) || ["result", "test"].contains(c.head) && c.domain == .healthcare
            || ["result", "test"].contains(c.head) && c.entity.contains("lab")
        let isOrder = orderTables.contains(c.entity) || c.head == "order" && c.entity.contains("lab")
        // What a sample or a specimen is: blood, urine, a swab.
        if ["sample", "specimen", "lab_sample", "blood_sample"].contains(c.entity) || c.head == "sample" && c.domain == .healthcare,
           ["sample_type", "specimen_type", "type", "specimen", "sample_kind", "matrix"].contains(name) {
            return ColumnSpec("string enum values=Blood:5|Serum:2|Plasma:2|Urine:3|Saliva:1|Nasal~Swab:1|Stool:0.5|Cerebrospinal~Fluid:0.2")
        }
        if isOrder, ["test", "test_name", "panel", "panel_name", "test_type", "order_name", "test_ordered"].contains(name) {
            return ColumnSpec("string health.lab_panel")
        }
        guard isResult else { return nil }
        switch name {
        case "analyte", "analyte_name", "test", "test_name", "component", "parameter", "marker", "biomarker", "measurement":
            return ColumnSpec("string health.lab_analyte")
        case "unit", "units", "uom", "unit_of_measure": return ColumnSpec("string health.lab_unit")
        case "value", "result", "result_value", "numeric_value", "measured_value", "value_numeric", "observed_value":
            return ColumnSpec("decimal health.lab_value p1")
        case "reference_range", "normal_range", "ref_range", "range", "reference_interval", "reference": return ColumnSpec("string health.lab_range")
        case "ref_low", "reference_low", "range_low", "normal_low", "low_normal", "low": return ColumnSpec("decimal health.lab_low p1")
        case "ref_high", "reference_high", "range_high", "normal_high", "high_normal", "high": return ColumnSpec("decimal health.lab_high p1")
        case "flag", "abnormal_flag", "result_flag", "interpretation", "hl_flag": return ColumnSpec("string health.lab_flag")
        default: return nil
        }
    }
}
