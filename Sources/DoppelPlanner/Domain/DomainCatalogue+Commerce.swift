import DoppelText

extension DomainCatalogue {
    static let commerce: [EntityTemplate] = [
        // A freelancer's gig is a service offered at a price, delivered in days.
        EntityTemplate("gigs services_offered", .thing, name: "string text.title",
                       "freelancer_id|seller_id|provider_id, title:string enum values=I~will~design~a~modern~logo|I~will~build~a~responsive~website|"
                           + "I~will~write~SEO~blog~posts|I~will~edit~your~YouTube~videos|I~will~translate~English~to~Spanish|"
                           + "I~will~record~a~professional~voiceover|I~will~set~up~your~Shopify~store|I~will~design~social~media~posts|"
                           + "I~will~fix~WordPress~bugs|I~will~write~product~descriptions, "
                           + "category:string enum values=Graphic~Design:3|Web~Development:3|Writing:2.5|Video~Editing:2|Translation:1.5|Voice~Over:1|Marketing:2, "
                           + "price:decimal number.decimal 5..500 lognormal p0, delivery_days:integer number.integer 1..14, rating:decimal number.decimal 4.0..5.0 p1"),
        EntityTemplate("customers clients shoppers consumers", .person,
                       "first_name, last_name, email, phone, city, country, signup_date, loyalty_tier, is_active"),
        EntityTemplate("products goods merchandise", .thing, name: "string commerce.product_name",
                       "category_id>category, brand_id>brand, supplier_id|vendor_id, name, sku, price, cost, stock_quantity, is_active, created_at"),
        // A marketplace's listings are goods a seller offers and its buyers shoppers, not houses and mortgage budgets.
        EntityTemplate("listings", .thing, [.commerce], name: "string commerce.product_name",
                       "seller_id|shop_id|store_id|vendor_id|user_id, title:string commerce.product_name, category, price:decimal number.decimal 5..300 lognormal p2, quantity:integer number.integer 1..50, status:string enum values=active:8|sold_out:1.5|inactive:1, created_at"),
        // Who sells at a dealership or a shop floor: paid partly on commission.
        EntityTemplate("salespeople salespersons sales_reps sales_representatives sales_associates", .person,
                       "store_id|dealership_id|branch_id|team_id|manager_id, first_name, last_name, email, phone, hire_date, commission_rate:decimal number.decimal 0.02..0.1 p3"),
        // A shop's or a café's visits are a customer coming in and spending, not a clinic's visit with a diagnosis.
        EntityTemplate("visits check_ins", .event, [.commerce],
                       "customer_id|member_id|user_id, store_id|location_id|shop_id|cafe_id|branch_id, visited_at, amount_spent:decimal number.decimal 3..80 lognormal p2, points_earned:integer number.integer 0..150"),
        // A loyalty programme's rewards (what points buy) and their redemptions.
        EntityTemplate("rewards perks", .lookup, rows: 12,
                       "name:string enum values=Free~Item:3|$5~Off:3|10%~Off:3|Free~Shipping:1.5|Birthday~Gift:1|Free~Upgrade:1.5|Double~Points~Day:1|$10~Gift~Card:1, points_required:integer enum values=50:2|100:3|150:2|200:2|300:1.5|500:1, is_active:boolean prob=0.9"),
        EntityTemplate("redemptions reward_redemptions", .event,
                       "member_id|customer_id|user_id|account_id, reward_id, redeemed_at, points_spent:integer number.integer 50..500"),
        EntityTemplate("buyers", .person, [.commerce], "first_name, last_name, email, phone, city, country, signup_date"),
        EntityTemplate("orders purchases purchase_history order_history", .event,
                       "customer_id|user_id|client_id|member_id|buyer_id|shopper_id, store_id|shop_id|restaurant_id, order_number, order_date, status, total_amount, payment_method, shipping_method"),
        EntityTemplate("order_items line_items order_lines order_details sale_items sale_lines purchase_items receipt_items", .event,
                       "order_id|purchase_id|sale_id|invoice_id, product_id|item_id|menu_item_id>product_name, quantity, unit_price, discount_pct"),
        EntityTemplate("categories product_categories", .lookup, rows: 12, name: "string commerce.category",
                       "name, description"),
        EntityTemplate("brands", .lookup, rows: 30, name: "string commerce.brand", "name, country, founded_year"),
        EntityTemplate("reviews product_reviews ratings", .content,
                       "product_id|course_id|restaurant_id|hotel_id|book_id|movie_id|listing_id|property_id|item_id|recipe_id|app_id|album_id|episode_id|podcast_id|show_id|place_id, customer_id|user_id|student_id|guest_id|member_id|reviewer_id|listener_id|viewer_id|patient_id, rating:integer number.integer 1..5, title, body, created_at"),
        EntityTemplate("carts shopping_carts baskets", .event, "customer_id|user_id|shopper_id, status, created_at, updated_at"),
        EntityTemplate("cart_items basket_items", .event, "cart_id|basket_id, product_id|item_id, quantity, added_at"),
        EntityTemplate("payments", .event,
                       "order_id|invoice_id|booking_id|reservation_id|subscription_id|bill_id|loan_id|lease_id|enrollment_id|policy_id, customer_id|user_id|account_id|tenant_id|member_id|patient_id|student_id, amount, currency, payment_method, status, paid_at"),
        EntityTemplate("coupons promotions promo_codes discounts vouchers", .lookup, rows: 50,
                       "code:string commerce.coupon_code, discount_pct, valid_from, valid_until, is_active"),
        EntityTemplate("suppliers vendors", .organization, name: "string company.name",
                       "name, contact_name, email, phone, country, lead_time_days"),
        EntityTemplate("stores shops outlets", .place, rows: 25, name: "string company.name",
                       "region_id|district_id, name, city, region, opened_on, manager_name, square_feet"),
        EntityTemplate("inventory inventory_items stock_levels", .thing,
                       "product_id|item_id|part_id|sku_id, warehouse_id|store_id|location_id|depot_id, quantity_on_hand, reorder_point, updated_at"),
        // What a thing cost from a day on: its price then (near its price now), and since when.
        EntityTemplate("price_history price_changes historical_prices", .event,
                       "product_id|item_id|listing_id|variant_id|sku_id|menu_item_id|service_id|room_id, price, effective_from:date date.past, changed_by:string person.full_name"),
        EntityTemplate("wishlists wishlist_items favorites", .event, "customer_id|user_id, product_id|item_id|listing_id, added_at"),
        EntityTemplate("returns", .event, "order_id|order_item_id|purchase_id|sale_id, customer_id|user_id, reason, status, refund_amount, requested_at"),
        EntityTemplate("refunds", .event, "payment_id|order_id|charge_id|transaction_id|return_id, amount, reason, refunded_at"),
        EntityTemplate("sellers", .person, "name:string company.name, email, rating, country, joined_on"),
        EntityTemplate("sales", .event, [.commerce, .manufacturing, .media],
                       "store_id|branch_id|shop_id, product_id|item_id|book_id, customer_id|client_id, employee_id|salesperson_id|sales_rep_id, sold_at, quantity, amount"),
        EntityTemplate("addresses", .place, "customer_id|user_id|person_id|member_id, street, city, region, postal_code, country, is_default"),
        EntityTemplate("product_variants variants skus", .thing, "product_id, sku, size, color, price, stock_quantity"),
        EntityTemplate("restaurants eateries cafes", .organization, name: "string text.title",
                       "name, cuisine, city, address, rating, price_range:string enum values=$:2|$$:4|$$$:2|$$$$:1, opened_on"),
        // (`restaurantOrders` and `diningTables` below are one restaurant's: `SchemaAssembler.isOneRestaurant`.)
        // A menu's dishes, named for their course (a dessert is a dessert), not shop goods.
        EntityTemplate("menu_items dishes meals", .thing, name: "string text.title",
                       "restaurant_id|menu_id|kitchen_id, name, category:string enum values=Starters:3|Mains:5|Sides:2|Salads:2|Desserts:2|Drinks:3, price:decimal number.decimal 3..45 p2, calories:integer number.integer 80..1400"),
        EntityTemplate("menus", .thing, "restaurant_id, name:string enum values=Breakfast|Lunch|Dinner|Brunch|Drinks|Desserts, is_active"),
        EntityTemplate("couriers delivery_drivers", .person, "first_name, last_name, phone, vehicle, rating, hired_on, is_active"),
        EntityTemplate("deliveries", .event,
                       "order_id|shipment_id|package_id|parcel_id, courier_id|driver_id|rider_id|employee_id, vehicle_id|truck_id|van_id, restaurant_id|store_id|warehouse_id, customer_id|recipient_id, dropoff_address, picked_up_at, delivered_at, status, distance_km, delivery_fee"),
        EntityTemplate("recipes", .content, name: "string text.title",
                       "chef_id|author_id|cook_id|user_id|creator_id, category_id|cuisine_id>cuisine, title, prep_time, cook_time, servings, difficulty, created_at"),
        // Only what holds for any ingredient: a unit or calorie count drawn apart from the name gave litres of onion.
        EntityTemplate("ingredients", .lookup, rows: 60, name: "string food.ingredient unique", "name"),
        // What a kitchen keeps: foods, measured as cooks measure them.
        EntityTemplate("pantry_items groceries grocery_items food_items fridge_items", .thing, name: "string food.ingredient",
                       "name, quantity, unit:string enum values=g|kg|ml|l|pcs, purchased_on:date date.past, expires_on:date date.future, location:string enum values=pantry:5|fridge:3|freezer:2"),
        EntityTemplate("recipe_ingredients", .event, join: true,
                       "recipe_id, ingredient_id, quantity:decimal number.decimal 0.25..500 p2, unit:string enum values=g|kg|ml|l|cup|tbsp|tsp|pcs"),
        EntityTemplate("chefs cooks", .person, "first_name, last_name, email, cuisine, years_experience, restaurant_id|kitchen_id"),
        EntityTemplate("kitchens", .place, "restaurant_id, name, capacity"),
    ]

    static let healthcare: [EntityTemplate] = [
        EntityTemplate("patients", .person, [.healthcare],
                       "mrn:string id.pattern pattern=MRN-########, first_name, last_name, date_of_birth, gender, blood_type, phone, email, address, insurance_provider"),
        EntityTemplate("doctors physicians providers clinicians dentists therapists surgeons specialists practitioners", .person,
                       "hospital_id|clinic_id|practice_id|department_id>department, first_name, last_name, specialty, npi, email, phone, hire_date"),
        EntityTemplate("nurses", .person, "hospital_id|ward_id|department_id>department, first_name, last_name, license_number, shift, hire_date"),
        EntityTemplate("appointments consultations", .event,
                       "patient_id|pet_id|client_id|customer_id|member_id|student_id, doctor_id|physician_id|provider_id|vet_id|veterinarian_id|therapist_id|dentist_id|nurse_id|counselor_id|advisor_id|stylist_id|staff_id|employee_id, clinic_id|hospital_id|location_id, scheduled_at, duration_minutes, appointment_type, status, reason:string enum values=Annual~checkup|Follow-up|Vaccination|Consultation|Lab~work|Injury|Illness"),
        EntityTemplate("visits encounters", .event, [.healthcare, .commerce, .finance, .hr, .education, .logistics, .travel, .realEstate, .manufacturing, .sports],
                       "patient_id|pet_id|client_id|customer_id|member_id|guest_id|user_id, doctor_id|physician_id|provider_id|vet_id|veterinarian_id|nurse_id|staff_id|employee_id, clinic_id|hospital_id|location_id|store_id|gym_id, visit_date, reason:string enum values=Annual~checkup|Follow-up|Vaccination|Consultation|Injury|Illness, diagnosis, cost, notes"),
        // A clinical trial's people are subjects at a site, in an arm; its events are what happened to them.
        EntityTemplate("participants subjects", .person, [.healthcare],
                       "site_id|trial_id|study_id, subject_code:string id.pattern pattern=SUBJ-#####, date_of_birth, sex:string enum values=female|male, arm:string enum values=treatment:1|placebo:1, enrolled_on, status:string enum values=screening:1|enrolled:5|completed:3|withdrawn:1"),
        EntityTemplate("sites trial_sites study_sites", .place, [.healthcare], rows: 12, name: "string enum values=Riverside~Medical~Center|St.~Mary's~Hospital|University~Clinical~Research~Unit|Lakeview~Health~Institute|Northside~Clinical~Trials~Center|Mercy~Research~Clinic|Harborview~Medical~Research|Summit~Oncology~Center",
                       "name, city:string address.city, country:string address.country, principal_investigator:string person.full_name, activated_on"),
        EntityTemplate("adverse_events side_effects adverse_reactions", .event, [.healthcare],
                       "participant_id|patient_id|subject_id, event_term:string enum values=Headache:4|Nausea:3|Fatigue:3|Dizziness:2|Rash:2|Insomnia:1|Diarrhea:2|Injection~Site~Pain:2|Fever:1|Elevated~Liver~Enzymes:1, severity:string enum values=mild:6|moderate:3|severe:1, is_serious:boolean, onset_date, resolved_date, related_to_treatment:string enum values=unrelated:2|unlikely:2|possible:3|probable:2|definite:1"),
        EntityTemplate("visits", .event, [.saas, .social, .media, .iot],
                       "user_id|visitor_id|session_id|customer_id, page_url, referrer, device, visited_at, duration_seconds"),
        EntityTemplate("pets animals", .thing, name: "string animal.name",
                       "owner_id|customer_id|client_id|household_id|family_id>owner_name, enclosure_id|habitat_id|exhibit_id|shelter_id, keeper_id|caretaker_id, name, species, breed, date_of_birth, weight_kg, is_neutered"),
        EntityTemplate("owners pet_owners", .person, "first_name, last_name, email, phone, address, city"),
        EntityTemplate("vets veterinarians", .person, "clinic_id|hospital_id, first_name, last_name, specialty:string enum values=General~Practice|Surgery|Dentistry|Dermatology|Exotics|Internal~Medicine, email, phone, hire_date"),
        EntityTemplate("prescriptions", .event,
                       "patient_id|pet_id, doctor_id|physician_id|provider_id|prescriber_id|vet_id|veterinarian_id, medication_id>medication, visit_id|appointment_id|encounter_id, dosage, frequency, prescribed_on, refills:integer number.integer 0..5, status"),
        // A pharmacy's fill of a prescription: when, how many units for how many days, and the patient's share.
        EntityTemplate("fills refills prescription_fills dispensings", .event,
                       "prescription_id, pharmacist_id|pharmacy_id|store_id, filled_at:datetime datetime.past, quantity:integer enum values=14:1|28:2|30:4|60:2|90:3, days_supply:integer enum values=7:1|14:1|30:5|60:1|90:3, copay:decimal number.decimal 0..60 p2"),
        EntityTemplate("medications drugs medicines", .lookup, rows: 24, name: "string health.medication unique",
                       "name, drug_class:string enum values=Analgesic|Antibiotic|Antihypertensive|Antidepressant|Antihistamine|Statin|Anticoagulant|Antidiabetic|Thyroid~hormone|Proton~pump~inhibitor|Bronchodilator|Anticonvulsant|Diuretic|Corticosteroid|Leukotriene~antagonist, form:string enum values=tablet:5|capsule:3|liquid:1|injection:1|cream:0.5|inhaler:0.5|ointment:0.3|drops:0.3|patch:0.3|spray:0.3, manufacturer"),
        EntityTemplate("diagnoses conditions", .event,
                       "patient_id|pet_id, visit_id|appointment_id|encounter_id|admission_id, icd10_code, description:string health.diagnosis, diagnosed_on, severity"),
        EntityTemplate("hospitals medical_centers", .place, rows: 10, name: "string health.hospital",
                       "name, city, region, beds, phone, opened_on"),
        EntityTemplate("clinics practices", .place, rows: 10, name: "string health.clinic",
                       "name, city, region, phone, opened_on"),
        EntityTemplate("admissions hospitalizations", .event,
                       "patient_id, hospital_id|ward_id|department_id, doctor_id|physician_id, admitted_at, discharged_at, diagnosis, room_number"),
        EntityTemplate("lab_results test_results results lab_tests", .event, [.healthcare],
                       "patient_id, test_id|visit_id|appointment_id|encounter_id|order_id|sample_id|specimen_id, test_name:string health.lab_analyte, value:decimal health.lab_value p1, unit:string health.lab_unit, reference_range:string health.lab_range, flag:string health.lab_flag, collected_at"),
        // A laboratory's samples, and the tests run on them (the analyte a test measures: `LabLexicon`).
        // (A lab's `samples` take this template too: `SchemaAssembler.isLaboratory`.)
        labSamples,
        EntityTemplate("tests", .event, [.healthcare],
                       "sample_id|specimen_id|patient_id|order_id, test_name:string health.lab_analyte, ordered_at, status:string enum values=ordered:1|in_progress:1|completed:7|cancelled:0.3"),
        EntityTemplate("procedures surgeries treatments", .event,
                       "patient_id|pet_id, doctor_id|physician_id|surgeon_id|vet_id, hospital_id|clinic_id, name:string enum values=Appendectomy|MRI~Scan|X-Ray|Colonoscopy|Physical~Therapy|Dental~Cleaning|Vaccination, performed_on, duration_minutes, cost"),
        EntityTemplate("vaccinations immunizations", .event,
                       "patient_id|pet_id|child_id, vaccine:string health.vaccine, administered_on, next_due_date"),
        EntityTemplate("vitals vital_signs patient_vital_signs vital_sign_readings vitals_readings", .event, "patient_id, visit_id|admission_id, recorded_at, heart_rate, systolic, diastolic, temperature:decimal number.decimal 36.0..38.2 p1 normal, oxygen_saturation"),
        // Who looks after whom on a shift: a nurse's patients.
        EntityTemplate("patient_assignments nurse_assignments care_assignments", .event, [.healthcare], join: true,
                       "nurse_id|staff_id|caregiver_id|employee_id, patient_id, shift_id, assigned_at, is_primary:boolean prob=0.6"),
        EntityTemplate("wards", .place, "hospital_id|department_id, name:string enum values=ICU|Maternity|Pediatrics|Oncology|Cardiology|Orthopedics|General, floor, beds"),
        EntityTemplate("caregivers", .person, "first_name, last_name, phone, certification:string enum values=CNA|HHA|LPN|RN, hourly_rate, hire_date"),
    ]

    /// One restaurant's orders: served at a table by a member of staff, paid there, with a tip; not shipped.
    static let restaurantOrders = EntityTemplate("orders", .event,
        "table_id|customer_id|guest_id, staff_id|server_id|waiter_id|employee_id, order_number, ordered_at, status:string enum values=open:1|served:1.5|paid:7|cancelled:0.5, total_amount, payment_method:string enum values=card:6|cash:3|mobile_wallet:1.5, tip_amount:decimal number.decimal 0..25 p2")
    /// A restaurant's tables: a number, the guests they seat, and where they are.
    static let diningTables = EntityTemplate("tables", .place, rows: 20,
        "table_number:integer id.sequence, seats:integer enum values=2:4|4:5|6:2|8:1, area:string enum values=Main~dining~room:5|Window:2|Patio:2|Bar~area:1.5|Private~room:0.5, is_available:boolean")

    /// A laboratory's samples: what was taken, from whom and when.
    static let labSamples = EntityTemplate("specimens lab_samples", .thing, [.healthcare],
        "patient_id, sample_type, collected_at, status:string enum values=received:3|testing:2|completed:6|rejected:0.3")

    /// A food delivery app's orders: a customer's meal from a restaurant, brought by a courier, with a delivery fee and a
    /// tip; not shipped Standard or paid by bank transfer (`SchemaAssembler.isMealDelivery`).
    static let mealDeliveryOrders = EntityTemplate("orders", .event,
        "customer_id|user_id, restaurant_id|kitchen_id|store_id, courier_id|driver_id|rider_id|dasher_id, order_number, ordered_at, status:string enum values=placed:0.5|preparing:0.5|out_for_delivery:0.5|delivered:8|cancelled:1, total_amount, delivery_fee:decimal number.decimal 0..7.99 p2, tip_amount:decimal number.decimal 0..12 p2, payment_method:string enum values=card:7|mobile_wallet:2.5|cash:1, delivered_at")
}
