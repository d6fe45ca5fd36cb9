extension DomainCatalogue {
    /// Words of a hair or beauty salon, a barber's or a spa.
    static let salonWords: Set<String> = ["salon", "salons", "barber", "barbers", "barbershop", "barbershops", "spa", "spas",
                                          "hairdresser", "hairdressers", "hairdressing", "hairstylist", "hairstylists", "manicurist",
                                          "manicurists", "nail", "nails"]

    /// The people who work in a salon, known by the work they do.
    static let salon: [EntityTemplate] = [
        EntityTemplate("stylists hairdressers hairstylists barbers beauticians manicurists", .person,
                       "salon_id|location_id, first_name, last_name, email, phone, specialty:string enum values=Cuts:4|Color:3|Styling:2|Barbering:2|Nails:1.5|Extensions:0.5, hire_date, commission_rate:decimal number.decimal 0.3..0.5 p2"),
    ]

    /// A salon's services: what is done (named by `SettingSpecs`), how long it takes and what it costs; not a server's.
    static let salonServices = EntityTemplate("services treatments", .lookup, rows: 12,
        "name, duration_minutes:integer enum values=15:1|30:3|45:3|60:3|90:1.5|120:1, price:decimal number.decimal 15..180 lognormal p2, is_active:boolean prob=0.9")

    /// A salon's appointments: a client with a stylist for a service, at a time on the hour or half hour, paid at
    /// the service's price; no medical reason or visit type.
    static let salonAppointments = EntityTemplate("appointments bookings", .event,
        "client_id|customer_id|guest_id, stylist_id|barber_id|therapist_id|staff_id|employee_id, service_id|treatment_id, scheduled_at, status:string enum values=booked:2|completed:7|cancelled:1|no_show:0.5, price")
}
