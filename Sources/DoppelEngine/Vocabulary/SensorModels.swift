/// The models of the sensors and smart devices a building or a site installs, by what they sense: a sensor's
/// `model` is a device maker's (Sensirion SHT31 for temperature and humidity, Airthings Wave Plus for air quality),
/// never a shop's product, and fits the sensor's type where the row has one (`SchemaResolver.applySensorModels`).
package enum SensorModels {
    static let byType: [(words: Set<String>, models: [String])] = [
        (["temperature", "temp", "humidity", "thermal", "thermometer", "climate", "moisture"],
         ["Sensirion SHT31", "Bosch BME680", "Govee H5075", "SwitchBot Meter Plus", "Eve Degree", "Shelly H&T", "Dragino LHT65"]),
        (["co2", "air", "voc", "quality", "gas", "carbon"], ["Airthings Wave Plus", "Aqara TVOC Monitor", "Elsys ERS CO2", "Milesight AM319"]),
        (["motion", "occupancy", "presence", "pir"], ["Philips Hue Motion", "Milesight WS202", "Aqara Motion Sensor P1"]),
        (["door", "contact", "window", "intrusion"], ["Ring Contact Sensor", "Aqara Door and Window Sensor", "Eve Door & Window"]),
        (["pressure", "barometer", "barometric"], ["Bosch BMP390", "Infineon DPS310", "TE MS5611"]),
        (["accelerometer", "acceleration", "vibration"], ["Analog Devices ADXL345", "Bosch BMA400", "Erbessd Phantom"]),
        (["gyroscope", "rotation", "angular"], ["InvenSense MPU-6050", "Bosch BMI270"]),
        (["light", "lux", "illuminance", "luminosity"], ["ams TSL2591", "Vishay VEML7700"]),
        (["sound", "noise", "acoustic"], ["Milesight WS302", "Netatmo Indoor Sound Monitor"]),
        (["smoke", "fire"], ["Nest Protect", "Kidde P4010"]),
        (["energy", "power", "electricity", "current", "voltage", "meter"], ["Schneider Electric PM5320", "Shelly EM", "Itron OpenWay Riva"]),
        (["water", "leak", "flood", "flow", "level"], ["Aqara Water Leak Sensor", "Govee H5054", "Dragino LDDS75"]),
        (["gps", "location", "proximity"], ["u-blox NEO-M8N", "Quectel L76"]),
    ]

    /// Every model, each once, in the table's order.
    package static let all: [String] = {
        var seen = Set<String>()
        return byType.flatMap(\.models).filter { seen.insert($0).inserted }
    }()

    /// The models of the sensor a type names, nil when its words name none.
    static func models(ofType type: String) -> [String]? {
        let words = Set(SensorUnits.words(ofType: type))
        return byType.first { !$0.words.isDisjoint(with: words) }?.models
    }
}
