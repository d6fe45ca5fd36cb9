extension DomainCatalogue {
    static let logistics: [EntityTemplate] = [
        // A telematics speeding event: a vehicle over the limit, somewhere, for a while.
        EntityTemplate("speeding_events speeding_violations speeding_incidents speeding_alerts", .event,
                       "vehicle_id|truck_id|car_id, driver_id, occurred_at, speed_limit_kmh:integer enum values=30:2|50:5|60:2|80:2, "
                           + "speed_kmh:integer number.integer 85..140, duration_seconds:integer number.integer 5..240 lognormal, location:string address.street"),
        EntityTemplate("shipments consignments", .event,
                       "order_id|purchase_order_id|customer_id, carrier_id>carrier, warehouse_id|origin_warehouse_id|depot_id|facility_id, tracking_number, shipped_at, delivered_at:datetime datetime.past null=0.15, status:string logistics.shipment_status, weight_kg, shipping_cost"),
        EntityTemplate("packages parcels", .thing,
                       "shipment_id|order_id|customer_id|recipient_id, carrier_id|courier_id>carrier, tracking_number, weight_kg, length_cm:integer number.integer 5..120, status:string logistics.shipment_status, shipped_on, delivered_on:date date.past null=0.15"),
        EntityTemplate("warehouses depots distribution_centers fulfillment_centers hubs facilities", .place, rows: 10, name: "string text.title",
                       "company_id|region_id, name, city, country, capacity:integer number.integer 1000..100000, manager_name, opened_on"),
        EntityTemplate("carriers shipping_carriers", .organization, rows: 8, name: "string logistics.carrier",
                       "name, phone, email, on_time_rate"),
        EntityTemplate("drivers", .person, "depot_id|warehouse_id|company_id|fleet_id|team_id, first_name, last_name, phone, license_number, hire_date, rating"),
        EntityTemplate("vehicles trucks vans cars fleet_vehicles", .thing,
                       "depot_id|warehouse_id|fleet_id|location_id|branch_id|owner_id|customer_id|dealer_id, vin, make, model:string vehicle.model, year:integer vehicle.year, license_plate, vehicle_type, mileage, status:string enum values=available:6|in_service:3|maintenance:1"),
        // A fill-up at a pump: litres or gallons at the day's price per unit, not an online order shipped overnight.
        EntityTemplate("fuel_purchases fuel_logs fuel_transactions fuel_entries fuel_records fuel_fills fill_ups refuelings refuels fuel_ups", .event,
                       "vehicle_id|truck_id|van_id|car_id|boat_id|aircraft_id, driver_id|employee_id|user_id, purchased_at:datetime datetime.past, liters:decimal number.decimal 15..120 normal p1, price_per_liter:decimal number.decimal 1.2..2.2 p3, total_cost:decimal number.decimal 20..260 p2, fuel_type:string enum values=diesel:5|gasoline:4|premium:1, odometer:integer number.integer 5000..250000, station:string enum values=Shell|BP|Chevron|ExxonMobil|Circle~K|Speedway|Marathon|Sunoco|Valero|Pilot~Flying~J|Love's|Wawa|Sheetz|QuikTrip|Casey's"),
        EntityTemplate("routes", .thing, name: "string id.pattern pattern=R-###",
                       "origin_warehouse_id|warehouse_id|depot_id|origin_station_id>origin:string address.city, destination_warehouse_id|destination_station_id>destination:string address.city, driver_id|vehicle_id, name, distance_km, estimated_minutes:integer number.integer 10..600"),
        EntityTemplate("stops route_stops", .event, "route_id|trip_id|delivery_id|run_id, sequence:integer number.integer 1..30, address, arrived_at, departed_at"),
        EntityTemplate("fleets", .lookup, rows: 5, name: "string text.title", "name, region, vehicle_count"),
        // A warehouse's storage locations: a bin's code is its aisle, shelf and level.
        EntityTemplate("bins storage_bins bin_locations slots", .place, [.logistics, .commerce, .manufacturing],
                       "warehouse_id|zone_id, code:string id.pattern pattern=?-##-## unique, zone:string enum values=A|B|C|D|Cold|Bulk, capacity_units:integer number.integer 20..500, is_occupied:boolean prob=0.7"),
        // The orders a picker collects from the shelves: who, for which order, how far it got.
        EntityTemplate("pick_lists picklists pick_tickets picking_lists", .document, [.logistics, .commerce, .manufacturing],
                       "order_id|shipment_id, picker_id|employee_id|worker_id|user_id>picker_name, warehouse_id, status:string enum values=open:2|picking:2|picked:3|packed:3|shipped:4, created_at, line_count:integer number.integer 1..25 lognormal"),
        EntityTemplate("stock_moves inventory_movements stock_movements stock_transfers", .event,
                       "product_id|item_id|part_id>sku, from_warehouse_id|from_location_id|source_warehouse_id, to_warehouse_id|to_location_id|destination_warehouse_id, quantity, moved_at, reason:string enum values=replenishment|transfer|return|adjustment|sale"),
        EntityTemplate("purchase_orders pos", .document,
                       "supplier_id|vendor_id, warehouse_id|store_id|plant_id, po_number, order_date, expected_date:date date.future, status:string enum values=draft:1|submitted:2|approved:2|received:5|cancelled:0.5, total_amount"),
        EntityTemplate("tracking_events scan_events scans shipment_events", .event,
                       "shipment_id|package_id|parcel_id|order_id|container_id, event_type:string logistics.shipment_status, location:string address.city, occurred_at"),
        EntityTemplate("containers", .thing, "vessel_id|ship_id|shipment_id, container_number:string id.pattern pattern=MSCU#######, size:string enum values=20ft|40ft|40ft~HC, origin_port, destination_port, status:string logistics.shipment_status"),
        EntityTemplate("ports", .place, rows: 30, name: "string address.city", "name, country, code:string id.pattern pattern=PORT-####"),
        EntityTemplate("trips rides journeys", .event, [.logistics, .commerce, .saas, .social, .iot, .finance, .realEstate, .manufacturing, .hr],
                       "rider_id|passenger_id|customer_id|user_id|member_id, driver_id|courier_id, vehicle_id|bike_id|scooter_id|car_id, start_station_id|pickup_station_id|origin_station_id, end_station_id|dropoff_station_id|destination_station_id, requested_at, started_at, ended_at, distance_km, fare, rating:integer number.integer 1..5, status:string enum values=completed:8|cancelled:1|in_progress:0.5"),
        // A customer's own bike, brought in for repair (the bike-share one below is chosen when there are stations).
        EntityTemplate("bikes bicycles", .thing,
                       "customer_id|owner_id|client_id|member_id, brand:string enum values=Trek|Specialized|Giant|Cannondale|Scott|Brompton|Raleigh|Cube, bike_type:string enum values=Road:3|Mountain:3|Hybrid:3|E-Bike:2|Gravel:1|Kids:1, frame_size:string enum values=S|M|L|XL, color:string color.name, serial_number:string id.pattern pattern=WTU#######"),
        // A repair shop's jobs: what came in, who fixed it, what it cost.
        EntityTemplate("repair_jobs repair_orders service_jobs service_orders", .event,
                       "customer_id|client_id, bike_id|vehicle_id|device_id|equipment_id|item_id, technician_id|mechanic_id|employee_id>technician, service_type:string enum values=Inspection:2|Repair:5|Part~replacement:3|Adjustment:2|Full~service:2|Warranty~repair:1, received_at, completed_at, status:string enum values=received:1|in_progress:2|waiting_for_parts:1|completed:4|collected:5, labor_cost:decimal number.decimal 10..250 p2, parts_cost:decimal number.decimal 0..300 p2"),
        EntityTemplate("bikes scooters", .thing, "station_id|dock_id|hub_id, model:string enum values=City|Hybrid|E-Bike|Cargo, status:string enum values=available:7|in_use:2|maintenance:1, battery_level, purchased_on"),
        EntityTemplate("stations docking_stations docks", .place, rows: 25, name: "string text.title",
                       "city_id|network_id|system_id|line_id, name, city, latitude, longitude, capacity:integer number.integer 10..40, installed_on"),
    ]

    static let travel: [EntityTemplate] = [
        EntityTemplate("flights", .event,
                       "airline_id>airline, origin_airport_id|departure_airport_id>origin:string travel.airport_code, destination_airport_id|arrival_airport_id>destination:string travel.airport_code, aircraft_id, flight_number, departure_time, arrival_time, status:string enum values=scheduled:3|on_time:4|delayed:2|cancelled:0.5|landed:3, seats"),
        EntityTemplate("airports", .place, rows: 50, name: "string travel.airport_name",
                       "iata_code, name, city, country, latitude, longitude, timezone"),
        EntityTemplate("airlines", .organization, rows: 15, name: "string travel.airline", "name, iata_code:string travel.airline_code, country, founded_year"),
        EntityTemplate("passengers travelers travellers", .person, "first_name, last_name, email, date_of_birth, nationality, passport_number, loyalty_number"),
        // What is booked decides the booking's columns (`templateByReferences` reads the tables the plan
        // has and the words of the booking's name): a stay has nights and guests, a place at a class or
        // a table has a time and a party, a journey has a travel date and passengers.
        EntityTemplate("bookings reservations", .event,
                       "customer_id|guest_id|user_id|member_id|client_id|traveler_id|renter_id, room_id|hotel_id|listing_id|property_id|apartment_id|cabin_id|villa_id|unit_id, booked_at, check_in:date date.future, check_out:date date.future, guests, total_price:decimal number.decimal 50..3000 lognormal p2, status:string enum values=confirmed:6|cancelled:2|completed:4|pending:1, booking_channel"),
        // A place at a class, a session or a lesson is one person's (no party of four at a spin class), booked ahead.
        EntityTemplate("class_bookings session_bookings lesson_bookings workshop_bookings class_reservations class_signups", .event,
                       "member_id|customer_id|user_id|client_id|student_id|participant_id|attendee_id, class_id|session_id|lesson_id|workshop_id|course_id, booked_at, starts_at:datetime datetime.future, status:string enum values=confirmed:6|attended:5|cancelled:2|no_show:1|waitlisted:0.7, booking_channel:string enum values=web:5|mobile_app:6|front_desk:1.5|phone:0.5"),
        EntityTemplate("bookings reservations", .event, [.sports, .healthcare, .education, .social, .media, .commerce],
                       "member_id|customer_id|user_id|client_id|student_id|patient_id|guest_id|attendee_id|participant_id, class_id|session_id|event_id|table_id|restaurant_id|court_id|venue_id|lesson_id|workshop_id|appointment_id|slot_id|studio_id|instructor_id|trainer_id, booked_at, starts_at:datetime datetime.future, party_size:integer enum values=1:5|2:7|3:2|4:2.5|5:0.7|6:0.8, status:string enum values=confirmed:6|attended:4|cancelled:2|no_show:1, booking_channel:string enum values=web:5|mobile_app:4|phone:1|walk_in:1"),
        EntityTemplate("bookings reservations", .event,
                       "customer_id|passenger_id|traveler_id|user_id|member_id|client_id, flight_id|trip_id|tour_id|cruise_id|route_id|train_id|bus_id|excursion_id, booked_at, travel_date:date date.future, passengers:integer number.integer 1..6 zipf, total_price:decimal number.decimal 40..4000 lognormal p2, status:string enum values=confirmed:6|cancelled:2|completed:4|pending:1, booking_channel"),
        EntityTemplate("hotels resorts hostels lodgings inns", .place, rows: 50, name: "string travel.hotel_name",
                       "chain_id|brand_id|city_id|destination_id, name, address, city, country, stars, opened_on"),
        // A room people meet in: seats and a screen, booked by the hour (not a hotel room's nightly rate).
        EntityTemplate("meeting_rooms conference_rooms boardrooms huddle_rooms", .place, name: "string text.title",
                       "location_id|building_id|office_id|space_id, name, capacity:integer number.integer 4..20, floor:integer number.integer 1..12, hourly_rate:decimal number.decimal 15..120 p2, has_screen:boolean prob=0.8"),
        EntityTemplate("rooms", .place, [.travel, .commerce, .saas, .social, .healthcare, .finance, .hr, .logistics, .manufacturing, .media, .sports, .iot],
                       "hotel_id|property_id|building_id|venue_id|ward_id|home_id, room_number, room_type, floor, nightly_rate, max_occupancy:integer number.integer 1..6"),
        EntityTemplate("rooms classrooms", .place, [.education], "school_id|building_id|campus_id, room_number, capacity:integer number.integer 10..120, floor, has_projector:boolean prob=0.8"),
        EntityTemplate("guests", .person, "first_name, last_name, email, phone, country, loyalty_tier"),
        EntityTemplate("trips vacations", .event, [.travel, .media, .sports, .education, .healthcare],
                       "traveler_id|customer_id|user_id|passenger_id|member_id|employee_id, destination_id|city_id>destination:string address.city, start_date, end_date, trip_purpose, budget:decimal number.decimal 300..10000 lognormal p2"),
        EntityTemplate("tours excursions", .thing, name: "string text.title",
                       "tour_guide_id|guide_id|operator_id|company_id, destination_id|city_id, name, duration_days:integer number.integer 1..14, price:decimal number.decimal 30..3000 lognormal p2, max_group_size:integer number.integer 4..40"),
        EntityTemplate("tour_guides guides", .person, "first_name, last_name, email, phone, languages:string text.words, rating, hired_on"),
        EntityTemplate("destinations", .lookup, rows: 40, name: "string address.city", "name, country, region, best_season:string enum values=spring|summer|autumn|winter"),
        EntityTemplate("itineraries itinerary_items", .event, "trip_id|booking_id|tour_id, day_number:integer number.integer 1..14, activity:string text.title, location:string address.city, starts_at"),
        EntityTemplate("rentals car_rentals", .event,
                       "customer_id|member_id|user_id|renter_id|client_id, vehicle_id|car_id|bike_id|scooter_id|equipment_id|property_id|unit_id|item_id, start_date, end_date, daily_rate, total_price:decimal number.decimal 30..3000 lognormal p2, status:string enum values=reserved:2|active:2|returned:6|cancelled:1"),
        EntityTemplate("aircraft planes airplanes", .thing, "airline_id, tail_number:string id.pattern pattern=N#####, model:string enum values=Boeing~737|Boeing~787|Airbus~A320|Airbus~A350|Embraer~E175, seats, year_built:integer number.integer 1995..2024"),
        // Outside travel a crew is a team that works together: movers, cleaners, builders, not a cockpit.
        EntityTemplate("crews", .organization, name: "string text.title",
                       "name, crew_size:integer number.integer 2..6, lead_name:string person.full_name, vehicle:string enum values=box_truck:4|cargo_van:3|moving_truck:3, base_city:string address.city, created_at"),
        EntityTemplate("crew_members crews flight_attendants pilots", .person, [.travel], "airline_id, first_name, last_name, role:string enum values=captain|first_officer|flight_attendant|purser, hire_date, base_airport:string travel.airport_code"),
        // Miles and points are earned and spent in whole numbers, not deposited as a bank's money.
        EntityTemplate("mile_transactions mileage_transactions miles_transactions award_transactions", .event,
                       "member_id|account_id|customer_id|passenger_id|user_id, flight_id|booking_id, miles:integer number.integer 100..25000 lognormal, type:string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5, posted_at"),
        EntityTemplate("points_transactions point_transactions loyalty_transactions reward_transactions rewards_transactions", .event,
                       "member_id|account_id|customer_id|guest_id|user_id, order_id|booking_id|stay_id, points:integer number.integer 100..25000 lognormal, type:string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5, posted_at"),
        EntityTemplate("loyalty_accounts loyalty_members", .account, "customer_id|passenger_id|guest_id|member_id|user_id, loyalty_number, tier:string enum values=bronze:5|silver:3|gold:1.5|platinum:0.5, points:integer number.integer 0..200000 lognormal, joined_on"),
    ]

    static let realEstate: [EntityTemplate] = [
        EntityTemplate("properties homes houses real_estate", .thing, name: "string address.street",
                       "agent_id|owner_id|landlord_id|seller_id|realtor_id|broker_id, neighborhood_id|city_id|region_id, address, city, region, postal_code, property_type, bedrooms, bathrooms, sqft, year_built, list_price:decimal number.decimal 80000..2000000 lognormal p0, listed_on, status:string enum values=for_sale:4|pending:1.5|sold:3|off_market:1"),
        EntityTemplate("listings", .thing, name: "string text.title",
                       "property_id|unit_id|home_id|apartment_id, agent_id|host_id|owner_id|seller_id|realtor_id, title, list_price:decimal number.decimal 80000..2000000 lognormal p0, listed_on, status:string enum values=active:5|pending:2|sold:3|withdrawn:0.5, days_on_market"),
        EntityTemplate("buyers", .person, "agent_id|realtor_id, first_name, last_name, email, phone, budget:decimal number.decimal 100000..1500000 lognormal p0, pre_approved:boolean prob=0.6"),
        EntityTemplate("offers bids", .event, "property_id|listing_id|item_id|auction_id|lot_id, buyer_id|customer_id|client_id|bidder_id|user_id, agent_id, amount:decimal number.decimal 80000..2000000 lognormal p0, status:string enum values=submitted:3|countered:2|accepted:2|rejected:3, created_at"),
        EntityTemplate("sales closings", .event, [.realEstate],
                       "property_id|listing_id|unit_id|home_id, buyer_id|customer_id|client_id, seller_id|owner_id, agent_id|realtor_id, sale_price:decimal number.decimal 80000..2000000 lognormal p0, closed_on"),
        EntityTemplate("tenants renters residents occupants", .person, [.realEstate], "first_name, last_name, email, phone, date_of_birth, move_in_date, annual_income"),
        EntityTemplate("leases rental_agreements tenancies", .document,
                       "unit_id|property_id|apartment_id|home_id|space_id, tenant_id|renter_id|resident_id|customer_id, landlord_id|owner_id|agent_id, start_date, end_date:date date.future, monthly_rent, deposit, status:string enum values=active:6|expired:2|terminated:1|pending:1"),
        EntityTemplate("landlords property_owners", .person, "first_name, last_name, email, phone, company_name, properties_owned:integer number.integer 1..20 zipf"),
        EntityTemplate("units apartments flats condos suites", .place, [.realEstate, .commerce, .finance, .hr, .saas, .social, .travel, .iot, .media, .education, .healthcare, .sports],
                       "building_id|property_id|complex_id|landlord_id|owner_id, unit_number:string id.pattern pattern=%#?, floor:integer number.integer 1..12, bedrooms, bathrooms, sqft, monthly_rent, is_available"),
        EntityTemplate("buildings complexes", .place, rows: 20, name: "string address.street_name",
                       "owner_id|landlord_id|company_id|campus_id|site_id, name, address, city, floors, year_built, unit_count:integer number.integer 4..300"),
        EntityTemplate("showings viewings open_houses", .event,
                       "property_id|listing_id|unit_id|home_id, agent_id|realtor_id, buyer_id|client_id|customer_id|prospect_id|tenant_id, scheduled_at, status:string enum values=scheduled:2|completed:6|cancelled:1|no_show:0.5, feedback:text text.comment"),
        EntityTemplate("mortgages home_loans", .account, "property_id|home_id, borrower_id|customer_id|buyer_id|client_id, lender:string company.name, principal, interest_rate, term_months:integer enum values=180|360, start_date"),
        EntityTemplate("maintenance_requests repair_requests service_requests", .event,
                       "unit_id|property_id|apartment_id|building_id|home_id, tenant_id|resident_id|customer_id, technician_id|vendor_id|contractor_id, category:string enum values=plumbing|electrical|hvac|appliance|pest|general, description, priority, status:string enum values=open:3|scheduled:2|in_progress:2|completed:6, created_at, resolved_at:datetime datetime.past null=0.3, cost:decimal number.decimal 40..2500 lognormal p2"),
        EntityTemplate("rent_payments", .event, "lease_id|tenant_id|unit_id, amount, due_date, paid_on:date date.past null=0.1, status:string enum values=paid:8|late:1.5|missed:0.5"),
        EntityTemplate("neighborhoods neighbourhoods districts", .lookup, rows: 25, name: "string address.city",
                       "city_id|region_id, name, city, median_price:decimal number.decimal 150000..1500000 lognormal p0, walk_score:integer number.integer 20..100"),
    ]

    /// A bike share's rides: a member takes a bike from one station and leaves it at another (`SchemaAssembler.classify`).
    static let dockedRides = EntityTemplate("rides trips", .event,
        "member_id|rider_id|user_id|customer_id, bike_id|scooter_id|ebike_id|bicycle_id, start_station_id|origin_station_id, end_station_id|destination_station_id, started_at, ended_at, distance_km, fare, status:string enum values=completed:9|in_progress:0.5|cancelled:0.5")

    /// Words of an emergency service: a fire department, an ambulance service, a police or a dispatch centre.
    static let emergencyWords: Set<String> = SettingSpecs.fireWords.union(["ambulance", "ambulances", "paramedic", "paramedics",
                                                                           "emt", "police", "dispatcher", "dispatchers", "911"])

    /// An emergency service's incidents: a call of a type at an address, dispatched and cleared within the hour or so
    /// (`SchemaAssembler.settingTemplate`), not a software outage with a severity and a title.
    static let emergencyIncidents = EntityTemplate("incidents calls callouts dispatches emergency_calls", .event,
        "station_id|unit_id|apparatus_id|crew_id, incident_number:string id.pattern pattern=INC-######, incident_type:string enum values=Medical:6|Traffic~collision:3|Alarm~activation:3|Structure~fire:1.5|Vehicle~fire:1|Rescue:0.7|Hazmat:0.3, reported_at, address:string address.street, priority:string enum values=high:3|medium:5|low:2, dispatched_at, cleared_at")
}
