/// Measures named by a column's last word, with the values a reading of each takes: `wind_speed` is a
/// speed, `soil_moisture` a moisture. The planner types a prompt's column from its head word here, and
/// inference gives a schema's unknown compound column (`water_turbidity`) its measure's values
/// (`KindInference.spec`). One home for both.
package enum Measures {
    package static let byHead: [String: String] = [
        "temperature": "float number.float -10..40 p2", "temp": "float number.float -10..40 p2",
        "humidity": "float number.float 10..95 p1", "pressure": "float number.float 950..1050 p1",
        "voltage": "float number.float 0..240 p2", "current": "float number.float 0..30 p2", "power": "float number.float 0..5000 p1",
        "energy": "float number.float 0..50 p3", "speed": "decimal number.decimal 0..130 p1",
        "distance": "decimal number.decimal 0.5..500 p1 lognormal", "altitude": "decimal number.decimal 0..3000 p1",
        "elevation": "decimal number.decimal 0..3000 p1", "weight": "decimal number.decimal 0.5..100 p2",
        "height": "decimal number.decimal 1..300 p1", "width": "decimal number.decimal 1..200 p1",
        "length": "decimal number.decimal 1..200 p1", "depth": "decimal number.decimal 1..200 p1",
        "volume": "decimal number.decimal 0..1000 p2", "density": "decimal number.decimal 0..20 p3",
        "bmi": "decimal number.decimal 16..40 p1", "reading": "float number.float 0..100 p3",
        "value": "float number.float 0..1000 p3", "accuracy": "decimal number.decimal 0..100 p2",
        "concentration": "float number.float 0..100 p3", "index": "decimal number.decimal 0..100 p2",
        "duration": "integer number.integer 5..3600 lognormal", "size": "decimal number.decimal 1..1000 p1",
        "latency": "integer number.integer 1..2000 lognormal", "throughput": "float number.float 0..1000 p2",
        "frequency": "float number.float 0..1000 p2", "level": "integer number.integer 0..100",
        "salinity": "float number.float 0..40 p2", "ph": "decimal number.decimal 4..9 p2",
        "multiplier": "decimal number.decimal 1..3 p2", "factor": "decimal number.decimal 0..10 p3",
        "coefficient": "decimal number.decimal -1..1 p4",
        "liters": "decimal number.decimal 1..500 p2", "litres": "decimal number.decimal 1..500 p2", "gallons": "decimal number.decimal 1..150 p2",
        "kilograms": "decimal number.decimal 0.1..1000 p2", "grams": "decimal number.decimal 1..5000 p1", "meters": "decimal number.decimal 0..10000 p2",
        "metres": "decimal number.decimal 0..10000 p2", "kilometers": "decimal number.decimal 0..2000 p1", "pounds": "decimal number.decimal 0.1..2000 p2",
        // Readings of the physical world a stranger names (a greenhouse, an observatory, a water works, a weather station).
        "moisture": "decimal number.decimal 5..60 p1", "turbidity": "decimal number.decimal 0..50 p2",
        "conductivity": "decimal number.decimal 50..1500 p1", "magnitude": "decimal number.decimal 1..9 p1",
        "luminosity": "decimal number.decimal 0..100 p1", "brightness": "integer number.integer 0..100",
        "viscosity": "decimal number.decimal 1..1000 p1 lognormal", "hardness": "decimal number.decimal 1..10 p1",
        "wavelength": "decimal number.decimal 380..750 p1", "acidity": "decimal number.decimal 0..10 p2",
        "rainfall": "decimal number.decimal 0..50 p1 lognormal", "snowfall": "decimal number.decimal 0..60 p1 lognormal",
        "precipitation": "decimal number.decimal 0..50 p1 lognormal", "bandwidth": "decimal number.decimal 1..1000 p1 lognormal",
        "loudness": "decimal number.decimal 30..110 p1",
        "yield": "decimal number.decimal 1..100 p1", "efficiency": "decimal number.decimal 50..100 p1",
    ]

    /// Heads that name a category as often as a number (`payment_frequency` is monthly, `risk_level` is high,
    /// `shoe_size` is 9): a schema's unknown column ending so is not given a reading's values.
    package static let ambiguousHeads: Set<String> = ["frequency", "level", "size", "current", "power"]
}
