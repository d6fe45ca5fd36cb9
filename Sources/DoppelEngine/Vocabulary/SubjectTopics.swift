/// What a lesson in a subject is about: a chemistry session works on stoichiometry, not "Travel". Keys are subjects
/// as `education.subject` and tutoring prompts write them, lowercased.
enum SubjectTopics {
    /// What any language lesson works on.
    static let languageTopics = ["Verb conjugation", "Past tense", "Vocabulary", "Conversation practice", "Listening"]
    /// Other spellings of a subject.
    static let aliases = ["math": "mathematics", "maths": "mathematics", "comp sci": "computer science", "cs": "computer science"]

    static let bySubject: [String: [String]] = [
        "mathematics": ["Fractions", "Linear equations", "Quadratic equations", "Geometry proofs", "Probability"],
        "algebra": ["Linear equations", "Factoring", "Systems of equations", "Inequalities", "Functions"],
        "geometry": ["Triangle proofs", "Circles", "Area and volume", "Similarity", "Coordinate geometry"],
        "calculus": ["Limits", "Derivatives", "The chain rule", "Integrals", "Related rates"],
        "statistics": ["Mean and median", "Standard deviation", "Hypothesis testing", "Regression", "Sampling"],
        "physics": ["Newton's laws", "Kinematics", "Electric circuits", "Energy and work", "Waves"],
        "chemistry": ["Balancing equations", "Stoichiometry", "The periodic table", "Acids and bases", "Chemical bonding"],
        "biology": ["Cell structure", "Genetics", "Photosynthesis", "Evolution", "The human body"],
        "history": ["World War II", "The Civil War", "Ancient Rome", "The Cold War", "The Industrial Revolution"],
        "economics": ["Supply and demand", "Elasticity", "GDP and growth", "Market structures", "Inflation"],
        "computer science": ["Loops", "Recursion", "Python basics", "Data structures", "Debugging"],
        "psychology": ["Memory", "Research methods", "Developmental psychology", "Conditioning", "Personality"],
        "philosophy": ["Ethics", "Logic", "Plato's Republic", "Free will", "Epistemology"],
        "literature": ["Essay structure", "Poetry analysis", "Shakespeare", "Themes and symbols", "Close reading"],
        "english": ["Essay structure", "Reading comprehension", "Grammar", "Poetry analysis", "Vocabulary"],
        "reading": ["Reading comprehension", "Phonics", "Vocabulary", "Summarizing", "Reading fluency"],
        "writing": ["Essay structure", "Thesis statements", "Grammar", "Editing", "Narrative writing"],
        "sociology": ["Social stratification", "Research methods", "Culture and norms", "Institutions"],
        "political science": ["The Constitution", "Elections", "Comparative government", "Political theory"],
        "art history": ["The Renaissance", "Impressionism", "Modern art", "Art analysis"],
        "linguistics": ["Phonetics", "Syntax", "Morphology", "Language change"],
        "geography": ["Map reading", "Climate zones", "Population", "Plate tectonics"],
        "music theory": ["Scales", "Chord progressions", "Rhythm", "Ear training"],
        "accounting": ["Journal entries", "Balance sheets", "Depreciation", "Cash flow statements"],
        "marketing": ["Market research", "Segmentation", "Pricing strategy", "Marketing plans"],
        "engineering": ["Statics", "Circuits", "Thermodynamics", "Materials"],
        "astronomy": ["The solar system", "Stellar evolution", "Telescopes", "Galaxies"],
        "anthropology": ["Kinship", "Fieldwork", "Human evolution", "Culture"],
        "environmental science": ["Ecosystems", "Climate change", "Water cycle", "Pollution"],
        "nursing": ["Pharmacology", "Patient assessment", "Care plans", "Anatomy review"],
        "spanish": languageTopics, "french": languageTopics, "german": languageTopics, "italian": languageTopics,
        "sat": ["SAT math", "SAT reading", "Test strategy", "Practice test review"],
        "act": ["ACT math", "ACT science", "Test strategy", "Practice test review"],
        "science": ["The scientific method", "Ecosystems", "Forces and motion", "Matter and energy"],
    ]

    /// The topics of a subject named in a cell (any case), nil for a subject not known.
    static func topics(of subject: String) -> [String]? {
        let key = subject.lowercased().trimmingCharacters(in: .whitespaces)
        return bySubject[aliases[key] ?? key]
    }
}
