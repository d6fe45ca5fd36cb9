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
    package static let brandOf = Dictionary(models.map { ($0.model.lowercased(), $0.brand) }, uniquingKeysWith: { a, _ in a })
    package static let typeOf = Dictionary(models.map { ($0.model.lowercased(), $0.type) }, uniquingKeysWith: { a, _ in a })
}
