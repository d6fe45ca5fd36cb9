import DoppelEngine
extension DomainCatalogue {
    static let social: [EntityTemplate] = [
        EntityTemplate("profiles", .person, "user_id|member_id|account_id, display_name, bio, city, birth_date, avatar_url"),
        // A tweet or a status update is a line of text with its counts, no title.
        EntityTemplate("tweets status_updates statuses", .content,
                       "user_id|author_id|account_id|profile_id, text:text text.paragraph, created_at, like_count:integer number.integer 0..5000 zipf, retweet_count:integer number.integer 0..800 zipf, reply_count:integer number.integer 0..300 zipf"),
        EntityTemplate("posts blog_posts", .content, name: "string text.title",
                       "author_id|user_id|member_id|account_id|profile_id|creator_id|writer_id, group_id|community_id|forum_id|channel_id|blog_id|category_id, title, body, created_at, like_count, visibility"),
        EntityTemplate("likes reactions upvotes", .event, join: true,
                       "user_id|member_id|account_id|profile_id|listener_id|viewer_id, post_id|comment_id|photo_id|video_id|tweet_id|article_id|story_id|track_id|song_id|episode_id, reaction_type, created_at"),
        EntityTemplate("follows followings follower_relationships", .event, join: true,
                       "follower_id, followee_id, created_at"),
        // A dating app's matches pair two of its users (not a league's games).
        EntityTemplate("matches", .event, [.social], join: true,
                       "user_id|member_id|profile_id, matched_user_id, matched_at, status:string enum values=active:7|unmatched:2|blocked:0.5"),
        EntityTemplate("friendships friends connections friend_links", .event, join: true,
                       "user_id|member_id|profile_id|person_id, friend_id, created_at, status:string enum values=pending:2|accepted:7|declined:1"),
        EntityTemplate("friend_requests invitations invites", .event,
                       "sender_id|inviter_id|requester_id, recipient_id|invitee_id, sent_at, status:string enum values=pending:3|accepted:6|declined:1"),
        EntityTemplate("messages direct_messages chats chat_messages dms", .content,
                       "conversation_id|chat_id|channel_id|thread_id|room_id|ticket_id, sender_id|author_id|user_id|member_id, recipient_id|receiver_id, body, sent_at, is_read"),
        EntityTemplate("conversations", .event, "created_at, is_group:boolean prob=0.2, title:string text.title"),
        EntityTemplate("groups communities circles", .organization, rows: 40, name: "string text.title",
                       "owner_id|creator_id|admin_id|user_id, name, description, created_at, is_private, member_count"),
        EntityTemplate("group_members memberships community_members", .event, join: true,
                       "group_id|community_id|club_id|team_id|organization_id|org_id|workspace_id|channel_id|project_id, user_id|member_id|person_id|employee_id|player_id|profile_id, role, joined_at"),
        // A tag is a topic a post is filed under ("productivity", "remote-work"), not any word ("end", "road").
        EntityTemplate("tags hashtags", .lookup, rows: 40, name: "string enum values=\(topicTags.joined(separator: "|")) unique", "name, created_at"),
        EntityTemplate("labels", .lookup, rows: 40, name: "string text.word", "name, created_at"),
        EntityTemplate("post_tags", .event, join: true, "post_id|article_id|photo_id|question_id, tag_id|hashtag_id|label_id"),
        EntityTemplate("photos images pictures media_items", .content,
                       "user_id|album_id|post_id|property_id|listing_id|product_id|profile_id|gallery_id|member_id, url:string internet.image_url, caption, width:integer enum values=640|1080|1920|3840, height:integer enum values=480|1080|1440|2160, uploaded_at"),
        EntityTemplate("shares reposts retweets", .event, "user_id|member_id|account_id, post_id|article_id|video_id|photo_id, shared_at, channel:string enum values=feed|message|email|external"),
        EntityTemplate("threads discussions", .content, name: "string text.title",
                       "forum_id|board_id|category_id|community_id|group_id|channel_id|course_id, author_id|user_id|member_id|creator_id, title, created_at, is_locked:boolean prob=0.05, view_count"),
        EntityTemplate("forums boards subforums", .lookup, rows: 12, name: "string text.title", "name, description, created_at"),
        EntityTemplate("stories", .content, [.social], "user_id|author_id|member_id, media_type, caption, posted_at, expires_at:datetime datetime.future, view_count"),
        EntityTemplate("abuse_reports content_reports", .event, "reporter_id|user_id, post_id|comment_id|message_id, reason:string enum values=spam|harassment|hate|misinformation|other, created_at"),
        EntityTemplate("swipes", .event, [.social], "user_id|swiper_id, target_id|candidate_id, liked:boolean prob=0.3, created_at"),
    ]

    /// Topics posts, articles and videos are tagged with, as tags are written (lower case, hyphens).
    static let topicTags = ["productivity", "travel", "personal-finance", "cooking", "gardening", "photography", "running",
                            "remote-work", "tutorial", "news", "opinion", "how-to", "beginners", "review", "career", "health",
                            "fitness", "design", "javascript", "python", "web-development", "machine-learning", "startups",
                            "marketing", "writing", "books", "music", "parenting", "diy", "sustainability", "mental-health",
                            "recipes", "budgeting", "investing", "security", "devops", "open-source", "leadership", "education",
                            "science", "history", "film", "gaming", "nutrition", "home-improvement", "small-business",
                            "data-science", "mindfulness"]

    static let iot: [EntityTemplate] = [
        EntityTemplate("devices smart_devices things thermostats cameras smart_plugs wearables smart_locks", .device, name: "string iot.device_id",
                       "home_id|site_id|location_id|building_id|room_id|gateway_id|facility_id|plant_id|customer_id|user_id|owner_id|household_id, serial_number, model:string enum values=\(SmartHomeDevices.models.map { $0.model.replacingOccurrences(of: " ", with: "~") }.joined(separator: "|")), device_type:string enum values=thermostat|camera|smart_plug|door_sensor|motion_sensor|light|lock|smoke_detector, firmware_version, installed_on, status:string enum values=online:7|offline:1.5|maintenance:1|error:0.5, last_seen_at"),
        EntityTemplate("sensors", .device,
                       "device_id|gateway_id|station_id|machine_id|room_id|site_id|location_id|home_id|building_id|vehicle_id|field_id|zone_id, sensor_type, unit:string enum values=celsius|percent|hPa|ppm|lux|kWh|V|A|dB|g|deg/s|mm/s, serial_number, installed_on, is_active"),
        EntityTemplate("readings sensor_readings measurements telemetry metrics data_points", .event,
                       "sensor_id|device_id|meter_id|station_id|machine_id|vehicle_id|gateway_id|thermostat_id, recorded_at, value, unit:string enum values=celsius|percent|hPa|ppm|lux|kWh|V|A|dB|g|deg/s|mm/s, is_anomaly:boolean prob=0.03"),
        EntityTemplate("gateways controllers", .device, "site_id|location_id|home_id|building_id|facility_id, serial_number, firmware_version, ip_address, last_seen_at, status:string enum values=online:8|offline:2"),
        EntityTemplate("alerts alarms", .event, [.iot, .manufacturing, .saas, .logistics, .healthcare, .commerce, .hr, .education, .media, .social, .travel, .realEstate, .sports],
                       "device_id|sensor_id|machine_id|gateway_id|vehicle_id|server_id|service_id|patient_id, alert_type, severity, message, triggered_at, resolved_at:datetime datetime.past null=0.3, is_acknowledged:boolean prob=0.7"),
        EntityTemplate("homes households residences", .place, name: "string address.street",
                       "owner_id|customer_id|user_id|family_id, address, city, region, sqft, year_built"),
        EntityTemplate("sites locations", .place, rows: 20, name: "string text.title",
                       "company_id|customer_id|organization_id|region_id, name, address, city, country, latitude, longitude"),
        EntityTemplate("meters smart_meters", .device, "customer_id|home_id|site_id|building_id|account_id|premise_id, serial_number, meter_type:string enum values=electric:6|gas:3|water:3, installed_on, status:string enum values=active:9|inactive:1"),
        EntityTemplate("firmware_updates updates", .event, "device_id|gateway_id|sensor_id, version:string iot.firmware_version, applied_at, status:string enum values=succeeded:90|failed:7|rolled_back:3"),
        EntityTemplate("weather_stations", .place, rows: 25, name: "string text.title",
                       "station_code:string id.pattern pattern=WS-####, name, latitude, longitude, elevation_m, commissioned_on, is_active"),
        EntityTemplate("weather_observations observations", .event, "station_id|weather_station_id|site_id|location_id, observed_at, temperature, humidity, pressure, wind_speed:decimal number.decimal 0..40 p1, precipitation_mm:decimal number.decimal 0..50 p1 lognormal"),
    ]
}
