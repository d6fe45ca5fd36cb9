/// Nouns whose rows are people (`customers`, `couples`, `vets`): the planner gives a
/// table so named a person's columns, and reads a column so named as a person's name.
/// One list, in the engine, so the planner and the resolver cannot disagree about
/// whether a table is of people.
package enum PersonNouns {
    package static let words: Set<String> = [
        "customer", "client", "user", "member", "employee", "staff", "worker", "patient", "doctor", "physician", "nurse",
        "student", "teacher", "instructor", "professor", "tutor", "player", "athlete", "coach", "trainer", "driver",
        "rider", "passenger", "guest", "host", "author", "artist", "musician", "actor", "director", "listener", "viewer",
        "subscriber", "follower", "agent", "tenant", "landlord", "owner", "buyer", "seller", "vendor_contact", "contact",
        "lead", "candidate", "applicant", "manager", "operator", "technician", "engineer", "developer", "chef", "cook",
        "courier", "volunteer", "donor", "attendee", "speaker", "participant", "person", "people", "vet", "veterinarian",
        "pilot", "crew", "reviewer", "writer", "journalist", "editor", "photographer", "lawyer", "attorney", "judge",
        "officer", "soldier", "citizen", "voter", "resident", "traveler", "traveller", "tourist", "shopper", "consumer",
        "cardholder", "policyholder", "borrower", "lender", "investor", "trader", "broker", "realtor", "keeper", "guard",
        "therapist", "dentist", "surgeon", "pharmacist", "caregiver", "parent", "child", "kid", "baby", "senior",
        "alumnus", "learner", "pupil", "mentor", "mentee", "intern", "contractor", "freelancer", "consultant", "recruiter",
        "referee", "umpire", "fan", "spectator", "patron", "guide", "tour_guide", "receptionist", "cashier", "clerk",
        "mechanic", "inspector", "supervisor", "assistant", "accountant", "analyst", "scientist", "researcher",
        "practitioner", "clinician", "provider", "beneficiary", "dependent", "spouse", "friend", "creator", "influencer",
        "streamer", "gamer", "teammate", "captain", "shareholder", "founder", "executive", "admin", "moderator",
        "critic", "judge", "mechanic", "couple", "plumber", "electrician", "barista", "waiter", "waitress", "bartender", "tailor",
        "rep", "sales_rep", "salesperson", "representative", "associate", "stylist", "hairdresser", "barber", "groomer", "nanny",
        "babysitter", "cleaner", "janitor", "dispatcher", "paramedic", "firefighter", "librarian", "coordinator",
        "observer", "spotter", "birder", "surveyor", "ranger",
        "brewer", "taster", "setter", "baker", "sommelier", "winemaker", "farmer", "gardener", "breeder", "handler", "walker", "sitter", "scorer", "grader", "assessor", "auditor", "approver", "requester", "assignee", "reporter", "conductor", "composer", "playwright", "choreographer", "curator", "conservator", "lifeguard",
    ]
}
