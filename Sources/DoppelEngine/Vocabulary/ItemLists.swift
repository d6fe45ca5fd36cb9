/// The things a column named for a set of them holds (`skills`, `interests`, `languages`, `amenities`), for
/// `text.items`: a short list people would write, not random words.
enum ItemLists {
    static let skills = WordTable("""
    Communication|Project Management|Data Analysis|Customer Service|Public Speaking|Microsoft Excel|Event Planning|\
    Fundraising|First Aid|Teaching|Writing|Photography|Graphic Design|Social Media|Bookkeeping|Driving|Cooking|\
    Translation|Sales|Leadership|Negotiation|Research|Python|SQL|Carpentry|Marketing|Mentoring|Scheduling
    """)
    static let interests = WordTable("""
    Hiking|Reading|Cooking|Travel|Photography|Music|Gaming|Yoga|Gardening|Cycling|Painting|Movies|Running|Fitness|\
    Technology|Board Games|Camping|Baking|Dancing|Fishing|Volunteering|History|Theatre|Knitting
    """)
    static let languages = WordTable("""
    English|English|English|Spanish|Spanish|French|German|Mandarin|Portuguese|Arabic|Hindi|Japanese|Italian|Korean|\
    Russian|Dutch|Polish|Vietnamese|Turkish
    """)
    static let amenities = WordTable("""
    Wi-Fi|Free Parking|Pool|Gym|Air Conditioning|Breakfast Included|Pet Friendly|Laundry|Balcony|Elevator|Spa|\
    24-hour Front Desk|Kitchen|Dishwasher|EV Charging|Garden|Bike Storage|Room Service
    """)
    static let certifications = WordTable("""
    CPR|First Aid|PMP|AWS Certified Solutions Architect|CPA|Six Sigma Green Belt|ServSafe|OSHA 30|\
    CompTIA Security+|Certified Scrum Master|CFA Level I|Google Analytics|ITIL Foundation|Forklift Operator
    """)
    static let symptoms = WordTable("""
    Headache|Fever|Cough|Fatigue|Nausea|Sore throat|Dizziness|Shortness of breath|Muscle aches|Runny nose|\
    Chest pain|Back pain|Rash|Loss of appetite|Insomnia
    """)
    /// Also `food.ingredient`, one per row: every name distinct.
    static let ingredients = WordTable("""
    Flour|Sugar|Eggs|Butter|Milk|Salt|Olive oil|Garlic|Onion|Tomatoes|Basil|Chicken|Rice|Lemon|Black pepper|\
    Parmesan|Cream|Potatoes|Carrots|Ginger|Soy sauce|Honey|Brown sugar|Baking powder|Baking soda|Yeast|Vanilla extract|\
    Cinnamon|Nutmeg|Paprika|Cumin|Chili flakes|Oregano|Thyme|Rosemary|Parsley|Cilantro|Mint|Bay leaves|Dijon mustard|\
    Red wine vinegar|Balsamic vinegar|Sesame oil|Vegetable oil|Coconut milk|Chicken stock|Vegetable stock|Beef mince|\
    Pork belly|Bacon|Salmon fillet|Prawns|Tuna|Tofu|Chickpeas|Black beans|Lentils|Spinach|Kale|Broccoli|Cauliflower|\
    Zucchini|Bell pepper|Mushrooms|Celery|Leeks|Shallots|Spring onions|Cucumber|Avocado|Lime|Orange zest|Apples|\
    Bananas|Blueberries|Strawberries|Raisins|Almonds|Walnuts|Peanut butter|Oats|Quinoa|Spaghetti|Penne|Egg noodles|\
    Bread crumbs|Cheddar|Mozzarella|Feta|Greek yogurt|Sour cream|Cream cheese|Dark chocolate|Cocoa powder|Maple syrup|\
    Tomato paste|Canned tomatoes|Capers|Olives|Anchovies|Fish sauce|Miso paste|Curry paste|Turmeric|Cardamom
    """)
    static let tags = WordTable("""
    featured|popular|new|trending|tips|guide|review|news|how-to|beginner|advanced|seasonal|sale|eco-friendly|budget|\
    family|outdoor|tech|food|travel|health|design
    """)

    /// The list for a column by the last word of its name, or nil when it names no set the engine knows.
    static func table(forColumn name: String) -> WordTable? {
        switch KindInference.tokens(name).last {
        case "skills", "skillset", "competencies": return skills
        case "interests", "hobbies", "passions": return interests
        case "languages": return languages
        case "amenities", "facilities": return amenities
        case "certifications", "certificates", "qualifications": return certifications
        case "symptoms": return symptoms
        case "ingredients": return ingredients
        case "tags", "keywords", "topics": return tags
        default: return nil
        }
    }
}

/// One to three distinct items of a list, joined with ", " ("Hiking, Photography").
struct ItemListKind: KindGenerator {
    let table: WordTable

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let n = table.count
        let count = min(n, 1 + c.r.below(3))
        let first = c.r.below(n)
        var second = -1
        table.append(first, to: &out)
        for k in 1..<max(count, 1) {
            var next = c.r.below(n)
            // The same word twice reads as a slip; a table with repeated entries (English weighted) is skipped past.
            var tries = 0
            while (table.string(next) == table.string(first) || (second >= 0 && table.string(next) == table.string(second))) && tries < 8 {
                next = c.r.below(n)
                tries += 1
            }
            if tries == 8 { break }
            out.append(UInt8(ascii: ","))
            out.append(UInt8(ascii: " "))
            table.append(next, to: &out)
            if k == 1 { second = next }
        }
        return .text
    }
}
