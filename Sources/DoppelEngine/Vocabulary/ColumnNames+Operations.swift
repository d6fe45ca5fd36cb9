extension ColumnNames {
    /// Logistics, travel, real estate, social, IoT, manufacturing, media and general names.
    package static let operationsAndMediaRows: [(String, String)] = [
        // Logistics and vehicles
        ("tracking_number tracking_id tracking_code tracking awb waybill", "string logistics.tracking_number"),
        ("carrier shipping_carrier carrier_name", "string logistics.carrier"),
        ("shipment_status delivery_status tracking_status", "string logistics.shipment_status"),
        ("eta estimated_delivery estimated_arrival expected_delivery estimated_delivery_date", "date date.future"),
        ("pallets pallet_count", "integer number.integer 1..30"),
        ("route route_name route_code", "string id.pattern pattern=R-###"),
        ("dock dock_door", "string id.pattern pattern=D##"),
        ("distance distance_km km kilometers", "decimal number.decimal 0.5..500 lognormal p1"),
        ("distance_miles miles", "decimal number.decimal 0.3..300 lognormal p1"),
        ("license_plate plate plate_number registration_number reg_number", "string vehicle.license_plate"),
        ("vin", "string vehicle.vin"),
        ("make vehicle_make car_make", "string vehicle.make"),
        ("mileage odometer odometer_km miles_driven km_driven kilometers_driven kilometres_driven", "integer number.integer 0..200000"),
        // A utility meter's cumulative reading (kWh, m³), read at the start and the end of a period.
        ("meter_reading electricity_reading gas_reading water_reading kwh_reading", "integer number.integer 100..99999"),
        ("fuel_type", "string enum values=gasoline:6|diesel:2|electric:1.5|hybrid:1.5"),
        ("vehicle_type", "string enum values=car:5|van:2|truck:2|motorcycle:1"),
        ("transmission", "string enum values=automatic:8|manual:2"),
        ("horsepower hp", "integer number.integer 70..500 lognormal"),
        ("engine_size engine_liters displacement", "decimal number.decimal 1..5 p1"),
        ("doors num_doors", "integer enum values=2|3|4|5"),
        // Travel
        ("flight_number flight_no flight_code", "string travel.flight_number"),
        ("airline airline_name operating_airline marketing_carrier", "string travel.airline"),
        ("airline_code", "string travel.airline_code"),
        ("airport airport_code iata iata_code departure_airport arrival_airport origin_airport destination_airport origin_code destination_code dest",
         "string travel.airport_code"),
        ("airport_name", "string travel.airport_name"),
        ("seat seat_number seat_no", "string travel.seat"),
        ("cabin cabin_class fare_class travel_class", "string enum values=economy:7|premium_economy:1.5|business:1|first:0.3"),
        ("gate", "string id.pattern pattern=G##"),
        // The label stuck on a company's laptop or chair.
        ("asset_tag asset_number inventory_tag tag_number asset_code", "string id.pattern pattern=AST-#####"),
        // The year a student started: the last few years.
        ("enrollment_year enrolment_year admission_year intake_year matriculation_year entry_year cohort_year", "integer number.integer 2018..2024"),
        ("terminal", "string enum values=1|2|3|4|5"),
        ("hotel hotel_name", "string travel.hotel_name"),
        ("room_type", "string enum values=single:2|double:4|twin:2|suite:1|deluxe:1"),
        ("room_number room_no", "integer number.integer 100..999"),
        ("check_in checkin check_in_date checkin_date arrival_date", "date date.past"),
        ("check_out checkout check_out_date checkout_date departure_date", "date date.past"),
        ("guests num_guests party_size adults", "integer number.integer 1..6 zipf"),
        // a group that plays, tours or trains together, and how many a room or a game takes
        ("group_size team_size number_in_party players_count", "integer number.integer 2..8"),
        ("max_players max_participants max_group_size", "integer number.integer 4..12"),
        // a plant's needs, as a nursery's label gives them
        ("sun_requirement sun_requirements sun_exposure sunlight light_requirement light_requirements light_needs",
         "string enum values=full~sun:4|partial~shade:3|full~shade:1.5|bright~indirect~light:2"),
        ("water_needs watering water_requirement water_requirements watering_needs", "string enum values=low:3|moderate:4|high:2"),
        // a runner's pace, and how a car is paid for
        ("pace pace_min_per_km min_per_km pace_per_km avg_pace", "decimal number.decimal 3.2..8.5 p2"),
        ("pace_min_per_mile pace_per_mile min_per_mile", "decimal number.decimal 5.2..13.6 p2"),
        ("financing financing_type finance_type", "string enum values=dealer_financing:4|cash:3|bank_loan:2|lease:1.5"),
        // what a job was quoted at, and what it finally cost
        ("quote quoted_price quote_amount quoted_amount", "decimal number.decimal 80..6000 lognormal p2"),
        ("final_price final_cost final_amount actual_cost", "decimal number.decimal 80..6000 lognormal p2"),
        // what an ad campaign may spend in a day
        ("daily_budget daily_spend_limit daily_cap", "decimal number.decimal 20..5000 lognormal p2"),
        // where a paper was published, and who paid for the research
        ("journal journal_name published_in",
         "string enum values=PLOS~ONE:3|Scientific~Reports:3|Nature~Communications:2|Proceedings~of~the~National~Academy~of~Sciences:1.5|"
            + "Nature:1|Science:1|Cell:0.5|The~Lancet:0.5|Physical~Review~Letters:1|Journal~of~the~American~Chemical~Society:1|"
            + "Ecology~Letters:0.8|Journal~of~Machine~Learning~Research:0.5"),
        ("funder funding_agency funding_body funding_source grantor",
         "string enum values=National~Science~Foundation:3|National~Institutes~of~Health:3|Department~of~Energy:1.5|"
            + "European~Research~Council:1|Wellcome~Trust:1|Gates~Foundation:1|NASA:1|Simons~Foundation:0.5|DARPA:0.5"),
        // what a job is estimated at before it starts, as a quote is
        ("estimate total_estimate cost_estimate estimated_cost price_estimate repair_estimate job_estimate estimate_amount",
         "decimal number.decimal 80..6000 lognormal p2"),
        // money paid out: a valuation of a thing, a reward, an allowance, an expense paid back, a settled claim
        ("valuation appraisal_value appraisal_amount", "decimal number.decimal 50000..2000000 lognormal p2"),
        ("payout payout_amount bounty bounty_amount reward_amount", "decimal number.decimal 10..5000 lognormal p2"),
        ("allowance allowance_amount stipend stipend_amount", "decimal number.decimal 50..3000 lognormal p2"),
        ("reimbursement reimbursement_amount reimbursed_amount", "decimal number.decimal 10..2000 lognormal p2"),
        ("settlement settlement_amount settled_amount", "decimal number.decimal 1000..500000 lognormal p2"),
        // An event's guests, not a table's: a wedding or a conference has dozens to hundreds, never none.
        ("guest_count number_of_guests attendee_count expected_guests expected_attendance", "integer number.integer 20..400 lognormal"),
        ("price_range price_level price_tier price_band", "string enum values=$:3|$$:4|$$$:2|$$$$:1"),
        ("fare ticket_price airfare", "decimal number.decimal 50..1500 lognormal p2"),
        ("nightly_rate rate_per_night room_rate daily_rate night_rate", "decimal number.decimal 60..600 lognormal p2"),
        ("loyalty_number frequent_flyer_number", "string id.pattern pattern=FF#########"),
        // Loyalty miles and points are whole numbers a member holds or moves.
        ("miles_balance mile_balance award_miles miles_earned miles_redeemed bonus_miles points_balance point_balance loyalty_points reward_points points_earned points_redeemed",
         "integer number.integer 0..150000 lognormal"),
        ("booking_channel", "string enum values=web:5|mobile_app:3|travel_agent:1|phone:1"),
        ("trip_purpose", "string enum values=leisure:6|business:4"),
        ("departure_time arrival_time departure arrival scheduled_departure actual_departure scheduled_arrival actual_arrival",
         "datetime datetime.past"),
        ("delay_minutes delay", "integer number.integer 0..240 zipf"),
        ("stops num_stops", "integer number.integer 0..2 zipf"),
        // Real estate
        ("bedrooms beds num_bedrooms bedroom_count", "integer number.integer 0..6"),
        ("bathrooms baths num_bathrooms bathroom_count", "integer number.integer 1..4"),
        ("sqft square_feet square_footage living_area area_sqft size_sqft floor_area sq_ft", "integer number.integer 400..5000 normal"),
        ("sqm area_sqm size_sqm square_meters", "integer number.integer 30..500 normal"),
        ("lot_size lot_sqft lot_area", "integer number.integer 1000..20000 lognormal"),
        ("acres lot_acres acreage", "decimal number.decimal 0.1..10 p2"),
        ("year_built construction_year", "integer number.integer 1900..2024"),
        ("listing_price asking_price sold_price purchase_price home_value property_value appraised_value assessed_value",
         "decimal number.decimal 80000..2000000 lognormal p0"),
        ("rent monthly_rent rent_amount rent_per_month monthly_rent_usd", "decimal number.decimal 500..5000 p0"),
        ("hoa_fee hoa hoa_dues", "decimal number.decimal 0..800 p0"),
        ("property_type home_type building_type", "string enum values=single_family:5|condo:3|townhouse:2|multi_family:1|apartment:2|land:0.5"),
        ("listing_status", "string enum values=active:5|pending:2|sold:3|withdrawn:0.5"),
        ("days_on_market dom", "integer number.integer 1..180 lognormal"),
        ("mls_number mls_id", "string id.pattern pattern=MLS########"),
        ("floor floor_number", "integer number.integer 1..30 zipf"),
        ("floors stories num_floors", "integer number.integer 1..3"),
        ("occupancy_rate occupancy", "decimal number.percentage 50..100 p1"),
        ("deposit security_deposit", "decimal number.decimal 500..5000 p0"),
        ("lease_term lease_months", "integer enum values=6|12|18|24"),
        // Social
        ("followers follower_count followers_count following following_count friends_count subscriber_count subscribers",
         "integer number.integer 0..100000 zipf"),
        ("likes like_count likes_count upvotes downvotes votes shares share_count reposts retweets views view_count comment_count comments_count reactions clicks impressions play_count plays listens streams downloads installs page_views",
         "integer number.integer 0..10000 zipf"),
        ("hashtags labels features genres_list", "string text.words"),
        ("tags keywords topics interests hobbies skills amenities facilities languages spoken_languages certifications ingredients ingredients_list",
         "string text.items"),
        ("caption tweet status_text", "text text.sentence"),
        ("visibility privacy", "string enum values=public:6|friends:3|private:1"),
        ("reaction reaction_type", "string enum values=like:6|love:2|haha:1|wow:0.5|sad:0.3|angry:0.2"),
        ("media_type post_type", "string enum values=text:4|image:4|video:2|link:1"),
        ("mime_type mimetype mime content_type", "string file.mime_type"),
        // IoT
        ("serial_number serial serial_no sn", "string iot.serial_number"),
        ("firmware_version firmware fw_version", "string iot.firmware_version"),
        ("sensor_type sensor", "string iot.sensor_type"),
        ("reading value measurement sensor_value reading_value measured_value", "float number.float 0..100 p3"),
        ("temperature temp temperature_c temp_c", "float number.float -10..40 p2 normal"),
        ("temperature_f temp_f", "float number.float 14..104 p1 normal"),
        ("humidity humidity_pct relative_humidity", "float number.float 10..95 p1"),
        ("pressure pressure_hpa air_pressure", "float number.float 950..1050 p1 normal"),
        ("co2 co2_ppm", "integer number.integer 350..2000"),
        ("pm25 pm2_5 pm10", "float number.float 0..150 p1 lognormal"),
        ("lux illuminance light_level", "integer number.integer 0..10000"),
        ("noise_db sound_level decibels", "float number.float 30..100 p1"),
        ("voltage volts", "float number.float 0..240 p2"),
        ("current amps current_a", "float number.float 0..30 p2"),
        ("power power_w watts", "float number.float 0..5000 p1"),
        ("energy energy_kwh kwh consumption_kwh usage_kwh", "float number.float 0..50 p3"),
        ("battery battery_level battery_pct battery_percent charge_level", "integer number.integer 0..100"),
        ("fuel_level fuel_pct fuel_percent tank_level", "integer number.integer 0..100"),
        ("signal_strength rssi signal_dbm", "integer number.integer -100..-30"),
        ("uptime uptime_seconds", "integer number.integer 0..2592000"),
        ("alert_type", "string enum values=threshold_exceeded:4|device_offline:2|low_battery:2|sensor_fault:1"),
        ("room", "string enum values=Living~Room|Kitchen|Bedroom|Garage|Office|Basement|Bathroom"),
        ("zone", "string enum values=A|B|C|D"),
        ("installation_date install_date installed_on", "date date.past"),
        // Manufacturing
        ("machine_type", "string enum values=CNC~Mill|Lathe|Press|Injection~Molder|Welder|Robot~Arm|Conveyor"),
        ("production_line line_name assembly_line", "string enum values=Line~1|Line~2|Line~3|Line~4|Line~5"),
        ("operator_name technician inspector", "string person.full_name"),
        ("units_produced quantity_produced output units_made produced_qty good_units scrap_units rejected_units rework_count",
         "integer number.integer 0..1000"),
        ("defect_type defect", "string enum values=scratch|dent|misalignment|crack|discoloration|dimensional|contamination"),
        ("defect_rate scrap_rate yield yield_pct yield_rate oee utilization efficiency", "decimal number.percentage 0..100 p1"),
        ("cycle_time cycle_time_seconds", "decimal number.decimal 5..600 p1 lognormal"),
        ("downtime downtime_minutes", "integer number.integer 0..480 zipf"),
        ("part_number part_no component_number", "string id.pattern pattern=PN-######"),
        ("raw_material", "string commerce.material"),
        ("batch_number lot_number batch lot batch_no lot_no", "string id.pattern pattern=LOT-######"),
        ("inspection_result qc_result", "string enum values=pass:90|fail:7|rework:3"),
        ("vibration vibration_mm_s", "float number.float 0..20 p2"),
        ("rpm spindle_speed", "integer number.integer 500..12000"),
        ("maintenance_type", "string enum values=preventive:5|corrective:3|predictive:1|inspection:1"),
        ("lead_time lead_time_days", "integer number.integer 1..60"),
        ("reorder_point reorder_level min_stock safety_stock", "integer number.integer 10..200"),
        // Media
        ("isbn isbn13 isbn_13 isbn10", "string media.isbn"),
        // A prescription is refilled a few times at most; the patient's share of its price is a few dollars to tens.
        ("refills refills_remaining refills_left refill_count refills_allowed num_refills", "integer number.integer 0..5"),
        ("copay co_pay copayment copay_amount patient_copay", "decimal number.decimal 0..60 p2"),
        ("genre genre_name", "string media.genre"),
        ("artist artist_name band performer singer", "string media.artist"),
        ("author author_name writer director actor narrator composer producer creator reviewer owner owner_name manager manager_name assignee reporter teacher instructor coach doctor physician nurse agent driver passenger guest host organizer speaker captain "
         + "vet veterinarian vet_name doctor_name dentist surgeon therapist physiotherapist pharmacist tutor trainer mechanic "
         + "technician plumber electrician chef waiter cashier stylist barber hairdresser photographer lawyer attorney advisor "
         + "adviser consultant counselor counsellor recruiter interviewer supervisor approver inspector caregiver receptionist "
         + "dispatcher courier salesperson sales_rep account_manager referee umpire "
         + "playwright lyricist choreographer screenwriter novelist poet illustrator translator conductor curator architect "
         + "sculptor midwife officiant auctioneer mentor prescriber prescribing_doctor prescribing_physician referring_doctor "
         + "referring_physician attending_physician",
         "string person.full_name"),
        ("album album_name album_title track song song_title track_name track_title episode_title show_title movie_title book_title film_title video_title podcast_title",
         "string media.title"),
        ("release_date released_on published_on air_date publication_date premiere_date", "date date.past"),
        ("release_year year_published publication_year", "integer number.integer 1950..2024"),
        ("pages page_count num_pages", "integer number.integer 80..900 normal"),
        ("episode_number season_number track_number chapter season episode_no", "integer number.integer 1..20"),
        ("content_rating mpaa_rating age_rating", "string enum values=G|PG|PG-13|R|NC-17"),
        ("imdb_rating critic_score", "decimal number.decimal 1..10 p1 normal"),
        ("box_office gross", "decimal number.decimal 100000..500000000 lognormal p0"),
        ("bpm tempo", "integer number.integer 60..180"),
        ("medium", "string enum values=Oil~on~canvas|Watercolor|Acrylic|Bronze|Marble|Photograph|Charcoal|Mixed~media"),
        ("year_created creation_year", "integer number.integer 1500..2023"),
        // An artwork's or a piece of furniture's size as a catalogue prints it: height by width.
        ("dimensions", "string id.pattern pattern=%#~x~%#~cm"),
        // Wine: the year its grapes were picked, and the grape.
        ("vintage vintage_year", "integer number.integer 1995..2022"),
        // Beer: strength and bitterness.
        ("abv alcohol_content alcohol_pct alcohol_percent alcohol_by_volume", "decimal number.decimal 3.5..11 p1"),
        // A wort's gravity before and after fermentation.
        ("og original_gravity", "decimal number.decimal 1.035..1.095 p3"),
        ("fg final_gravity", "decimal number.decimal 1.004..1.020 p3"),
        ("ibu bitterness", "integer number.integer 8..90"),
        ("grape grape_variety grape_varietal varietal", "string enum values=Chardonnay:5|Cabernet~Sauvignon:5|Merlot:4|Pinot~Noir:4|Sauvignon~Blanc:3|Syrah:2|Riesling:2|Malbec:2|Pinot~Grigio:2|Tempranillo:1.5|Zinfandel:1|Sangiovese:1|Touriga~Nacional:0.5"),
        // An amount in millions: a mission's budget in millions of dollars.
        ("budget_musd budget_millions budget_million budget_usd_m budget_m budget_in_millions cost_musd cost_millions", "decimal number.decimal 5..5000 lognormal p1"),
        ("missions_flown flights_flown spaceflights", "integer number.integer 0..6 zipf"),
        // How many screens a streaming plan lets watch at once.
        ("max_streams simultaneous_streams concurrent_streams max_screens", "integer number.integer 1..6"),
        // Where an entrant finished among all, their age group or their gender.
        ("overall_place age_group_place gender_place division_place category_place overall_rank age_group_rank gender_rank finish_position",
         "integer number.integer 1..1500"),
        // Where along a course a split is taken.
        ("km_mark km_marker split_km checkpoint_km distance_mark", "decimal enum values=5:1|10:1|15:1|20:1|21.1:1|25:1|30:1|35:1|40:1"),
        // What a guest asks for with a booking, when they ask for anything.
        ("special_requests special_request guest_requests", "string enum values=Window~seat:2|Birthday~celebration:2|Anniversary:1.5|High~chair~needed:1|Quiet~table:1.5|Wheelchair~access:1|Gluten-free~options:1|Booth~if~possible:1 null=0.6"),
        // A lift carries hundreds to a few thousand riders an hour.
        ("capacity_per_hour riders_per_hour uphill_capacity skiers_per_hour", "integer number.integer 400..3600"),
        // A garage or a lot holds tens to a couple of thousand cars.
        ("total_spaces parking_spaces num_spaces space_count spaces_total total_stalls stalls", "integer number.integer 40..1800 lognormal"),
        // What a class grades: homework, quizzes and tests, out of a round number of points.
        ("assignment assignment_name assignment_title", "string enum values=Homework~1:3|Homework~2:3|Homework~3:2|Quiz~1:2|Quiz~2:2|Unit~Test:2|Midterm~Exam:1|Final~Exam:1|Lab~Report:1.5|Essay:1.5|Group~Project:1|Problem~Set:2|Reading~Response:1"),
        ("max_score max_points points_possible possible_points out_of max_marks", "integer enum values=10:1|20:2|25:1|50:2|100:4"),
        ("repo_url repository_url repo_link github_url gitlab_url git_url clone_url source_repo", "string internet.repo_url"),
        ("programming_language", "string enum values=Python:5|JavaScript:5|TypeScript:4|Java:4|Go:3|C#:3|C++:2|Ruby:2|Rust:2|PHP:2|Kotlin:1.5|Swift:1.5"),
        // An airliner by its type, the way schedules and bookings name it.
        ("aircraft aircraft_type aircraft_model plane_type airplane", Aircraft.enumSpec),
        ("side trade_side", "string enum values=buy:55|sell:45"),
        ("pair trading_pair", "string enum values=BTC/USD|ETH/USD|SOL/USD|BTC/EUR|ETH/BTC"),
        ("site site_name", "string text.title"),
        ("resolution video_resolution", "string enum values=720p|1080p|1440p|4K"),
        // A runner's race number, an electricity plan, a shipping container's ISO size-type code.
        ("bib bib_number bib_no race_number", "integer number.integer 1..25000"),
        ("tariff tariff_name rate_plan energy_tariff electricity_tariff", "string enum values=Standard~Variable:5|Fixed~12~Month:3|Fixed~24~Month:2|Economy~7:1.5|Time~of~Use:1.5|EV~Tariff:1"),
        ("iso_type iso_code size_type container_iso_type iso_size_type", "string enum values=22G1:5|42G1:3|45G1:5|22R1:1|45R1:1.5|22U1:0.5|22T1:0.3"),
        // Who picked, packed or viewed: a person.
        ("picker packer loader prospective_buyer picked_by packed_by", "string person.full_name"),
        // Whether a run, a delivery or a flight kept to its time.
        ("on_time_status punctuality timeliness arrival_status on_time_performance", "string enum values=on_time:7|late:2.5|early:0.5"),
        ("cuisine cuisine_type", "string enum values=Italian|Mexican|Japanese|Chinese|Indian|Thai|American|French|Mediterranean|Korean"),
        ("goal_amount target_amount fundraising_goal funding_goal goal_usd", "decimal number.decimal 1000..250000 lognormal p0"),
        ("raised_amount amount_raised total_raised funds_raised pledged_amount amount_pledged total_pledged pledged raised",
         "decimal number.decimal 100..200000 lognormal p2"),
        ("calories_burned calories_burnt active_calories kcal_burned energy_burned burned_calories", "integer number.integer 50..1200 lognormal"),
        ("calories kcal", "integer number.integer 50..1200 normal"),
        ("prep_time cook_time prep_minutes cook_minutes total_time cooking_time", "integer number.integer 5..180 lognormal"),
        ("servings", "integer number.integer 1..12"),
        ("difficulty", "string enum values=easy:5|medium:3|hard:1"),
        // A secondary school by its name, not a university.
        ("high_school high_school_name secondary_school", "string enum values=" + SchemaResolver.schoolNames.map { $0.replacingOccurrences(of: " ", with: "~") + "~High~School" }.joined(separator: "|")),
        // What someone is expert in: a field.
        ("expertise area_of_expertise expertise_area field_of_expertise", "string education.subject"),
        // A vehicle's odometer: thousands of kilometres or miles.
        ("odometer_reading odometer_miles current_odometer", "integer number.integer 2000..180000 lognormal"),
        // Who signed for a delivery or a document: a person.
        ("signature_name signed_by_name recipient_signature signatory received_by_name", "string person.full_name"),
        // A week's rent.
        ("rent_weekly weekly_rent rent_per_week", "decimal number.decimal 90..650 lognormal p2"),
        // Software faults: the exception an app threw and how deep its stack was.
        ("exception exception_type exception_class error_class",
         "string enum values=NullPointerException:4|IllegalStateException:2|IndexOutOfBoundsException:2|OutOfMemoryError:1|NSInvalidArgumentException:2|NSRangeException:1|SocketTimeoutException:1.5|ConcurrentModificationException:1|SIGSEGV:1|SIGABRT:1.5"),
        ("stack_depth frames stack_frames", "integer number.integer 5..60"),
        // A photographer's package: how many edited photos it delivers.
        ("photos_included images_included edited_photos num_photos photo_count", "integer number.integer 100..800"),
        // The days a tenant or a resident moves in and out.
        ("move_in move_out moved_in moved_out", "date date.past"),
        // A grape's sugar at harvest, a nutrient solution's conductivity.
        ("brix sugar_brix degrees_brix", "decimal number.decimal 18..28 p1"),
        ("ec electrical_conductivity ec_ms ec_level", "decimal number.decimal 0.8..3.2 p2"),
        // A prescription's refills left or allowed: a handful.
        ("refills refills_remaining refills_allowed num_refills refill_count", "integer number.integer 0..5"),
        // A person's name as opposed to what they go by (a gamer's tag, a performer's stage name).
        ("real_name legal_name full_legal_name birth_name", "string person.full_name"),
        // How many parts a repair took.
        ("parts_used parts_replaced num_parts parts_count", "integer number.integer 0..6"),
        ("colony_strength", "string enum values=Strong:4|Moderate:4|Weak:2"),
        ("password_strength", "string enum values=weak:2|medium:4|strong:4"),
        ("complexity complexity_level", "string enum values=low:3|medium:4|high:2"),
        // A golfer's handicap index: scratch to the high thirties.
        ("handicap handicap_index", "decimal number.decimal 0..36 normal p1"),
        // Standardized tests, each on its own scale.
        ("sat_score sat_total sat", "integer number.integer 400..1600 normal"),
        ("act_score act_composite", "integer number.integer 1..36 normal"),
        ("gre_score gre_total", "integer number.integer 260..340 normal"),
        ("gmat_score gmat", "integer number.integer 200..800 normal"),
        ("toefl_score toefl", "integer number.integer 0..120 normal"),
        ("ielts_score ielts ielts_band", "decimal enum values=5.5:1|6.0:2|6.5:3|7.0:3|7.5:2|8.0:1|8.5:0.5"),
        ("lsat_score lsat", "integer number.integer 120..180 normal"),
        ("mcat_score mcat", "integer number.integer 472..528 normal"),
        // A ship's size: its enclosed volume (gross tonnage) and what it can carry (deadweight).
        ("gross_tonnage grt net_tonnage", "integer number.integer 300..150000 lognormal"),
        ("deadweight dwt deadweight_tonnage", "integer number.integer 1000..300000 lognormal"),
        ("imo_number imo imo_no", "string id.pattern pattern=IMO~9######"),
        // A written piece's length.
        ("word_count words_count num_words", "integer number.integer 150..12000 lognormal"),
        // What was decided on an application or a request, when nothing says more.
        ("decision final_decision", "string enum values=approved:5|rejected:3|pending:2"),
        // How many play in one booking, game or round.
        ("players num_players player_count number_of_players", "integer number.integer 1..8"),
        // What a container, a shipment or a hold carries, as a manifest names it.
        ("contents cargo commodity cargo_type commodity_type goods goods_description cargo_description",
         "string enum values=Electronics:3|Furniture:2|Clothing~and~textiles:3|Auto~parts:2|Machinery:2|Frozen~seafood:1|Fresh~fruit:1.5|Coffee~beans:1|Chemicals:1|Toys:1.5|Household~appliances:2|Paper~products:1|Building~materials:1.5|Plastic~goods:1.5"),
        ("musical_key song_key", "string enum values=C~major:3|G~major:3|D~major:2.5|A~major:2|E~major:1.5|F~major:2|Bb~major:1.5|Eb~major:1|A~minor:2.5|E~minor:2|D~minor:1.5|B~minor:1|F#~minor:1|C~minor:1|G~minor:1"),
        // General
        ("description desc details product_description", "text text.description"),
        ("notes note remarks memo internal_notes", "text text.sentence"),
        ("comment comments", "text text.comment"),
        ("summary abstract excerpt", "text text.sentence"),
        ("body content text post_body", "text text.paragraph"),
        ("message msg", "text text.sentence"),
        ("review review_text review_body feedback", "text text.review"),
        ("reason cancellation_reason return_reason rejection_reason termination_reason", "text text.sentence"),
        ("deadline due_by", "date date.future"),
        ("temperament", "string enum values=friendly:5|calm:3|energetic:3|anxious:1.5|shy:1"),
        ("travelers travellers num_travelers number_of_travelers party_travelers", "integer number.integer 1..6 zipf"),
        ("groomer groomer_name walker dog_walker sitter pet_sitter nanny cleaner installer", "string person.full_name"),
        ("weather weather_condition weather_conditions", "string enum values=sunny:4|cloudy:3|rainy:2|windy:1|snowy:0.5"),
        ("shift_preference preferred_shift shift_type", "string enum values=day:5|evening:3|night:2|weekend:1"),
        ("overtime is_overtime", "boolean prob=0.15"),
        // What brings someone to physical therapy; how much it hurts, 0 (none) to 10.
        ("injury injury_type injury_description condition_treated",
         "string enum values=Lower~back~pain:3|Knee~osteoarthritis:2|ACL~reconstruction~rehab:1.5|Rotator~cuff~strain:2|Ankle~sprain:2|"
            + "Tennis~elbow:1|Frozen~shoulder:1|Hamstring~strain:1.5|Neck~pain:2|Hip~replacement~rehab:1|Plantar~fasciitis:1.5"),
        ("pain_score pain_level pain_rating pain pain_scale", "integer number.integer 0..10"),
        // An emergency department's: a five-level triage (1 most urgent), what brought the patient in, where they went next.
        ("triage_level triage triage_score esi_level esi acuity acuity_level", "integer enum values=1:0.5|2:2|3:4|4:2.5|5:1"),
        ("chief_complaint presenting_complaint presenting_symptom",
         "string enum values=Chest~pain|Shortness~of~breath|Abdominal~pain|Fever|Headache|Back~pain|Cough|Dizziness|Laceration|"
            + "Fall|Vomiting|Allergic~reaction|Ankle~injury|Sore~throat|Rash"),
        ("disposition discharge_disposition", "string enum values=Discharged~home:6|Admitted:2|Observation:1|Transferred:0.5|Left~without~being~seen:0.5"),
        // An age band of people: adult bands unless a setting says otherwise (a youth league's U10).
        ("age_group age_bracket age_band age_range", "string enum values=18-24:2|25-34:3|35-44:3|45-54:2|55-64:1.5|65+:1"),
        // An election's: a third of candidates hold the seat; a precinct's roll and the share who voted.
        ("incumbent is_incumbent", "boolean prob=0.3"),
        ("registered_voters eligible_voters voters_registered", "integer number.integer 500..8000"),
        ("turnout turnout_pct turnout_percent turnout_rate voter_turnout", "decimal number.percentage 25..85 p2"),
        ("overtime_hours", "decimal number.decimal 0.5..12 p1"),
        // Advertising prices: per thousand impressions, per click.
        ("cpm cost_per_mille", "decimal number.decimal 5..45 p2"),
        ("cpc cost_per_click", "decimal number.decimal 0.2..5 p2"),
        // An audience a month: a podcast's downloads, a show's listeners.
        ("monthly_downloads downloads_per_month monthly_listeners monthly_streams monthly_visitors", "integer number.integer 500..500000 lognormal"),
        // A blockchain transaction's id: 0x and 64 hex digits.
        ("tx_hash transaction_hash txid tx_id txn_hash", "string id.pattern pattern=0x^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
        // A blood count, in g/dL.
        ("hemoglobin haemoglobin hgb hb_level", "decimal number.decimal 11.5..17.5 p1 normal"),
        // A building trade; a political party; a call centre's queue; an EV charger's plug.
        ("trade trade_type craft", "string enum values=Electrician:3|Carpenter:3|Plumber:2|Laborer:4|Welder:1.5|Mason:1.5|Ironworker:1|Equipment~Operator:1.5|Roofer:1|Painter:1"),
        ("party political_party party_affiliation", "string enum values=Democratic:4|Republican:4|Independent:1.5|Green:0.5|Libertarian:0.5"),
        ("queue queue_name skill_group call_queue", "string enum values=General:4|Billing:3|Technical~Support:3|Sales:2|Retention:1"),
        ("connector_type connector plug_type", "string enum values=CCS:5|NACS:3|CHAdeMO:1|J1772:3|Type~2:2"),
        // A proof's or a document's revision, counted from the first: 1, 2, 3, not "Revision F".
        ("revision revision_number rev revision_no draft_number", "integer enum values=1:6|2:3|3:1.5|4:0.5"),
        // A league's round of fixtures, counted through a season.
        ("gameweek game_week matchweek match_week matchday round_number", "integer number.integer 1..38"),
        // What went wrong with a vehicle or a machine a work order fixes.
        ("fault fault_type fault_description defect defect_type failure_mode",
         "string enum values=Electrical~fault:3|Oil~leak:2|Overheating:2|Worn~belt:1.5|Sensor~failure:2|Hydraulic~leak:1|Unusual~noise:2|Warning~light~on:2|Battery~failure:1.5|Leaking~seal:1"),
        // Two people named as a pair (a couple's partners, a bride and a groom) are people.
        ("partner_one partner_two partner_1 partner_2 partner1 partner2 spouse_one spouse_two bride groom bride_name groom_name",
         "string person.full_name"),
        // A language learner's level on the European scale; a game's level reached.
        ("cefr_level cefr language_level", "string enum values=A1:2|A2:3|B1:3|B2:2|C1:1|C2:0.5"),
        ("level_reached max_level highest_level current_level player_level", "integer number.integer 1..120 lognormal"),
        // What a newsletter, blog, forum or talk is about: a subject people follow.
        ("topic topic_name", "string enum values=Technology|Personal~Finance|Health|Travel|Home~Cooking|Productivity|Parenting|Careers|Climate~Action|Design|Marketing|Fitness"),
        // A git commit's id: 40 hex digits.
        ("sha commit_sha commit_hash git_sha sha1", "string id.pattern pattern=^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
        // A letter or a statement someone writes for the row: prose, not a label.
        ("cover_letter motivation_letter personal_statement sales_pitch elevator_pitch", "text text.paragraph"),
        // A roof's slope, in degrees.
        ("roof_pitch roof_slope roof_angle", "integer number.integer 10..45"),
        // A home solar system: its size, its panels and the shade on its roof.
        ("system_size_kw system_kw system_size", "decimal number.decimal 3..15 p1"),
        ("panels panel_count num_panels number_of_panels", "integer number.integer 8..40"),
        ("shading shade", "string enum values=none:4|light:3|partial:2|heavy:1"),
        ("roof_type roof_material roofing", "string enum values=asphalt~shingle:6|metal:2|tile:1.5|flat:1|slate:0.5"),
        ("label tag keyword word", "string text.word"),
        ("file file_name filename attachment", "string file.name"),
        ("file_extension extension file_type", "string file.extension"),
        ("file_size size_bytes bytes file_size_bytes", "integer number.integer 1000..10000000 lognormal"),
        ("uuid guid", "uuid id.uuid"),
        ("metadata meta payload attributes properties settings preferences config configuration extra context raw_json details_json",
         "json"),
        ("sort_order rank ranking display_order sequence seq order_index", "integer number.integer 1..100"),
        ("percentage percent pct share_pct", "decimal number.percentage 0..100 p1"),
        ("progress progress_pct progress_percent completion completion_pct completion_rate percent_complete pct_complete",
         "integer number.integer 0..100"),
        ("ratio probability confidence likelihood risk_score fraud_score churn_score propensity", "decimal number.decimal 0..1 p3"),
        ("score", "integer number.integer 0..100 normal"),
        ("weight weight_kg", "decimal number.decimal 0.5..100 p2"),
        ("height height_cm", "integer number.integer 140..200 normal"),
        ("width length depth diameter thickness", "decimal number.decimal 1..200 p1"),
        ("speed speed_kmh velocity", "decimal number.decimal 0..130 p1"),
        ("speed_mph", "decimal number.decimal 0..80 p1"),
        ("altitude elevation elevation_m altitude_m", "decimal number.decimal 0..3000 p1"),
        ("heading bearing", "integer number.integer 0..359"),
        // A sky position (degrees) and the sun's strength.
        ("ra ra_deg right_ascension", "decimal number.decimal 0..360 p4"),
        ("dec dec_deg declination", "decimal number.decimal -90..90 p4"),
        ("uv_index", "integer number.integer 0..11"),
        ("count", "integer number.integer 0..100 zipf"),
        ("elo elo_rating", "integer number.integer 800..2800 normal"),
        ("moves num_moves move_count", "integer number.integer 10..120 normal"),
        ("result outcome", "string enum values=succeeded:7|failed:2|partial:1"),
        ("capacity max_capacity seating_capacity", "integer number.integer 10..500"),
        ("seats", "integer number.integer 50..350"),
        ("level", "string enum values=beginner:4|intermediate:4|advanced:2"),
        ("role user_role", "string enum values=member:6|admin:2|owner:1|viewer:3"),
        ("channel", "string enum values=web:4|mobile:3|email:1|phone:1|in_store:1"),
        ("position", "string company.job_title"),
        ("team team_name", "string company.name"),
        ("code", "string id.pattern pattern=C-#####"),
        ("title", "string text.title"),
        ("name", "string text.title"),
        ("type kind", "string enum values=standard:6|premium:3|basic:4"),
        ("category category_name product_category", "string commerce.category"),
        ("status", "string enum values=active:8|inactive:2"),
        ("subject", "string text.title"),
        ("model model_name", "string commerce.product_name"),
        ("unit unit_of_measure uom", "string enum values=pcs|kg|g|l|ml|box|pack"),
        ("cpu processor", "string enum values=Intel~Core~i5|Intel~Core~i7|Intel~Core~i9|AMD~Ryzen~5|AMD~Ryzen~7|Apple~M2|Apple~M3"),
        ("gpu graphics_card", "string enum values=Integrated|NVIDIA~RTX~4060|NVIDIA~RTX~4070|NVIDIA~RTX~4090|AMD~Radeon~RX~7600"),
        ("ram ram_gb memory_gb memory", "integer enum values=8|16|32|64"),
        ("storage storage_gb disk_gb ssd_gb", "integer enum values=256|512|1024|2048"),
        ("screen_size screen_inches display_size", "decimal enum values=13.3|14|15.6|16|17.3"),
        ("format book_format", "string enum values=paperback:4|hardcover:3|ebook:3|audiobook:1"),
        ("vehicle", "string enum values=bicycle:3|scooter:3|motorcycle:2|car:2"),
        ("handedness dominant_hand", "string enum values=right:9|left:1"),
        ("frequency_hz", "float number.float 0..1000 p2"),
        // what a batch or a day's stock lost: units thrown away, not a word
        ("waste wastage spoilage units_wasted", "integer number.integer 0..25"),
    ]
}
