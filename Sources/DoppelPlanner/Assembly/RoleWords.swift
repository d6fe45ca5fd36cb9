/// Column names that name a role rather than an entity: `manager`,
/// `follower_id`, `origin`, `assignee`. Each maps to the entities it most
/// likely points at.
enum RoleWords {
    /// Roles that point at another row of the same table when that table
    /// holds people (`manager` of an employee) or any table (`parent`).
    static let selfRoles: Set<String> = [
        "manager", "supervisor", "mentor", "reports_to", "boss", "lead", "captain", "spouse", "referrer", "referred_by",
        "sponsor", "partner", "superior", "team_lead", "head", "coach_of", "buddy", "emergency_contact", "guardian",
    ]
    /// Roles that point at another row of the same table whatever it holds.
    static let structuralSelfRoles: Set<String> = [
        "parent", "parent_of", "predecessor", "successor", "duplicate_of", "replaced_by", "replaces", "previous",
        "next", "related", "original", "reply_to", "in_reply_to", "merged_into", "child_of", "split_from",
    ]

    /// People-like roles and the tables they usually point at, most likely first.
    static let personRoles: [String: [String]] = {
        var d: [String: [String]] = [:]
        func add(_ roles: String, _ targets: String) {
            for r in roles.split(separator: " ") { d[String(r)] = targets.split(separator: " ").map(String.init) }
        }
        add("author writer poster commenter", "author user member writer employee profile account")
        add("owner holder", "owner user customer member employee landlord person client")
        add("creator created_by added_by uploaded_by uploader", "user employee member author creator")
        add("updated_by modified_by edited_by deleted_by approved_by", "user employee member staff")
        add("assignee assigned_to responsible handler", "user employee member agent staff technician operator")
        add("reporter requester requested_by submitted_by opened_by", "user customer employee member client")
        add("sender recipient receiver addressee from_user to_user", "user member customer account person profile employee")
        add("follower followee following followed friend blocker blocked subscriber_user liker matched_user liked_user", "user member profile account person")
        add("buyer purchaser", "buyer customer user member client")
        add("seller vendor_user", "seller user member merchant")
        add("host", "host user member employee")
        add("guest visitor", "guest customer user member visitor")
        add("organizer inviter invitee attendee participant", "user member attendee person employee")
        add("instructor teacher tutor lecturer professor", "instructor teacher tutor employee staff")
        add("reviewer approver interviewer recruiter hiring_manager salesperson sales_rep rep account_manager agent inspector technician operator mechanic cashier",
            "employee user staff agent technician operator member")
        add("payer payee", "account customer user member")
        add("borrower", "member customer user borrower patron student")
        add("lender", "lender bank user")
        add("winner loser opponent challenger", "team player user member")
        add("player1 player2 white black", "player team user member")
        add("home away", "team club")
        add("doctor physician attending surgeon prescriber", "doctor physician provider employee staff")
        add("driver chauffeur", "driver employee courier")
        add("rider passenger", "rider passenger customer user member")
        add("referee umpire judge", "referee official employee")
        add("landlord", "landlord owner")
        add("tenant", "tenant resident renter customer")
        add("contact", "contact person customer")
        return d
    }()

    /// Whether `role` names who does or undergoes the action a table of `head` records: a swipe's `swiper` and `swipee`,
    /// an endorsement's `endorser`, a nomination's `nominator`, a match's `matcher`. Such a role is a person.
    static func isPartyToAction(_ role: String, head: String) -> Bool {
        guard role != head, role.count > head.count / 2 + 2 else { return false }
        var stems: Set<String> = [head]
        if head.hasSuffix("e") { stems.insert(String(head.dropLast())) }
        if head.hasSuffix("ion"), head.count > 5 { stems.insert(String(head.dropLast(3))) }
        if head.hasSuffix("ment"), head.count > 6 { stems.insert(String(head.dropLast(4))) }
        return stems.contains { stem in ["er", "r", "or", "ee", "e"].contains { stem + $0 == role } }
    }

    /// The tables a party to an action points at, most likely first.
    static let partyTables = ["user", "member", "profile", "account", "person", "customer", "player", "employee", "participant"]

    /// Published works whose author is a writer, not one of the plan's users or members.
    static let writtenWorks: Set<String> = ["book", "novel", "ebook", "audiobook", "publication", "edition", "manuscript", "poem",
                                            "comic", "title", "textbook", "biography", "memoir"]

    /// People who lead an occasion (a class, a concert, a tour) rather than attend it.
    static let occasionLeaders: Set<String> = [
        "instructor", "teacher", "trainer", "coach", "tutor", "host", "organizer", "speaker", "performer", "artist",
        "guide", "tour_guide", "lecturer", "professor", "presenter", "facilitator", "therapist", "doctor", "band", "dj",
    ]

    /// Roles that point at a place: `origin`, `destination`, `pickup`.
    static let placeRoles: Set<String> = [
        "origin", "destination", "departure", "arrival", "source", "target", "from", "to", "pickup", "dropoff", "start",
        "end", "via", "base", "home_base", "hub", "return_location", "pickup_location", "dropoff_location", "current_location",
        "next_stop", "dest", "orig",
    ]

    /// Place tables in the order a place role prefers them.
    static let placeTables: [String] = [
        "airport", "station", "warehouse", "port", "stop", "terminal", "depot", "hub", "city", "location", "store",
        "branch", "office", "site", "dock", "facility", "destination", "address", "airfield",
    ]

    /// Keys that identify a row of some table by nature (`vin` → vehicles).
    static let naturalKeyOwners: [String: [String]] = [
        "vin": ["vehicle", "car", "truck", "van"], "isbn": ["book", "title", "edition"], "isbn13": ["book"],
        "sku": ["product", "item", "variant", "product_variant"], "npi": ["doctor", "physician", "provider", "clinician"],
        "mrn": ["patient"], "iata": ["airport"], "iata_code": ["airport", "airline"], "airport_code": ["airport"],
        "icao": ["airport"], "ticker": ["stock", "security", "company", "equity"], "symbol": ["stock", "security"],
        "tracking_number": ["shipment", "package", "parcel"], "serial_number": ["device", "machine", "asset", "sensor", "meter", "thermostat", "equipment"],
        "serial": ["device", "machine", "asset", "sensor", "meter", "thermostat", "equipment"], "imei": ["device", "phone", "handset"],
        "account_number": ["account", "bank_account"], "card_number": ["card", "credit_card"], "iban": ["account", "bank_account"],
        "license_plate": ["vehicle", "car", "truck"], "plate": ["vehicle", "car"], "employee_number": ["employee"],
        "student_number": ["student"], "order_number": ["order"], "invoice_number": ["invoice"],
        "policy_number": ["policy", "insurance_policy"], "claim_number": ["claim"], "case_number": ["case"],
        "batch_number": ["batch", "production_run", "lot"], "lot_number": ["lot", "batch"], "part_number": ["part", "component"],
        "mls_number": ["listing", "property"], "badge_number": ["employee", "operator"], "container_number": ["container"],
        "flight_number": ["flight"], "course_code": ["course"], "station_code": ["station", "weather_station"],
        "upc": ["product", "item"], "barcode": ["product", "item", "copy"], "asset_tag": ["asset"],
    ]

    /// Words that qualify a reference without naming a table: `team_a`, `from_iban`, `home_team`.
    static let qualifiers: Set<String> = [
        "a", "b", "c", "1", "2", "3", "one", "two", "first", "second", "home", "away", "primary", "secondary", "left", "right",
        "from", "to", "source", "target", "origin", "destination", "sender", "receiver", "parent", "old", "new", "previous",
        "current", "original", "main", "other", "alt", "backup", "x", "y",
    ]

    /// Names every table holds of its own: a field's `name` is never another table's key, even when that
    /// table is keyed by its `name` (fields and equipment of a farm).
    static let ownAttributes: Set<String> = ["id", "name", "title", "label", "code", "number", "description", "full_name", "display_name", "nickname"]

    /// Suffixes that make a column a key of another table: `doctor_npi`, `merchant_code`, `account_number`.
    static let keySuffixes: [String] = [
        "code", "number", "no", "num", "npi", "isbn", "vin", "sku", "email", "username", "uuid", "key", "slug", "iata",
        "icao", "ticker", "symbol", "mrn", "ssn", "handle", "plate", "serial", "barcode", "upc", "ref", "tag",
    ]
}
