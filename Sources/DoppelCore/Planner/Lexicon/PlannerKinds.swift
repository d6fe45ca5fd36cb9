/// The field kinds the planner may emit: the team's kind catalogue. Every
/// spec in the lexicons and templates is checked against it by the tests,
/// so the planner never asks the engine for a generator that does not exist.
enum PlannerKinds {
    static let all: Set<String> = Set("""
    id.sequence id.uuid id.pattern
    person.first_name person.last_name person.full_name person.middle_name person.gender person.title person.suffix
    person.age person.birth_date person.nationality
    internet.email internet.username internet.url internet.domain internet.ipv4 internet.ipv6 internet.user_agent
    internet.mac_address internet.slug internet.password_hash
    phone.number
    address.street address.street_name address.building_number address.secondary address.city address.region
    address.region_code address.postal_code address.country address.country_code address.latitude address.longitude
    address.full address.timezone
    company.name company.industry company.department company.job_title company.catch_phrase company.ein
    commerce.product_name commerce.category commerce.sku commerce.price commerce.currency commerce.quantity
    commerce.order_status commerce.payment_method commerce.brand commerce.color commerce.material commerce.rating
    commerce.discount commerce.shipping_method commerce.coupon_code
    finance.account_number finance.iban finance.bic finance.routing_number finance.card_number finance.card_type
    finance.card_expiry finance.cvv finance.amount finance.transaction_type finance.merchant finance.currency_code
    finance.stock_ticker
    date.past date.future date.between date.recent date.weekday
    datetime.past datetime.future datetime.between datetime.recent datetime.business_hours
    time.of_day time.business_hours
    number.integer number.decimal number.float number.percentage
    boolean enum
    text.word text.words text.sentence text.paragraph text.title text.review text.comment text.description text.bio
    vehicle.vin vehicle.make vehicle.model vehicle.license_plate vehicle.year
    health.blood_type health.diagnosis health.icd10_code health.medication health.npi health.allergy health.specialty
    education.course_name education.subject education.grade education.degree education.school
    media.title media.genre media.isbn media.artist
    travel.airport_code travel.airport_name travel.airline travel.flight_number travel.seat travel.hotel_name
    logistics.tracking_number logistics.carrier logistics.shipment_status
    iot.device_id iot.sensor_type iot.serial_number iot.firmware_version
    color.name color.hex file.name file.extension file.mime_type app.version
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
