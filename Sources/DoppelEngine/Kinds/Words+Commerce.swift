import DoppelText

extension Words {
    /// category|product nouns (`,`-separated), aligned by index.
    static let categories = WordTable("""
    Electronics|Clothing|Home & Kitchen|Sports & Outdoors|Books|Beauty|Toys & Games|Grocery|Automotive|Garden|\
    Office Supplies|Pet Supplies|Health|Jewelry|Music
    """)
    /// Per category, whether each of its product nouns is plural (gloves, earrings: no "a" before them), worked
    /// out once rather than per described row.
    static let pluralProductNouns: [[Bool]] = productNouns.map { table in
        (0..<table.count).map { Inflector.isPlural(String(table.string($0).split(separator: " ").last ?? "").lowercased()) }
    }
    static let productNouns: [WordTable] = [
        WordTable("Headphones|Speaker|Laptop|Monitor|Keyboard|Mouse|Tablet|Smartwatch|Charger|Webcam|Router|Camera|Earbuds|Power Bank"),
        WordTable("T-Shirt|Jacket|Jeans|Sweater|Hoodie|Dress|Shirt|Sneakers|Boots|Scarf|Hat|Socks|Shorts|Coat"),
        WordTable("Blender|Toaster|Coffee Maker|Knife Set|Frying Pan|Cutting Board|Mixing Bowl|Kettle|Lamp|Towel Set|Pillow|Blanket"),
        WordTable("Yoga Mat|Water Bottle|Tent|Backpack|Dumbbells|Running Shoes|Bicycle Helmet|Sleeping Bag|Tennis Racket|Jump Rope"),
        WordTable("Novel|Cookbook|Biography|Notebook Journal|Travel Guide|Poetry Collection|Graphic Novel|Field Guide"),
        WordTable("Shampoo|Conditioner|Face Cream|Lip Balm|Perfume|Body Lotion|Sunscreen|Nail Polish|Hair Dryer"),
        WordTable("Puzzle|Board Game|Building Blocks|Action Figure|Doll|Toy Car|Card Game|Plush Bear|Kite"),
        WordTable("Coffee Beans|Olive Oil|Pasta|Green Tea|Dark Chocolate|Granola|Honey|Rice|Hot Sauce|Almonds"),
        WordTable("Floor Mats|Car Charger|Dash Cam|Wiper Blades|Seat Covers|Tire Inflator|Jump Starter"),
        WordTable("Garden Hose|Planter|Pruning Shears|Watering Can|Seed Kit|Bird Feeder|Garden Gloves"),
        WordTable("Stapler|Desk Organizer|Gel Pens|Notebook|Desk Chair|Whiteboard|Paper Shredder"),
        WordTable("Dog Bed|Cat Tree|Pet Leash|Chew Toy|Litter Box|Pet Bowl|Aquarium Filter"),
        WordTable("Vitamins|Protein Powder|First Aid Kit|Thermometer|Blood Pressure Monitor|Massage Gun"),
        WordTable("Necklace|Bracelet|Earrings|Ring|Watch|Pendant|Cufflinks"),
        WordTable("Guitar Strings|Ukulele|Keyboard Stand|Microphone|Drumsticks|Vinyl Record|Metronome"),
    ]
    static let productAdjectives = WordTable("""
    Ergonomic|Wireless|Portable|Premium|Classic|Compact|Deluxe|Smart|Eco-Friendly|Vintage|Ultra|Pro|Lightweight|\
    Heavy-Duty|Organic|Handcrafted|Modern|Rustic|Sleek|Essential
    """)
    /// Words that fit every product noun of a category (aligned with `categories`): a compact keyboard, a
    /// travel-size shampoo, an illustrated cookbook; never an aluminum body lotion.
    static let productQualifiers: [WordTable] = [
        WordTable("Compact|Pro|Premium|Slim|Portable|Lightweight|Essential|Ultra|Classic|Advanced"),
        WordTable("Classic|Vintage|Lightweight|Everyday|Premium|Essential|Heritage|Modern|Weekend|Winter"),
        WordTable("Classic|Modern|Compact|Deluxe|Premium|Essential|Everyday|Nordic|Vintage|Signature"),
        WordTable("Lightweight|Pro|Performance|Classic|Compact|Training|Essential|Premium|All-Season|Sport"),
        WordTable("Illustrated|Pocket|Classic|Essential|Modern|Bestselling|Deluxe|Complete|Little|New"),
        WordTable("Daily|Premium|Classic|Travel-Size|Essential|Signature|Professional|Everyday|Luxury|Deluxe"),
        WordTable("Classic|Deluxe|Family|Mini|Giant|Retro|Travel|Rainbow|Adventure|Starter"),
        WordTable("Organic|Premium|Classic|Artisan|Fair Trade|Natural|Family-Size|Gourmet|Wholesome|Select"),
        WordTable("Heavy-Duty|Universal|Premium|All-Weather|Compact|Pro|Essential|Classic|Deluxe|Rugged"),
        WordTable("Heavy-Duty|Classic|Compact|Premium|Cottage|Essential|Deluxe|Rustic|Weatherproof|Pro"),
        WordTable("Ergonomic|Compact|Classic|Premium|Essential|Deluxe|Modern|Executive|Everyday|Pro"),
        WordTable("Durable|Classic|Deluxe|Premium|Compact|Everyday|Essential|Easy-Clean|Heavy-Duty|Travel"),
        WordTable("Daily|Advanced|Essential|Premium|Complete|Classic|Professional|Compact|Everyday|Family"),
        WordTable("Sterling Silver|Gold-Plated|Vintage|Classic|Minimalist|Handcrafted|Rose Gold|Delicate|Modern|Heirloom"),
        WordTable("Professional|Classic|Vintage|Studio|Compact|Deluxe|Signature|Premium|Essential|Pro"),
    ]
    /// What a product of each category weighs, in kilograms (aligned with `categories`): a ring grams, a desk
    /// chair or a set of dumbbells over ten.
    static let categoryKilograms: [ClosedRange<Double>] = [
        0.05...6, 0.1...2, 0.2...6, 0.1...15, 0.15...1.5, 0.05...1, 0.05...2, 0.1...2, 0.2...5, 0.1...5, 0.05...15, 0.1...10,
        0.05...2, 0.005...0.2, 0.02...8,
    ]
    /// What a shop says for the products of a category (aligned with `categories`).
    static let sellingPoints: [WordTable] = [
        WordTable("Pairs in seconds and holds its charge all day.|Works with Windows, macOS and most phones.|Backed by a two-year warranty.|Ships with a USB-C cable."),
        WordTable("Machine washable.|True to size; see the size guide.|Made to layer through the seasons.|Available in several colours."),
        WordTable("Easy to clean and dishwasher safe where it counts.|Fits neatly in a small kitchen.|Backed by a two-year warranty.|Makes a thoughtful housewarming gift."),
        WordTable("Built for training in any weather.|Light enough to carry all day.|Tested on trails and in the gym.|Packs down small."),
        WordTable("A good read for a long weekend.|Printed on thick, acid-free paper.|Makes a thoughtful gift.|Includes an index and notes."),
        WordTable("Suitable for all skin types.|Free from parabens.|Dermatologist tested.|A little goes a long way."),
        WordTable("For ages 6 and up.|Great for family game night.|Tested for safety.|Comes in a sturdy gift box."),
        WordTable("Best before date on the pack.|Store in a cool, dry place.|Sourced from trusted growers.|Great in everyday cooking."),
        WordTable("Fits most cars, vans and SUVs.|Installs in minutes with no tools.|Built for heat, cold and rain.|Backed by a one-year warranty."),
        WordTable("Made to stand up to a season outdoors.|Easy to store over winter.|Gentle on your hands.|A favourite with gardeners."),
        WordTable("Keeps a busy desk tidy.|Built for daily office use.|Backed by a one-year warranty.|Sold in packs for teams."),
        WordTable("Easy to clean.|Sized for cats and small to large dogs.|Made from pet-safe materials.|Tested by real pets."),
        WordTable("Easy to use at home.|Clinically tested.|Read the label before use.|Comes with clear instructions."),
        WordTable("Arrives in a gift box.|Hypoallergenic and nickel-free.|Polish with a soft cloth.|Made to be worn every day."),
        WordTable("Used by working musicians.|Made for the stage and the studio.|Suits beginners and players alike.|Backed by a one-year warranty."),
    ]
    static let materials = WordTable("""
    Cotton|Leather|Steel|Wooden|Bamboo|Ceramic|Glass|Aluminum|Wool|Linen|Silk|Plastic|Rubber|Granite|Marble|\
    Copper|Titanium|Recycled|Carbon Fiber|Canvas|Polyester|Denim|Velvet|Concrete
    """)
    static let brands = WordTable("""
    Northwind|Acme|Lumina|Vertex|Everpeak|Solara|Bluefin|Ironwood|Kestrel|Nimbus|Orchid|Pinnacle|Quartz|Redstone|\
    Silverline|Terra|Umbra|Velora|Wildgrove|Zenith|Aurora|Brightway|Cobalt|Driftwood|Emberly|Foxglove|Granite Peak|Harbor Lane
    """)
    static let recordStatuses = WordTable("active|inactive|pending|suspended|archived")
    static let recordStatusWeights: [Double] = [0.7, 0.12, 0.1, 0.03, 0.05]
    static let orderStatuses = WordTable("pending|processing|shipped|delivered|cancelled|returned")
    static let orderStatusWeights: [Double] = [0.1, 0.12, 0.18, 0.5, 0.06, 0.04]
    /// A meal ordered for delivery: cooked and carried, not shipped or returned.
    static let mealOrderStatuses = WordTable("placed|preparing|out_for_delivery|delivered|cancelled")
    static let mealOrderStatusWeights: [Double] = [0.05, 0.07, 0.08, 0.74, 0.06]
    static let paymentMethods = WordTable("credit_card|debit_card|paypal|bank_transfer|apple_pay|google_pay|cash_on_delivery|gift_card")
    static let paymentWeights: [Double] = [0.4, 0.2, 0.15, 0.08, 0.07, 0.05, 0.03, 0.02]
    static let shippingMethods = WordTable("Standard|Express|Overnight|Two-Day|Ground|International|Store Pickup|Same-Day")
    static let couponWords = WordTable("SAVE|SPRING|SUMMER|FALL|WINTER|WELCOME|FREESHIP|VIP|FLASH|HOLIDAY|BONUS|DEAL|EXTRA|THANKS")
    static let carriers = WordTable("UPS|FedEx|USPS|DHL|Amazon Logistics|OnTrac|Royal Mail|Canada Post|La Poste|Correos|Deutsche Post|Yamato")
    /// Tracking-number shape per carrier, aligned with `carriers`.
    static let carrierTrackingPatterns = WordTable("""
    1Z***********#####|############|94##################|##########|TBA############|C##############|\
    ??#########GB|??#########CA|??#########FR|??#########ES|############|####-####-####
    """)
    static let shipmentStatuses = WordTable("label_created|picked_up|in_transit|out_for_delivery|delivered|delayed|exception|returned_to_sender")
    static let shipmentWeights: [Double] = [0.05, 0.08, 0.3, 0.1, 0.4, 0.04, 0.02, 0.01]
}
