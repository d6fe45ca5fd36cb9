/// Equipment outside a plant: a ski shop's skis, a mine's haul trucks, an HVAC firm's furnaces, a makerspace's laser
/// cutters. Strangers' equipment was a factory's (lathes and injection molders, `running` on a production line) whatever
/// the business.
extension DomainCatalogue {
    /// What equipment is, by words of the setting: the first list the prompt shares a word with.
    static let equipmentKinds: [(settings: Set<String>, types: String)] = [
        (["ski", "skis", "skiing", "snowboard", "snowboards", "snowboarding"],
         "Skis:5|Snowboard:3|Ski~Boots:4|Snowboard~Boots:2|Poles:2|Helmet:3|Goggles:1"),
        (["mine", "mines", "mining", "quarry", "quarries", "ore"],
         "Haul~Truck:4|Excavator:3|Wheel~Loader:2|Drill~Rig:2|Bulldozer:1.5|Crusher:1|Conveyor:1|Water~Truck:0.5"),
        (["hvac", "heating", "furnace", "furnaces", "boiler", "boilers", "ductwork"],
         "Furnace:3|Air~Conditioner:3|Heat~Pump:2.5|Boiler:1.5|Air~Handler:1.5|Water~Heater:1.5|Ductless~Mini-Split:1"),
        (["makerspace", "makerspaces", "fablab", "hackerspace", "maker"],
         "3D~Printer:4|Laser~Cutter:3|CNC~Router:1.5|Soldering~Station:2|Vinyl~Cutter:1|Sewing~Machine:1.5|Band~Saw:1|Drill~Press:1"),
        (["gym", "gyms", "fitness"],
         "Treadmill:4|Elliptical:2|Rowing~Machine:2|Stationary~Bike:3|Squat~Rack:1.5|Cable~Machine:1.5|Leg~Press:1|Bench:1.5"),
        (["construction", "contractor", "contractors", "builder", "builders", "sitework"],
         "Excavator:3|Skid~Steer:2.5|Backhoe:2|Scissor~Lift:2|Concrete~Mixer:1.5|Generator:2|Crane:1|Bulldozer:1"),
        (["camping", "campground", "outfitter", "outdoor", "kayak", "kayaks", "canoe", "canoes", "hiking"],
         "Tent:4|Sleeping~Bag:3|Backpack:2|Kayak:2|Canoe:1.5|Paddle~Board:1.5|Camp~Stove:1.5|Life~Jacket:2"),
        (["hospital", "hospitals", "icu", "ward", "wards", "clinic", "clinics"],
         "Infusion~Pump:4|Patient~Monitor:3|Ventilator:1.5|Defibrillator:1|Wheelchair:2|Hospital~Bed:2|Ultrasound~Machine:1|ECG~Machine:1"),
        (["lab", "labs", "laboratory", "laboratories"],
         "Centrifuge:3|Microscope:3|Incubator:2|Spectrophotometer:1.5|Autoclave:1|PCR~Machine:1.5|Fume~Hood:1|Freezer:1.5"),
        (["film", "filming", "photography", "photographer", "photographers", "videography", "camera", "cameras"],
         "Camera~Body:4|Lens:4|Tripod:2|LED~Panel:2|Gimbal:1.5|Microphone:2|Drone:1"),
        (["band", "bands", "music", "musicians", "orchestra", "recording", "rehearsal"],
         "Guitar~Amplifier:3|Keyboard:2|Drum~Kit:2|Microphone:3|Mixing~Console:1|PA~Speaker:2|Music~Stand:1.5"),
        (["restaurant", "restaurants", "kitchen", "kitchens", "bakery", "bakeries", "cafe", "cafes", "catering"],
         "Oven:3|Fryer:2|Dishwasher:2|Refrigerator:3|Stand~Mixer:1.5|Espresso~Machine:1.5|Grill:1.5|Ice~Machine:1"),
        // (a farm's machines are in `SettingSpecs`, on the catalogue's machine template)
    ]

    /// The kinds of equipment the prompt's words name a setting for, or nil when none does (or the setting is a plant).
    static func equipmentTypes(_ words: Set<String>) -> String? {
        guard words.isDisjoint(with: ["factory", "factories", "plant", "plants", "manufacturing", "manufacturer", "assembly",
                                      "production"]) else { return nil }
        return equipmentKinds.first { !words.isDisjoint(with: $0.settings) }?.types
    }

    /// Heads of a table of such equipment.
    static let equipmentHeads: Set<String> = ["equipment", "gear", "machinery"]

    /// A listed equipment table's type column in those settings.
    static let equipmentTypeSpecs: [SettingSpec] = equipmentKinds.map {
        SettingSpec(settings: $0.settings, columns: ["type", "equipment_type", "machine_type", "category", "kind", "gear_type"],
                    tables: ["equipment", "gear", "machinery", "rental_equipment", "rental_gear"], spec: "string enum values=" + $0.types)
    }

    /// Equipment a business keeps and lends, rents or uses (its type from `equipmentTypes`).
    static func ownedEquipment(types: String) -> EntityTemplate {
        EntityTemplate("equipment gear", .device,
                       "site_id|location_id|store_id|shop_id|branch_id, asset_tag:string id.pattern pattern=EQ-#####, "
                       + "equipment_type:string enum values=\(types), serial_number, purchased_on:date date.past, "
                       + "condition:string enum values=new:1|good:5|fair:2|worn:1, "
                       + "status:string enum values=available:5|in_use:3|maintenance:1|retired:0.5")
    }
}
