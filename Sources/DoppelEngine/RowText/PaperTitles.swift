/// Titles of research papers: a problem and the method that studied it, from one field, so the two fit
/// ("Antibiotic Resistance: Insights from Single-Cell Sequencing"), never a code name ("Vertex Publication").
enum PaperTitles {
    /// A field's methods and the problems they are used on, with how its papers join the two.
    struct Field {
        let methods: [String]
        let problems: [String]
        let patterns: [String]
    }

    static let fields: [Field] = [
        Field(methods: ["Deep Learning", "Graph Neural Networks", "Transformer Models", "Self-Supervised Learning"],
              problems: ["Protein Structure Prediction", "Medical Image Segmentation", "Traffic Flow Forecasting",
                         "Early Detection of Sepsis", "Weather Nowcasting"],
              patterns: ["{m} for {p}", "Improving {p} with {m}", "{p} Using {m}"]),
        Field(methods: ["Single-Cell Sequencing", "CRISPR Screening", "Proteomic Profiling", "Spatial Transcriptomics"],
              problems: ["Antibiotic Resistance", "Tumour Heterogeneity", "T Cell Exhaustion", "Neuronal Development",
                         "Gut Microbiome Dynamics"],
              patterns: ["{p}: Insights from {m}", "Mapping {p} with {m}", "{m} Reveals Drivers of {p}"]),
        Field(methods: ["Long-Term Field Monitoring", "Satellite Imagery", "Species Distribution Modelling", "Acoustic Surveys"],
              problems: ["Coral Reef Recovery", "Forest Carbon Stocks", "Bird Migration Timing", "Pollinator Decline",
                         "Wetland Loss"],
              patterns: ["{p}: Evidence from {m}", "Tracking {p} with {m}", "{p} Assessed by {m}"]),
        Field(methods: ["Randomised Controlled Trials", "Longitudinal Cohort Studies", "Meta-Analysis", "Mixed-Methods Research"],
              problems: ["Sleep and Cognitive Decline", "School Meal Programmes", "Blood Pressure Control in Older Adults",
                         "Remote Work and Wellbeing", "Early Reading Interventions"],
              patterns: ["{p}: Evidence from {m}", "{p}: A Systematic Review and {m}", "Revisiting {p} through {m}"]),
        Field(methods: ["Density Functional Theory", "In Situ X-Ray Diffraction", "Molecular Dynamics Simulations",
                        "Electron Microscopy"],
              problems: ["Battery Cathode Degradation", "Perovskite Solar Cell Stability", "Catalyst Design for Green Hydrogen",
                         "Crack Growth in Alloys"],
              patterns: ["{p} Studied by {m}", "Understanding {p} through {m}", "{m} Insights into {p}"]),
    ]

    static func title(_ r: inout CellRandom) -> String {
        let field = fields[r.below(fields.count)]
        let m = r.pick(field.methods), p = r.pick(field.problems)
        return SlotFill.fill(r.pick(field.patterns)) { $0 == "m" ? m : $0 == "p" ? p : nil }
    }
}
