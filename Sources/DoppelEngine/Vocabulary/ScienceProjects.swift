/// A school science fair's projects by their category: a Chemistry project grows crystals, a Biology one
/// watches plants grow, so a project's title never belongs to another field than its own.
enum ScienceProjects {
    static let titles: [String: [String]] = [
        "biology": ["The Effect of Light on Plant Growth", "Mold Growth on Different Breads", "Do Earthworms Prefer Wet Soil",
                    "How Salt Affects Seed Germination"],
        "chemistry": ["Crystal Growth in Salt Solutions", "Which Antacid Neutralizes Acid Fastest", "Homemade Batteries from Fruit",
                      "Rust and Saltwater"],
        "physics": ["Pendulum Length and Swing Time", "Which Ball Bounces Highest", "Magnet Strength and Temperature",
                    "Measuring the Speed of Sound"],
        "engineering": ["Bridge Designs and Load Strength", "A Wind Turbine from Recycled Parts", "Building a Solar Water Heater",
                        "Designing a Better Paper Airplane"],
        "environmental science": ["Testing Water Quality in Local Streams", "Microplastics on the School Beach",
                                  "Which Paper Towel Absorbs the Most Water", "Composting Speed with Worms"],
        "computer science": ["Teaching a Robot to Sort Colors", "A Spam Filter in Python", "Predicting the Weather with a Sensor Kit",
                             "Password Strength and Cracking Time"],
        "earth science": ["Soil Erosion on Slopes", "Modeling Earthquakes with Gelatin", "How Rocks Weather in Acid Rain"],
        "behavioral science": ["Does Music Affect Memory", "Reaction Time and Caffeine", "Color and Mood in Classrooms"],
        "mathematics": ["Patterns in Fibonacci Spirals", "The Probability of Card Shuffles", "Optimal Routes on a Map"],
    ]

    static let titleColumns = ["title", "project_title", "name", "project_name"]
    static let categoryColumns = ["category", "field", "division", "subject", "discipline"]
}
