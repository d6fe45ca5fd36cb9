/// The laptops, monitors, phones and accessories a company hands its staff: each model with its maker and
/// its type, so an asset register never lists an Apple "SmartPlug Mini" or a Dell MacBook.
package enum OfficeHardware {
    package static let models: [(model: String, brand: String, type: String)] = [
        ("Latitude 5440", "Dell", "laptop"), ("XPS 13", "Dell", "laptop"), ("OptiPlex 7010", "Dell", "desktop"),
        ("UltraSharp U2723QE", "Dell", "monitor"), ("WD19S Dock", "Dell", "docking_station"),
        ("ThinkPad T14", "Lenovo", "laptop"), ("ThinkPad X1 Carbon", "Lenovo", "laptop"), ("ThinkCentre M70q", "Lenovo", "desktop"),
        ("ThinkVision T27i", "Lenovo", "monitor"), ("EliteBook 840", "HP", "laptop"), ("ProBook 450", "HP", "laptop"),
        ("EliteDesk 800", "HP", "desktop"), ("E24 G5", "HP", "monitor"), ("LaserJet Pro M404", "HP", "printer"),
        ("MacBook Air 13", "Apple", "laptop"), ("MacBook Pro 14", "Apple", "laptop"), ("iMac 24", "Apple", "desktop"),
        ("iPhone 15", "Apple", "phone"), ("iPad Air", "Apple", "tablet"), ("Surface Laptop 5", "Microsoft", "laptop"),
        ("Surface Pro 9", "Microsoft", "tablet"), ("Galaxy S24", "Samsung", "phone"), ("Galaxy Tab S9", "Samsung", "tablet"),
        ("ViewFinity S8", "Samsung", "monitor"), ("MX Keys", "Logitech", "keyboard"), ("MX Master 3S", "Logitech", "mouse"),
        ("C920 Webcam", "Logitech", "webcam"),
    ]
    /// What a company pays for one of each type, in dollars.
    package static let prices: [String: ClosedRange<Double>] = [
        "laptop": 700...2_600, "desktop": 600...1_800, "monitor": 150...700, "docking_station": 150...350, "printer": 200...600,
        "phone": 500...1_200, "tablet": 300...1_100, "keyboard": 50...150, "mouse": 30...120, "webcam": 50...120,
    ]
    package static let catalogue = DeviceCatalogue(models: models, prices: prices)
    package static var brandOf: [String: String] { catalogue.brandOf }
    package static var typeOf: [String: String] { catalogue.typeOf }
}

/// The thermostats, cameras, plugs, sensors and locks of a smart home: each model with its maker and type,
/// so a thermostat is never a "SmartPlug Mini".
package enum SmartHomeDevices {
    package static let models: [(model: String, brand: String, type: String)] = [
        ("Nest Learning Thermostat", "Google Nest", "thermostat"), ("Ecobee Smart Thermostat Premium", "Ecobee", "thermostat"),
        ("Honeywell T9", "Honeywell", "thermostat"), ("Ring Video Doorbell 4", "Ring", "camera"), ("Arlo Pro 4", "Arlo", "camera"),
        ("Wyze Cam v3", "Wyze", "camera"), ("Kasa Smart Plug Mini", "TP-Link", "smart_plug"), ("Wemo Mini Smart Plug", "Belkin", "smart_plug"),
        ("Aqara Motion Sensor P1", "Aqara", "motion_sensor"), ("Hue Motion Sensor", "Philips Hue", "motion_sensor"),
        ("Aqara Door and Window Sensor", "Aqara", "door_sensor"), ("SimpliSafe Entry Sensor", "SimpliSafe", "door_sensor"),
        ("Hue White and Color Ambiance A19", "Philips Hue", "light"), ("LIFX Color A19", "LIFX", "light"),
        ("August Wi-Fi Smart Lock", "August", "lock"), ("Yale Assure Lock 2", "Yale", "lock"),
        ("Nest Protect", "Google Nest", "smoke_detector"), ("First Alert Onelink Safe & Sound", "First Alert", "smoke_detector"),
    ]
    package static let prices: [String: ClosedRange<Double>] = [
        "thermostat": 130...280, "camera": 35...250, "smart_plug": 10...30, "motion_sensor": 20...45, "door_sensor": 15...35,
        "light": 12...55, "lock": 150...300, "smoke_detector": 40...250,
    ]
    package static let catalogue = DeviceCatalogue(models: models, prices: prices)
}

/// Devices by model: each model's maker and type, and what one of each type costs.
package struct DeviceCatalogue: Sendable {
    package let brandOf: [String: String]
    package let typeOf: [String: String]
    package let prices: [String: ClosedRange<Double>]
    package static let all = [OfficeHardware.catalogue, SmartHomeDevices.catalogue]

    /// The type of a model any catalogue knows (`Honeywell T9` → `thermostat`), nil for one none does.
    package static func type(ofModel model: String) -> String? {
        let key = model.lowercased()
        for c in all { if let t = c.typeOf[key] { return t } }
        return nil
    }

    init(models: [(model: String, brand: String, type: String)], prices: [String: ClosedRange<Double>]) {
        brandOf = Dictionary(models.map { ($0.model.lowercased(), $0.brand) }, uniquingKeysWith: { a, _ in a })
        typeOf = Dictionary(models.map { ($0.model.lowercased(), $0.type) }, uniquingKeysWith: { a, _ in a })
        self.prices = prices
    }
}
