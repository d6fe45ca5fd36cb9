extension Words {
    /// category|product nouns (`,`-separated), aligned by index.
    static let categories = WordTable("""
    Electronics|Clothing|Home & Kitchen|Sports & Outdoors|Books|Beauty|Toys & Games|Grocery|Automotive|Garden|\
    Office Supplies|Pet Supplies|Health|Jewelry|Music
    """)
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
