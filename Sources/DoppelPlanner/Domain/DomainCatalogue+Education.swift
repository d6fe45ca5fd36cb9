extension DomainCatalogue {
    static let education: [EntityTemplate] = [
        EntityTemplate("students pupils learners", .person,
                       "school_id|university_id|class_id|program_id|cohort_id, first_name, last_name, email, date_of_birth, enrolled_on, gpa, major"),
        EntityTemplate("teachers instructors professors tutors lecturers teaching_assistants faculty_members", .person,
                       "school_id|department_id|university_id>department, first_name, last_name, email, subject:string education.subject, hire_date"),
        EntityTemplate("courses", .thing, name: "string education.course_name",
                       "instructor_id|teacher_id|professor_id|tutor_id|lecturer_id|faculty_id|trainer_id|author_id|creator_id, department_id|program_id|category_id|school_id|subject_id, course_code, title:string education.course_name, description, credits, level, price:decimal number.decimal 19..499 lognormal p2, created_at"),
        EntityTemplate("classes sections", .thing, [.education, .commerce, .saas, .media, .hr, .healthcare],
                       "course_id|subject_id, teacher_id|instructor_id|professor_id|tutor_id|lecturer_id|trainer_id|coach_id, school_id|department_id|room_id, name:string education.course_name, room_number, semester, capacity:integer number.integer 10..40"),
        EntityTemplate("classes fitness_classes", .event, [.sports],
                       "trainer_id|instructor_id|coach_id|teacher_id, gym_id|studio_id|location_id|club_id, name:string enum values=Yoga|Spin|HIIT|Pilates|Boxing|Zumba|Strength|CrossFit, starts_at, duration_minutes:integer enum values=30|45|60|90, capacity:integer number.integer 8..30"),
        EntityTemplate("enrollments registrations course_enrollments", .event, [.education, .saas, .media, .hr, .healthcare, .commerce, .sports, .social],
                       join: true,
                       "student_id|learner_id|user_id|member_id|employee_id|participant_id|attendee_id|customer_id|pupil_id, course_id|class_id|program_id|section_id|event_id|session_id|training_id|workshop_id, enrolled_on, status:string enum values=enrolled:7|completed:3|dropped:1|waitlisted:0.5, grade:string education.grade"),
        EntityTemplate("grades marks scores", .event, [.education],
                       "student_id|enrollment_id|learner_id, course_id|assignment_id|exam_id|class_id|subject_id, score, letter_grade, graded_on"),
        EntityTemplate("assignments homework", .content, [.education, .saas, .media, .hr, .commerce],
                       "course_id|class_id|lesson_id|module_id, title:string text.title, description, due_date, max_points:integer enum values=10|20|50|100"),
        EntityTemplate("submissions", .event, "assignment_id|exam_id|quiz_id|task_id|challenge_id, student_id|user_id|learner_id|participant_id, submitted_at, score, is_late"),
        // An attempt at a quiz is a learner's go at it: its number, when, the score and whether it passed.
        EntityTemplate("quiz_attempts exam_attempts test_attempts assessment_attempts", .event, [.education, .hr, .saas, .media],
                       "student_id|learner_id|user_id|participant_id|candidate_id|employee_id, quiz_id|exam_id|test_id|assessment_id|lesson_id|module_id|course_id, attempt_number:integer number.integer 1..3 zipf, started_at, completed_at, score:integer number.integer 20..100, passed:boolean"),
        EntityTemplate("exams tests quizzes assessments", .event, [.education, .hr, .saas, .media],
                       "course_id|class_id|subject_id|lesson_id, title:string text.title, exam_date, duration_minutes:integer enum values=30|45|60|90|120, max_score:integer enum values=50|100"),
        EntityTemplate("schools universities colleges academies campuses faculties", .place, rows: 20, name: "string education.school",
                       "district_id|region_id, name, city, region, founded_year, phone, student_count:integer number.integer 200..30000 lognormal"),
        EntityTemplate("semesters terms academic_terms", .lookup, rows: 8,
                       "name:string enum values=Fall~2023|Spring~2024|Summer~2024|Fall~2024|Spring~2025|Summer~2025, start_date, end_date"),
        // A lesson's title is a heading that fits any course: a title of its own named another subject
        // ("Spanish for Beginners" in a statistics course).
        EntityTemplate("lessons lectures modules chapters units", .content, [.education, .media, .saas],
                       "course_id|class_id|module_id|book_id, title:string enum values=Introduction|Overview|Key~Concepts|Core~Principles|Worked~Examples|Hands-on~Practice|Common~Mistakes|Case~Study|Deep~Dive|Tools~and~Techniques|Putting~It~Together|Advanced~Topics|Review~and~Quiz|Final~Project|Summary~and~Next~Steps, position:integer number.integer 1..30, duration_minutes, video_url"),
        EntityTemplate("attendance attendance_records", .event,
                       "student_id|child_id|pupil_id|kid_id|employee_id|member_id|attendee_id|participant_id, class_id|classroom_id|session_id|course_id|event_id|meeting_id|lesson_id, date, status:string enum values=present:85|absent:8|late:5|excused:2"),
        EntityTemplate("programs majors degrees degree_programs", .lookup, rows: 20, name: "string education.subject",
                       "department_id|school_id|faculty_id|university_id, name, degree, duration_years:integer enum values=1|2|3|4|5"),
        EntityTemplate("scholarships grants", .event, "student_id|applicant_id|recipient_id, name:string text.title, amount:decimal number.decimal 500..20000 p0, awarded_on"),
        EntityTemplate("sessions tutoring_sessions", .event, [.education, .healthcare, .sports, .hr],
                       "tutor_id|teacher_id|instructor_id|therapist_id|coach_id|trainer_id|counselor_id|mentor_id, student_id|client_id|patient_id|member_id|learner_id|mentee_id, scheduled_at, duration_minutes:integer enum values=30|45|60|90, subject:string education.subject, status:string enum values=scheduled:3|completed:6|cancelled:1|no_show:0.5"),
        EntityTemplate("sessions", .event, [.saas, .social, .media, .commerce, .iot, .travel, .finance, .logistics, .realEstate, .manufacturing],
                       "user_id|visitor_id|customer_id|member_id|device_id|listener_id|viewer_id, started_at, ended_at, device, country, page_views"),
        EntityTemplate("cohorts", .lookup, rows: 10, "program_id|course_id, name:string text.title, start_date, end_date"),
    ]

    static let saas: [EntityTemplate] = [
        EntityTemplate("users user_accounts", .person, [.saas, .commerce, .finance, .hr, .education, .healthcare, .logistics, .travel, .realEstate, .iot, .manufacturing, .media, .sports],
                       "organization_id|org_id|account_id|company_id|tenant_id|workspace_id|team_id, first_name, last_name, email, username, country, created_at, last_login_at, is_active"),
        EntityTemplate("users", .person, [.social],
                       "username, display_name, email, bio, country, created_at, is_verified, follower_count"),
        EntityTemplate("organizations orgs companies tenants businesses", .organization, name: "string company.name",
                       "name, industry, plan, employee_count, country, website, created_at"),
        EntityTemplate("workspaces", .organization, name: "string text.title", "organization_id|org_id|account_id|company_id|team_id, name, plan, created_at"),
        EntityTemplate("members", .person,
                       "organization_id|org_id|club_id|gym_id|library_id|team_id|group_id|workspace_id|community_id|household_id, first_name, last_name, email, phone, membership_type:string enum values=standard:6|premium:3|student:1, joined_on, is_active"),
        EntityTemplate("plans pricing_plans subscription_plans tiers", .lookup, rows: 4,
                       "name:string enum values=Free|Starter|Pro|Business|Enterprise, monthly_price:decimal enum values=0|9|29|99|499, billing_cycle:string enum values=monthly:7|annual:3, max_seats:integer enum values=1|5|20|100|1000"),
        EntityTemplate("events", .event, [.saas, .commerce, .social, .finance, .education, .healthcare, .hr, .realEstate, .manufacturing, .logistics],
                       "user_id|session_id|customer_id|account_id|member_id|visitor_id, event_name, occurred_at, page_url, device, country, properties"),
        EntityTemplate("events", .event, [.media, .travel, .sports],
                       "venue_id|location_id|organizer_id|promoter_id, name:string text.title, category:string enum values=concert|conference|festival|sports|theater|meetup|workshop, starts_at:datetime datetime.future, capacity:integer number.integer 50..5000 lognormal, ticket_price:decimal number.decimal 10..300 lognormal p2"),
        EntityTemplate("events device_events", .event, [.iot],
                       "device_id|sensor_id|gateway_id|machine_id, event_type:string enum values=heartbeat:6|threshold_exceeded:2|reboot:1|error:1|firmware_update:0.5, severity, occurred_at, payload"),
        EntityTemplate("page_views pageviews", .event, "user_id|session_id|visitor_id, url:string internet.url, referrer, viewed_at, duration_seconds"),
        EntityTemplate("features feature_flags flags", .lookup, rows: 30, name: "string text.title",
                       "name, description, is_enabled, rollout_pct, created_at"),
        EntityTemplate("api_keys tokens", .thing, "user_id|organization_id|org_id|account_id|workspace_id, name:string text.title, token, created_at, last_used_at, is_active"),
        EntityTemplate("tickets support_tickets cases issues help_requests", .event, [.saas, .commerce, .finance, .hr, .education, .healthcare, .logistics, .realEstate, .iot, .manufacturing, .social],
                       "customer_id|user_id|account_id|requester_id|client_id|member_id|tenant_id|reporter_id, agent_id|assignee_id|employee_id|staff_id|technician_id|engineer_id, subject:string text.title, description, priority, status:string enum values=open:3|in_progress:3|resolved:3|closed:4, category:string enum values=billing|technical|account|feature_request|bug, channel:string enum values=email:4|chat:3|phone:2|web:2, created_at, resolved_at:datetime datetime.past null=0.3"),
        EntityTemplate("tickets", .event, [.media, .sports, .travel],
                       "event_id|match_id|game_id|flight_id|show_id|concert_id|screening_id|showtime_id|performance_id, attendee_id|customer_id|buyer_id|fan_id|passenger_id|user_id, seat, price:decimal number.decimal 10..300 lognormal p2, type:string enum values=general:6|vip:1|early_bird:2|student:1, purchased_at, status:string enum values=valid:5|used:8|refunded:1|cancelled:1"),
        EntityTemplate("projects", .thing, name: "string text.title",
                       "workspace_id|organization_id|org_id|team_id|client_id|account_id|customer_id|department_id|company_id, owner_id|manager_id|lead_id|user_id|employee_id, name, description, status, start_date, due_date, budget"),
        EntityTemplate("tasks todos to_dos stories cards work_items", .event,
                       "project_id|list_id|board_id|sprint_id|milestone_id|epic_id, assignee_id|user_id|employee_id|member_id|owner_id, title:string text.title, description, status, priority:string enum values=low:3|medium:4|high:2, due_date, estimate_hours, created_at, completed_at:datetime datetime.past null=0.4"),
        EntityTemplate("comments replies", .content,
                       "post_id|task_id|ticket_id|article_id|video_id|issue_id|thread_id|photo_id|recipe_id|story_id|episode_id|product_id|document_id|answer_id|question_id, user_id|author_id|member_id|customer_id|employee_id|commenter_id|viewer_id|listener_id, parent_id, body, created_at, like_count"),
        EntityTemplate("notifications", .event, "user_id|customer_id|member_id|employee_id|recipient_id, type:string enum values=mention|comment|like|follow|system|reminder, channel:string enum values=push:4|email:4|sms:1|in_app:3, message, sent_at, is_read"),
        EntityTemplate("error_logs app_logs application_logs system_logs server_logs service_logs log_entries log_lines", .event,
                       "service_id|server_id|application_id|app_id|host_id|device_id, level, message, logged_at"),
        EntityTemplate("audit_logs activity_logs logs audit_events access_logs", .event,
                       "user_id|actor_id|account_id|employee_id|member_id, action, target_type:string enum values=user|project|document|invoice|setting|report, ip_address, user_agent, created_at"),
        EntityTemplate("usage usage_records metering", .event, "subscription_id|account_id|organization_id|org_id|customer_id|user_id, metric:string enum values=api_calls|storage_gb|seats|messages|compute_hours, quantity:integer number.integer 1..100000 lognormal, recorded_at"),
        EntityTemplate("logins sign_ins login_history login_events login_logs", .event,
                       "user_id|user_account_id|member_id|customer_id|employee_id|account_id, logged_in_at, ip_address, device, success"),
        EntityTemplate("leads prospects", .person, "owner_id|sales_rep_id|user_id|employee_id, first_name, last_name, email, company, job_title, source, status:string enum values=new:3|contacted:3|qualified:2|unqualified:1|converted:1, created_at"),
        EntityTemplate("contacts", .person, "company_id|account_id|organization_id|customer_id|client_id, first_name, last_name, email, phone, job_title, created_at"),
        EntityTemplate("deals opportunities", .event,
                       "account_id|company_id|organization_id|customer_id|contact_id|lead_id|client_id, owner_id|sales_rep_id|employee_id|user_id|agent_id, name:string text.title, amount:decimal number.decimal 1000..250000 lognormal p2, stage:string enum values=prospecting:3|qualification:3|proposal:2|negotiation:1|closed_won:1|closed_lost:2, close_date, probability"),
        EntityTemplate("campaigns marketing_campaigns", .event, name: "string text.title",
                       "organization_id|account_id|brand_id|advertiser_id|client_id, name, channel:string enum values=email|social|search|display|video|affiliate, budget:decimal number.decimal 1000..100000 lognormal p2, start_date, end_date, status:string enum values=draft:1|scheduled:1|active:4|paused:1|completed:3"),
        EntityTemplate("emails email_sends messages_sent newsletters", .event, [.saas, .commerce, .media],
                       "campaign_id|newsletter_id, recipient_id|contact_id|lead_id|customer_id|user_id|subscriber_id, subject_line, sent_at, opened, clicked"),
        EntityTemplate("teams squads", .organization, [.saas, .hr, .commerce, .finance, .healthcare, .education, .logistics, .manufacturing, .iot, .realEstate, .travel],
                       "organization_id|org_id|department_id|company_id|workspace_id, lead_id|manager_id, name:string text.title, created_at"),
    ]

    /// A university's or a college's course: a catalogue entry with credits and a term, not an online course's price,
    /// level and sales copy (`SchemaAssembler.classify`, with a university, a college or professors in the prompt).
    static let academicCourses = EntityTemplate("courses", .thing, name: "string education.course_name",
        "professor_id|instructor_id|lecturer_id|teacher_id|faculty_id, department_id|program_id|school_id, course_code, title:string education.course_name, credits:integer enum values=3:6|4:2|1:1|2:1, semester:string enum values=Fall:4|Spring:4|Summer:1, capacity:integer number.integer 15..200")

    /// Words that make a prompt's schools primary or secondary ones (with `school` in the prompt, and no university).
    static let k12Words: Set<String> = ["district", "districts", "elementary", "primary", "middle", "high", "secondary", "k12", "k-12",
                                        "homeroom", "homerooms", "pupil", "pupils", "kindergarten", "teacher", "teachers", "principal",
                                        "principals", "homework", "guardian", "guardians"]

    /// A school district's schools: a school with a principal, not a university. Named without a level (a pupil of any
    /// grade may reference any of them: no tenth-grader at an elementary school).
    static let k12Schools = EntityTemplate("schools", .place, rows: 10,
        "district_id, name:string enum values=Lincoln~School|Washington~School|Roosevelt~School|Jefferson~School|Franklin~School|Oak~Ridge~School|Maple~Grove~School|Cedar~Park~School|Hillside~School|Lakeside~School|Westview~School|Eastwood~School, city, phone, principal:string person.full_name, student_count:integer number.integer 150..1800")
    /// A school's pupils: a child's birth date and the grade it puts them in (`applySchoolGrade`), not a major and a GPA.
    static let k12Students = EntityTemplate("students pupils", .person,
        "school_id|class_id|homeroom_id, guardian_id|parent_id, first_name, last_name, date_of_birth, grade_level:integer number.integer 0..12, enrolled_on")
    /// Words of an online course platform (no university word).
    static let onlineLearningWords: Set<String> = ["online", "e-learning", "elearning", "mooc", "moocs", "udemy", "coursera", "edx",
                                                   "skillshare", "self-paced", "webinar", "webinars"]
    /// An online platform's courses: a skill taught by video, at a level, a price and a length.
    static let onlineCourses = EntityTemplate("courses", .thing,
        "instructor_id|teacher_id|creator_id|author_id, title:string enum values=Python~for~Data~Analysis|Excel~for~Beginners|Digital~Marketing~Fundamentals|UX~Design~Essentials|Public~Speaking~Mastery|SQL~for~Analysts|Watercolor~Painting~Basics|JavaScript~from~Scratch|Machine~Learning~Foundations|Conversational~Spanish|Personal~Finance~101|Project~Management~Essentials|Guitar~for~Beginners|Copywriting~That~Sells|iOS~Apps~with~Swift|Data~Visualization~with~Tableau|Creative~Writing~Workshop|Graphic~Design~with~Figma|Intro~to~Photography|React~in~Practice, level:string enum values=beginner:5|intermediate:3|advanced:1.5, price:decimal enum values=0:1|19.99:3|29.99:3|49.99:3|89.99:2|149.99:1, duration_hours:decimal number.decimal 1.5..40 lognormal p1, published_on:date date.past")
    /// An online platform's learners: an account, a country, when they joined; no major or GPA.
    static let onlineLearners = EntityTemplate("students learners", .person, "first_name, last_name, email, country, joined_on:date date.past")
    /// An online platform's instructors: who teaches there, from where, since when.
    static let onlineInstructors = EntityTemplate("instructors teachers creators", .person,
        "first_name, last_name, email, country, joined_on:date date.past")

    /// A school's classes: a subject taught in a period of the school year, not a university's "Principles of Nursing".
    static let k12Classes = EntityTemplate("classes courses sections", .event,
        "teacher_id|school_id, name:string enum values=Algebra~I|Geometry|Algebra~II|Biology|Chemistry|Physics|English~9|English~10|English~11|World~History|U.S.~History|Spanish~I|French~I|Art|Music|Physical~Education|Computer~Science|Earth~Science, room_number, period:integer number.integer 1..8, school_year:string enum values=2023-24|2024-25, capacity:integer number.integer 18..32")
    /// A school's teachers: a subject a school teaches, in its department.
    static let k12Teachers = EntityTemplate("teachers", .person,
        "school_id, first_name, last_name, email, subject:string enum values=Mathematics:4|English:4|Science:4|History:3|Spanish:2|French:1|Art:1|Music:1|Physical~Education:2|Computer~Science:1, hire_date")
}
