/// What goes wrong in a home or building, by the trade that fixes it: the problem a maintenance or
/// repair request describes, in the words a tenant or caretaker would use. A request's description
/// opens with one of its own trade's problems (`category` plumbing: "Water is leaking under the
/// bathroom sink."), never another trade's.
enum RepairProblems {
    /// The problems of the trade a category value names (`plumbing`, `HVAC`, `pest_control`), if known.
    static func problems(forCategory value: String) -> [String]? {
        let words = Set(value.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        for (trade, names) in trades where !words.isDisjoint(with: names) { return table[trade] }
        return nil
    }

    /// Record nouns whose descriptions state a repair problem.
    static func isRepairRecord(_ noun: String) -> Bool {
        let words = Set(noun.lowercased().split(separator: " ").map(String.init))
        return !words.isDisjoint(with: ["maintenance", "repair", "repairs", "fault", "faults", "defect", "defects", "fix", "fixes"])
            || noun.lowercased().contains("work order") || noun.lowercased().contains("service request")
    }

    /// The words of a category value that name each trade.
    private static let trades: [(String, Set<String>)] = [
        ("plumbing", ["plumbing", "plumber", "water", "leak", "leaks", "drain", "drains", "drainage", "sewer"]),
        ("electrical", ["electrical", "electric", "electricity", "electrician", "power", "lighting", "wiring"]),
        ("hvac", ["hvac", "heating", "cooling", "ac", "aircon", "air", "ventilation", "boiler", "furnace"]),
        ("appliance", ["appliance", "appliances", "kitchen", "laundry"]),
        ("pest", ["pest", "pests", "vermin", "rodent", "rodents", "insects", "extermination"]),
        ("roofing", ["roof", "roofing", "gutter", "gutters"]),
        ("access", ["lock", "locks", "door", "doors", "window", "windows", "key", "keys", "security", "entry"]),
        ("grounds", ["landscaping", "grounds", "garden", "yard", "exterior", "outdoor", "snow"]),
        ("finishes", ["painting", "paint", "flooring", "floor", "floors", "carpentry", "drywall", "walls", "structural"]),
        ("general", ["general", "other", "misc", "miscellaneous", "handyman", "cleaning"]),
    ]

    private static let table: [String: [String]] = [
        "plumbing": ["Water is leaking under the bathroom sink.", "The kitchen sink drains very slowly.",
                     "The toilet keeps running after it is flushed.", "There has been no hot water since this morning.",
                     "Water pressure in the shower is very low.", "The bathtub drain is blocked and water stands in the tub.",
                     "A pipe under the kitchen sink drips constantly.", "The toilet is clogged and will not flush."],
        "electrical": ["The breaker trips whenever the microwave and the kettle run together.",
                       "Two outlets in the living room have no power.", "The hallway light flickers and buzzes.",
                       "The bathroom extractor fan has stopped working.", "The light by the front entrance is out.",
                       "A light switch in the bedroom sparks when it is turned on."],
        "hvac": ["The air conditioning runs but the flat does not cool down.", "The heating does not come on in the bedroom.",
                 "The thermostat does not respond to any setting.", "The air conditioning unit rattles loudly at night.",
                 "The radiator in the living room stays cold.", "The boiler keeps losing pressure."],
        "appliance": ["The dishwasher does not drain at the end of a cycle.", "The fridge is not keeping food cold.",
                      "The oven does not heat up.", "The washing machine stops in the middle of a cycle.",
                      "The dryer needs three cycles to dry a load.", "The freezer is building up ice and the door will not seal."],
        "pest": ["Mice have been seen in the kitchen cupboards.", "There are ants along the kitchen counter.",
                 "Cockroaches come out from under the sink at night.", "Wasps are nesting above the balcony door.",
                 "There are signs of bedbugs in the bedroom.", "Something is scratching inside the ceiling at night."],
        "roofing": ["A water stain is spreading on the bedroom ceiling after rain.", "Some roof tiles came loose in the storm.",
                    "The gutter over the front door overflows when it rains.", "Water drips from the ceiling by the top-floor window."],
        "access": ["The front door lock sticks and the key barely turns.", "A bedroom window will not close fully.",
                   "The sliding door to the balcony has come off its track.", "The building entry buzzer does not work.",
                   "The back door does not latch and swings open."],
        "grounds": ["An overgrown hedge is blocking the footpath.", "A fallen branch is lying across the driveway.",
                    "The outdoor steps are icy and need gritting.", "The lawn sprinkler is stuck on and flooding the path."],
        "finishes": ["Paint is peeling off the bathroom ceiling.", "The hallway carpet is torn and has become a trip hazard.",
                     "A floorboard in the living room is loose and creaks.", "There is a crack running across the bedroom wall."],
        "general": ["The bathroom door handle has come loose.", "Mould is growing in the corner of the bathroom ceiling.",
                    "A kitchen cabinet door hinge is broken.", "A tile in the entrance hall is cracked.",
                    "The handrail on the stairs is wobbly.", "The shower screen has come away from the wall."],
    ]
}
