/// What a piece of work usually costs, by what was done (lowercased, as the planner's lists
/// write it): a root canal hundreds of dollars more than a fluoride treatment, a new timing belt
/// more than a puncture. In US dollars, before any discount; used where a row's cost follows
/// the work it records (`SchemaResolver.applyServicePrices`).
enum ServicePrices {
    static let table: [String: ClosedRange<Double>] = [
        // dentistry
        "routine cleaning": 75...200, "check-up and x-rays": 100...250, "filling": 120...300, "root canal": 700...1_500,
        "crown fitting": 900...1_800, "tooth extraction": 150...400, "teeth whitening": 300...700, "dental implant": 2_500...5_000,
        "scaling and root planing": 200...600, "braces adjustment": 100...300, "fluoride treatment": 25...60,
        "bridge fitting": 1_500...4_000,
        // bicycles
        "flat tyre": 15...35, "gears skipping": 25...60, "brakes rubbing": 20...45, "worn chain": 35...80, "buckled wheel": 25...60,
        "squealing brakes": 20...45, "broken spoke": 20...45, "creaking bottom bracket": 40...90, "loose headset": 20...45,
        "annual service": 80...160,
        // cars
        "check engine light on": 100...600, "worn brake pads": 150...350, "flat battery": 120...250, "oil change due": 40...120,
        "grinding noise when braking": 150...500, "air conditioning not cooling": 150...900, "puncture": 20...60,
        "timing belt replacement": 400...1_000, "coolant leak": 150...600, "annual inspection": 40...120,
        // phones and laptops
        "cracked screen": 90...350, "battery drains quickly": 60...150, "will not charge": 50...150, "water damage": 100...400,
        "will not turn on": 80...300, "broken charging port": 60...150, "sticky keyboard keys": 80...250, "overheating": 60...180,
        "speaker not working": 50...120,
        // salons, barbers and spas
        "haircut": 25...80, "color": 80...200, "blowout": 35...70, "beard trim": 15...35, "manicure": 25...50, "pedicure": 35...70,
        "facial": 60...150, "massage": 70...150,
        // dog grooming
        "full groom": 60...120, "bath and brush": 35...70, "nail trim": 15...25, "de-shedding": 50...100, "teeth cleaning": 15...30,
        "puppy trim": 35...60,
    ]
}
