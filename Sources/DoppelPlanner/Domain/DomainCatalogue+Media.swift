import DoppelEngine

extension DomainCatalogue {
    static let media: [EntityTemplate] = [
        // One person who plays, paints or sings: a person's name, never a band's.
        EntityTemplate("musicians painters sculptors singers pianists violinists guitarists drummers composers", .person,
                       name: "string person.full_name", "label_id|agency_id, name, country, genre, instrument"),
        EntityTemplate("artists bands performers", .person, name: "string media.artist",
                       "label_id|agency_id, name, country, genre, debut_year:integer number.integer 1950..2023"),
        EntityTemplate("albums", .content, name: "string media.title",
                       "artist_id|band_id|musician_id, label_id, title, release_date, genre, track_count:integer number.integer 6..20, label:string enum values=Northwind~Records|Blue~Harbor~Music|Cedar~Sound|Silverline~Records|Red~Kite~Recordings|Lantern~Music~Group|Juniper~Records|Low~Tide~Records|Paper~Moon~Music|Ironwood~Recordings|Independent:2"),
        EntityTemplate("songs tracks", .content, name: "string media.title",
                       "album_id|playlist_id, artist_id|band_id|musician_id, title, duration_seconds:integer number.integer 120..420 normal, track_number, is_explicit:boolean prob=0.15, play_count"),
        // A festival's or a theatre's performances: an act on a stage at a time, for a set's length; its stages; its
        // ticket sales by type, not by artist.
        EntityTemplate("performances sets set_times lineup_slots", .event, [.media],
                       "artist_id|band_id|performer_id|act_id|production_id|show_id, stage_id|venue_id|festival_id|theater_id|theatre_id, starts_at, duration_minutes:integer enum values=30|45|60|75|90"),
        EntityTemplate("stages", .place, [.media], rows: 6,
                       "name:string enum values=Main~Stage|Second~Stage|Dance~Tent|Acoustic~Stage|Forest~Stage|Comedy~Tent|Late~Night~Stage, capacity:integer number.integer 500..25000 lognormal, is_covered:boolean"),
        EntityTemplate("ticket_sales ticket_orders ticket_purchases", .event, [.media, .sports, .travel],
                       "customer_id|attendee_id|buyer_id|fan_id|user_id, festival_id|event_id|concert_id|show_id|match_id, ticket_type, quantity:integer number.integer 1..6 zipf, unit_price:decimal number.decimal 40..400 lognormal p2, total_amount, sold_at"),
        // A concert is an artist's night at a venue; its tickets come in tiers.
        EntityTemplate("concerts gigs_music live_shows", .thing, name: "string media.artist",
                       "venue_id|festival_id|promoter_id, artist_id|band_id, artist:string media.artist, starts_at:datetime datetime.future, genre, "
                           + "status:string enum values=on_sale:5|sold_out:2|cancelled:0.5|postponed:0.5"),
        // (its name and price are the engine's: an admission's name, a price near its event's)
        EntityTemplate("ticket_tiers ticket_classes ticket_categories", .thing,
                       "concert_id|event_id|show_id|performance_id|match_id|festival_id, name, price, quantity:integer number.integer 50..3000 lognormal"),
        EntityTemplate("playlists", .content, name: "string text.title",
                       "user_id|listener_id|owner_id|creator_id|member_id|subscriber_id, name, description, is_public:boolean prob=0.6, created_at"),
        EntityTemplate("playlist_tracks playlist_songs playlist_items", .event, join: true,
                       "playlist_id, track_id|song_id|video_id|episode_id, position:integer number.integer 1..100, added_at"),
        EntityTemplate("podcasts shows series tv_shows", .content, name: "string media.title",
                       "network_id|channel_id|publisher_id|creator_id, host_id|presenter_id>host_name, title, genre, language, launched_on"),
        // Downloads of an episode or an app: who, when, from where and on what.
        EntityTemplate("downloads episode_downloads app_downloads", .event, [.media, .saas, .social],
                       "episode_id|podcast_id|track_id|app_id|file_id|release_id, listener_id|user_id|subscriber_id|member_id|customer_id, downloaded_at:datetime datetime.past, country, platform:string enum values=iOS:5|Android:4|Web:2|Desktop:1"),
        EntityTemplate("episodes", .content, name: "string media.title",
                       "show_id|podcast_id|series_id|season_id|program_id, title, season_number, episode_number, duration_seconds:integer number.integer 600..5400 normal, release_date"),
        EntityTemplate("listeners viewers audience_members fans", .person,
                       "username, email, country, age:integer number.integer 16..75, signup_date, is_premium:boolean prob=0.3"),
        EntityTemplate("plays streams listens views watch_sessions watch_history viewing_history listening_history play_history view_history", .event,
                       "episode_id|track_id|song_id|video_id|movie_id|show_id|podcast_id|album_id|film_id|article_id, listener_id|user_id|viewer_id|subscriber_id|member_id|customer_id|account_id|profile_id|fan_id, played_at, seconds_played:integer number.integer 5..3600 lognormal, device, completed:boolean prob=0.6"),
        EntityTemplate("movies films", .content, name: "string media.title",
                       "genre_id>genre, director_id>director, studio_id, title, release_year, runtime_minutes:integer number.integer 80..180 normal, content_rating, imdb_rating, budget:decimal number.decimal 100000..300000000 lognormal p0"),
        EntityTemplate("actors cast_members directors screenwriters", .person, "first_name, last_name, birth_date, nationality, gender"),
        EntityTemplate("movie_actors film_actors casts cast_credits appearances", .event, join: true,
                       "movie_id|film_id|show_id|episode_id|series_id, actor_id|person_id|cast_member_id, character_name:string person.first_name, billing_order:integer number.integer 1..20"),
        EntityTemplate("books novels", .content, name: "string media.title",
                       "author_id>author, publisher_id>publisher, genre_id>genre, isbn, title, published_on, pages, price, language"),
        EntityTemplate("authors writers", .person, "first_name, last_name, birth_date, nationality, bio"),
        EntityTemplate("publishers labels record_labels studios networks", .organization, rows: 20, name: "string company.name",
                       "name, country, founded_year, website"),
        EntityTemplate("genres", .lookup, rows: 15, name: "string media.genre", "name, description"),
        EntityTemplate("articles news_articles blog_articles", .content, [.media, .saas, .commerce, .social, .education, .healthcare, .finance],
                       "author_id|journalist_id|writer_id|user_id|editor_id, category_id|section_id|publication_id, title:string text.title, body, category:string enum values=technology|sports|politics|business|health|culture|science, published_at, word_count:integer number.integer 300..3000 normal, view_count"),
        EntityTemplate("videos clips", .content, name: "string media.title",
                       "channel_id|creator_id|user_id|uploader_id|course_id, title, description, duration_seconds:integer number.integer 30..3600 lognormal, uploaded_at, view_count, like_count"),
        EntityTemplate("channels", .organization, [.media, .social, .saas, .commerce],
                       "owner_id|creator_id|user_id|network_id, name:string text.title, subscriber_count, category:string media.genre, created_at"),
        EntityTemplate("subscribers", .person, "channel_id|newsletter_id|publication_id|list_id, email, first_name, subscribed_at:datetime datetime.past, is_active"),
        EntityTemplate("artworks paintings sculptures pieces works", .thing, name: "string media.title",
                       "artist_id|creator_id|painter_id|sculptor_id, museum_id|gallery_id|collection_id|owner_id, title, year_created, medium, estimated_value:decimal number.decimal 5000..50000000 lognormal p0"),
        EntityTemplate("exhibitions exhibits", .event, name: "string text.title",
                       "museum_id|gallery_id|venue_id, title, start_date, end_date, curator_name, visitor_count:integer number.integer 1000..500000 lognormal"),
        EntityTemplate("museums galleries", .place, rows: 10, name: "string text.title", "name, city, country, founded_year"),
        EntityTemplate("copies book_copies", .thing, "book_id|title_id, library_id|branch_id, barcode, condition:string enum values=new:2|good:5|fair:2|poor:1, acquired_on"),
        EntityTemplate("libraries", .place, rows: 10, name: "string text.title", "name, city, address, opened_on"),
        EntityTemplate("games video_games", .thing, [.media, .commerce, .saas, .social], name: "string media.title",
                       "publisher_id|studio_id|developer_id, title, genre, platform:string enum values=PC|PlayStation|Xbox|Switch|Mobile, release_date, price, rating:decimal number.decimal 1..10 p1"),
        EntityTemplate("venues", .place, rows: 20, name: "string text.title", "name, city, address, capacity:integer number.integer 50..20000 lognormal, opened_on"),
        EntityTemplate("attendees registrants participants", .person, "first_name, last_name, email, company, job_title, registered_at"),
        EntityTemplate("speakers presenters", .person, "first_name, last_name, email, company, job_title, bio"),
        // An attendee's place at an event or a talk: a ticket, not a course grade.
        EntityTemplate("registrations", .event,
                       "attendee_id|registrant_id|participant_id|runner_id, event_id|conference_id|talk_id|presentation_id|keynote_id|session_id|workshop_id|race_id|tournament_id, registered_at, ticket_type:string enum values=General:6|VIP:1|Student:2|Early~Bird:2, status:string enum values=confirmed:7|checked_in:4|cancelled:1, amount_paid"),
        // A cinema's screenings: a film in a room at a time.
        EntityTemplate("screenings showtimes", .event, [.media],
                       "movie_id|film_id, cinema_id|theater_id|venue_id, screen_id|auditorium_id|hall_id, starts_at, format:string enum values=2D:6|3D:2|IMAX:1, seats_available:integer number.integer 0..250"),
        // A conference's talks: who gives them, in which track and room, when and for how long.
        EntityTemplate("talks presentations keynotes", .event, name: "string text.title",
                       "speaker_id|presenter_id, conference_id|event_id, title, track:string enum values=Engineering|Product|Design|Data|Leadership|Security, room:string enum values=Main~Hall|Room~A|Room~B|Room~C|Auditorium, starts_at, duration_minutes:integer enum values=20:2|30:4|45:3|60:1, level:string enum values=beginner:3|intermediate:4|advanced:2"),
    ]

    /// Players of a sport played one against one (tennis, chess, badminton): a ranking and a rating, no
    /// position, shirt number or team. Chosen over `players` when the prompt lists no team and names no team sport.
    static let individualPlayers = EntityTemplate("players athletes", .person,
        "first_name, last_name, date_of_birth, nationality, ranking:integer number.integer 1..500, rating:integer number.integer 1200..2850")
    /// An issue tracked beside code (a prompt about repositories, commits or pull requests): a bug report
    /// or a feature request, not a support ticket. Chosen over the support desk's `issues` by `classify`.
    static let codeIssues = EntityTemplate("issues bugs", .event,
        "repository_id|repo_id|project_id, author_id|user_id|reporter_id|contributor_id, title:string text.title, body:text text.paragraph, state:string enum values=open:3|closed:7, labels:string enum values=bug:5|enhancement:3|documentation:1.5|good~first~issue:1|question:1|help~wanted:1, created_at, closed_at:datetime datetime.past null=0.3")
    /// An issue of a newsletter, magazine or journal: an edition sent or published, not a support ticket.
    static let publicationIssues = EntityTemplate("issues editions", .event,
        "newsletter_id|magazine_id|journal_id|publication_id, issue_number:integer number.integer 1..300, subject:string text.title, sent_at, open_rate:decimal number.percentage 10..70 p1, click_rate:decimal number.percentage 0.5..15 p1")
    static let publicationWords: Set<String> = ["newsletter", "newsletters", "magazine", "magazines", "journal", "journals", "zine",
                                                "zines", "digest", "periodical", "periodicals"]
    static let codeWords: Set<String> = ["repository", "repositories", "repo", "repos", "commit", "commits", "pull", "github", "gitlab",
                                         "codebase", "merge", "bitbucket", "open-source"]
    static let teamSports: Set<String> = ["football", "soccer", "basketball", "hockey", "rugby", "baseball", "volleyball", "cricket",
                                          "handball", "lacrosse", "softball", "polo", "netball", "futsal", "nfl", "nba", "nhl", "mlb"]

    static let sports: [EntityTemplate] = [
        EntityTemplate("players athletes", .person,
                       "team_id>team:string sports.team_name, club_id|league_id, first_name, last_name, position:string enum values=Goalkeeper:1|Defender:4|Midfielder:4|Forward:3, jersey_number:integer number.integer 1..99, date_of_birth, nationality, height_cm"),
        EntityTemplate("teams clubs franchises", .organization, [.sports, .media, .social, .education], rows: 20, name: "string sports.team_name",
                       "league_id|division_id|conference_id|school_id, name, city, founded_year, coach_name"),
        EntityTemplate("games matches fixtures bouts", .event, [.sports, .social, .education, .healthcare, .finance, .hr, .saas, .logistics, .travel, .realEstate, .iot, .manufacturing, .commerce],
                       "season_id|league_id|tournament_id, venue_id|stadium_id, home_team_id, away_team_id, white_player_id, black_player_id, player_id|participant_id, played_at, home_score:integer number.integer 0..6 zipf, away_score:integer number.integer 0..6 zipf, result, attendance:integer number.integer 80..40000 lognormal"),
        // What happens in a match, minute by minute: not a website's page views.
        EntityTemplate("match_events game_events fixture_events", .event, [.sports],
                       "match_id|game_id|fixture_id, player_id|athlete_id, team_id|club_id, minute:integer number.integer 1..90, event_type"),
        // A league's goals are scored in its matches, not a team's objectives.
        EntityTemplate("goals", .event, [.sports],
                       "match_id|game_id|fixture_id, player_id|athlete_id, team_id|club_id, minute:integer number.integer 1..90, goal_type:string enum values=open_play:8|header:3|penalty:2|free_kick:1|own_goal:0.5"),
        EntityTemplate("leagues competitions", .lookup, rows: 5, name: "string text.title", "name, country, founded_year"),
        EntityTemplate("seasons", .lookup, rows: 5, "league_id|competition_id, year:integer number.integer 2015..2024, start_date, end_date"),
        EntityTemplate("races marathons", .event, [.sports], name: "string text.title",
                       "name, race_date:date date.future, distance_km:decimal enum values=5:4|10:4|21.1:2|42.2:1, city:string address.city, entry_fee:decimal number.decimal 20..150 p0"),
        EntityTemplate("tournaments championships", .event, name: "string text.title", "name, start_date, end_date, location:string address.city, prize_pool:decimal number.decimal 1000..1000000 lognormal p0"),
        // A gym's instructors teach classes, not school subjects.
        EntityTemplate("instructors fitness_instructors", .person, [.sports],
                       "gym_id|studio_id|club_id|location_id, first_name, last_name, email, phone, specialty:string enum values=Yoga|Pilates|Spin|HIIT|Strength|Boxing|Dance|Aquatics, certification:string enum values=NASM|ACE|ACSM|NSCA|AFAA, hire_date, hourly_rate"),
        EntityTemplate("coaches", .person, "team_id|gym_id|club_id, first_name, last_name, email, phone, certification:string enum values=NASM|ACE|ACSM|NSCA|UEFA~A|UEFA~B, hire_date, hourly_rate"),
        // A gym's trainers hold a fitness certification, not a football coaching licence.
        EntityTemplate("trainers personal_trainers fitness_instructors", .person, "gym_id|club_id|studio_id, first_name, last_name, email, phone, certification:string enum values=NASM:3|ACE:3|ACSM:2|NSCA:2|ISSA:2, hire_date, hourly_rate"),
        EntityTemplate("stadiums arenas courts", .place, rows: 20, name: "string text.title", "name, city, capacity:integer number.integer 2000..90000 lognormal, opened_on"),
        EntityTemplate("gyms fitness_centers", .place, rows: 10, name: "string text.title", "name, city, address, opened_on, monthly_fee:decimal number.decimal 20..150 p2"),
        EntityTemplate("workouts exercise_sessions training_logs", .event,
                       "member_id|user_id|athlete_id|client_id|player_id, trainer_id|coach_id, workout_type:string enum values=run|ride|swim|strength|yoga|hiit|walk, started_at, duration_minutes:integer number.integer 10..120, calories:integer number.integer 50..1200 normal, distance_km"),
        EntityTemplate("check_ins checkins gym_visits", .event, "member_id|user_id|customer_id|guest_id|attendee_id, gym_id|location_id|club_id|facility_id|event_id|venue_id, checked_in_at"),
        EntityTemplate("memberships", .account, [.sports, .commerce, .media, .healthcare, .travel, .finance, .education],
                       "member_id|user_id|customer_id|client_id, gym_id|club_id|library_id|museum_id, plan_id|membership_plan_id|membership_tier_id|tier_id>plan:string enum values=monthly:5|annual:3|student:1|family:1, start_date, end_date:date date.future, monthly_fee:decimal number.decimal 20..150 p2, status:string enum values=active:7|expired:2|frozen:0.5|cancelled:1"),
        EntityTemplate("player_stats statistics game_stats", .event, "player_id|athlete_id, game_id|match_id|season_id, points:integer number.integer 0..40 zipf, assists:integer number.integer 0..3 zipf, minutes_played:integer number.integer 0..48"),
    ]

    static let general: [EntityTemplate] = [
        EntityTemplate("people persons individuals humans", .person, "first_name, last_name, email, phone, date_of_birth, city, country"),
        EntityTemplate("companies firms", .organization, name: "string company.name", "name, industry, employee_count, country, website, founded_year"),
        EntityTemplate("documents files attachments", .document, name: "string text.title",
                       "owner_id|user_id|employee_id|customer_id|project_id|case_id, title, file_name, file_type:string file.mime_type, size_bytes, created_at"),
        EntityTemplate("surveys questionnaires polls", .thing, name: "string text.title", "title, channel, created_at, is_active"),
        EntityTemplate("survey_responses responses feedback_responses", .event,
                       "survey_id|questionnaire_id, respondent_id|customer_id|user_id|employee_id|patient_id|student_id, submitted_at, nps_score, satisfaction, comment"),
        EntityTemplate("donors supporters", .person, "first_name, last_name, email, city, first_donation_on, is_recurring:boolean prob=0.3"),
        // A food bank's or an aid programme's handing out of food or goods to a recipient household, at a site.
        EntityTemplate("distributions food_distributions aid_distributions", .event,
                       "recipient_id|client_id|household_id|family_id|beneficiary_id, site_id|pantry_id|location_id|center_id, distributed_on:date date.past, program:string enum values=Weekly~Pantry:5|Senior~Box:2|Mobile~Pantry:2|Holiday~Meal:1|Emergency~Box:1.5, weight_kg:decimal number.decimal 4..40 p1, household_size:integer number.integer 1..8 zipf"),
        EntityTemplate("donations gifts contributions pledges", .event,
                       "donor_id|backer_id|member_id|supporter_id|customer_id|user_id, campaign_id|fund_id|cause_id|project_id, amount:decimal number.decimal 5..1000 lognormal p2, donated_at, payment_method, is_recurring:boolean prob=0.3"),
        EntityTemplate("volunteers", .person, "first_name, last_name, email, phone, skills, joined_on, hours_volunteered:decimal number.decimal 0..500 p1"),
        EntityTemplate("cities towns", .lookup, rows: 50, name: "string address.city", "country_id>country, name, region, population:integer number.integer 10000..10000000 lognormal, latitude, longitude"),
        EntityTemplate("countries nations", .lookup, rows: 30, name: "string address.country", "name, code:string address.country_code, continent:string enum values=Europe|Asia|Africa|North~America|South~America|Oceania, population:integer number.integer 100000..1400000000 lognormal"),
        EntityTemplate("regions territories zones", .lookup, rows: 8, name: "string address.region", "name, country, manager_name"),
        EntityTemplate("currencies", .lookup, rows: 20, name: "string finance.currency_code", "code:string finance.currency_code, name:string text.title, symbol:string enum values=$|€|£|¥|₹"),
        EntityTemplate("enclosures habitats", .place, rows: 20, name: "string text.title", "name, zone, area_sqm, climate:string enum values=tropical|temperate|arid|aquatic|arctic"),
        EntityTemplate("keepers zookeepers caretakers", .person, "first_name, last_name, email, specialty:string enum values=mammals|birds|reptiles|aquatic|primates, hire_date"),
        EntityTemplate("cases legal_cases matters", .event, [.finance, .hr, .commerce, .realEstate, .media, .travel, .sports, .education, .manufacturing],
                       "client_id|customer_id|plaintiff_id, lawyer_id|attorney_id|employee_id|agent_id, case_number:string id.pattern pattern=CASE-######, type:string enum values=civil|criminal|family|corporate|immigration|ip, opened_on, closed_on:date date.past null=0.4, status:string enum values=open:5|pending:2|closed:4"),
        EntityTemplate("lawyers attorneys solicitors", .person, "firm_id, first_name, last_name, email, bar_number:string id.pattern pattern=BAR-######, practice_area:string enum values=corporate|litigation|family|criminal|ip|real_estate, hire_date"),
        EntityTemplate("clients", .person, "first_name, last_name, email, phone, company, city, created_at"),
        EntityTemplate("notes", .content, "author_id|user_id|employee_id, customer_id|patient_id|contact_id|deal_id|case_id|ticket_id|call_id, body, created_at"),
        EntityTemplate("fields plots paddocks", .place, [.manufacturing, .iot, .commerce, .logistics, .realEstate], name: "string text.title",
                       "farm_id|site_id, name, area_hectares:decimal number.decimal 1..200 p1, soil_type:string enum values=clay|loam|sand|silt|peat, crop:string enum values=Wheat|Corn|Soybeans|Barley|Rice|Potatoes"),
        EntityTemplate("crops plantings", .event, "field_id|plot_id|farm_id, crop_type:string enum values=Wheat|Corn|Soybeans|Barley|Rice|Potatoes|Canola, planted_on, season:string enum values=spring|summer|autumn|winter, expected_yield_tons:decimal number.decimal 1..500 p1"),
        EntityTemplate("harvests", .event, "crop_id|planting_id|field_id, harvested_on, tons:decimal number.decimal 0.5..500 p1, quality_grade:string enum values=A|B|C"),
        EntityTemplate("farms", .place, rows: 10, name: "string company.name", "name, region, area_hectares:decimal number.decimal 10..5000 p0, owner_name"),
        EntityTemplate("fines penalties", .event, "patron_id|member_id|customer_id|driver_id|user_id|tenant_id, loan_id|ticket_id|violation_id, amount:decimal number.decimal 1..200 p2, issued_on, paid:boolean prob=0.6"),
        EntityTemplate("items", .thing, [.media, .education], name: "string media.title", "title, item_type:string enum values=book:7|dvd:2|audiobook:1|magazine:1, barcode:string id.pattern pattern=############, acquired_on"),
        EntityTemplate("contracts agreements", .document, name: "string text.title",
                       "client_id|customer_id|vendor_id|supplier_id|tenant_id|company_id|employee_id, freelancer_id|contractor_id|vendor_id, contract_number:string id.pattern pattern=CTR-######, start_date, end_date:date date.future, value:decimal number.decimal 1000..500000 lognormal p2, status:string enum values=draft:1|active:6|expired:2|terminated:1, signed_on"),
        EntityTemplate("proposals quotes estimates", .document, name: "string text.title",
                       "job_id|project_id|deal_id|opportunity_id|request_id|rfp_id, freelancer_id|vendor_id|supplier_id|contractor_id|user_id, amount:decimal number.decimal 100..50000 lognormal p2, status:string enum values=submitted:4|shortlisted:2|accepted:1|rejected:3, submitted_at, valid_until:date date.future"),
        EntityTemplate("milestones", .event, name: "string text.title", "project_id|contract_id|goal_id, title, due_date, amount:decimal number.decimal 100..20000 lognormal p2, status:string enum values=pending:3|in_progress:2|completed:4|missed:1"),
        EntityTemplate("sprints iterations", .event, name: "string text.title", "project_id|team_id|board_id, name, start_date, end_date, goal:text text.sentence, status:string enum values=planned:1|active:1|completed:4"),
        EntityTemplate("releases versions", .event, "project_id|product_id|app_id|repository_id, version:string app.version, released_at, notes:text text.sentence, is_major:boolean prob=0.1"),
        EntityTemplate("repositories repos", .thing, name: "string text.title", "owner_id|organization_id|org_id|team_id|user_id, name, language:string enum values=Swift|Python|TypeScript|Go|Rust|Java|Ruby, stars:integer number.integer 0..50000 zipf, is_private:boolean prob=0.4, created_at"),
        EntityTemplate("pull_requests merge_requests prs", .event,
                       "repository_id|repo_id|project_id, author_id|user_id|developer_id|contributor_id, title:string text.title, state:string enum values=open:2|closed:1|merged:7, additions:integer number.integer 1..800 zipf, deletions:integer number.integer 0..400 zipf, created_at, merged_at:datetime datetime.past null=0.3"),
        EntityTemplate("commits", .event, "repository_id|repo_id|project_id, author_id|user_id|developer_id|employee_id, sha, message:string text.title, additions:integer number.integer 0..2000 zipf, deletions:integer number.integer 0..1000 zipf, committed_at"),
        EntityTemplate("deployments deploys", .event, "service_id|application_id|app_id|repository_id|project_id, user_id|engineer_id|employee_id, version:string app.version, environment:string enum values=production:4|staging:3|development:3, status:string enum values=succeeded:85|failed:10|rolled_back:5, deployed_at"),
        EntityTemplate("incidents outages", .event, [.saas, .iot, .logistics, .manufacturing, .finance, .commerce, .healthcare, .hr, .education, .media, .social, .travel, .realEstate, .sports],
                       "service_id|server_id|application_id|device_id|site_id, owner_id|engineer_id|employee_id|user_id, title:string text.title, severity, status:string enum values=investigating:1|identified:1|monitoring:1|resolved:7, started_at, resolved_at:datetime datetime.past null=0.2"),
        EntityTemplate("services servers hosts applications apps microservices", .device, name: "string internet.domain",
                       "team_id|owner_id|organization_id, name, environment:string enum values=production:5|staging:3|development:2, region:string enum values=us-east-1|us-west-2|eu-west-1|ap-southeast-1, version:string app.version, created_at"),
        EntityTemplate("questions", .content, name: "string text.title", "author_id|user_id|member_id|student_id, forum_id|course_id|category_id|topic_id, title, body, created_at, view_count, is_answered:boolean prob=0.7"),
        EntityTemplate("answers", .content, "question_id, author_id|user_id|member_id|expert_id, body, created_at, upvotes:integer number.integer 0..500 zipf, is_accepted:boolean prob=0.3"),
        EntityTemplate("votes", .event, "user_id|voter_id|member_id, post_id|answer_id|question_id|poll_id|candidate_id|proposal_id, value:integer enum values=1:8|-1:2, created_at"),
        EntityTemplate("goals objectives okrs", .thing, name: "string text.title", "owner_id|employee_id|user_id|team_id|member_id, title, target_value:decimal number.decimal 1..1000 p1, current_value:decimal number.decimal 0..1000 p1, due_date, status:string enum values=on_track:5|at_risk:2|off_track:1|done:2"),
    ]

    static let crowdfundingWords: Set<String> = ["crowdfunding", "crowdfund", "kickstarter", "indiegogo", "backer", "backers"]

    /// A crowdfunding campaign: a creator's project with a goal and a deadline, live, funded or not — not a marketing
    /// channel's budget (`SchemaAssembler.isCrowdfunding`).
    static let crowdfundingCampaigns = EntityTemplate("campaigns projects", .event,
        "creator_id|owner_id|founder_id|user_id, title:string text.title, category:string enum values=" + CrowdfundingProjects.titles.keys.sorted().joined(separator: "|") + ", goal_amount:decimal number.decimal 1000..100000 lognormal p0, start_date, end_date, status:string enum values=live:3|successful:4|failed:2|canceled:1")
}
