/// Messages people write, from their row: a donation's or a gift's note to the
/// cause or the person it is for, one person's message to another in a chat, an
/// enquiry sent through a contact form, and a photo's or post's caption about
/// what it shows. Each names only what the row holds (the campaign, the
/// recipient's first name, the pet in the photo) and otherwise says what anyone
/// might, so no sentence is tied to one domain.
enum MessageWriter {
    /// What a message is, by the record it belongs to.
    enum Occasion: Sendable {
        /// Money given to a cause (a donation, a pledge, a contribution).
        case donation
        /// A present for a person (a gift, a card).
        case gift
        /// One person writing to another (a message, a chat, a text).
        case chat
        /// Someone writing to a business (an enquiry, a contact-form submission).
        case enquiry
        /// A customer's note with something they booked, ordered or applied for.
        case request

        init?(entityWords words: Set<String>) {
            func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
            if any(["donation", "donations", "pledge", "pledges", "contribution", "contributions", "tribute", "tributes",
                    "sponsorship", "sponsorships", "fundraiser", "fundraisers"]) {
                self = .donation
            } else if any(["gift", "gifts", "card", "cards", "greeting", "greetings", "dedication", "dedications"]) {
                self = .gift
            } else if any(["inquiry", "inquiries", "enquiry", "enquiries", "contact", "contacts", "submission", "submissions", "lead", "leads"]) {
                self = .enquiry
            } else if any(["message", "messages", "chat", "chats", "dm", "dms", "text", "texts", "sms", "reply", "replies",
                           "conversation", "conversations", "email", "emails", "letter", "letters"]) {
                self = .chat
            } else if any(["booking", "bookings", "reservation", "reservations", "appointment", "appointments", "order", "orders",
                           "adoption", "adoptions", "application", "applications", "registration", "registrations", "rsvp", "rsvps"]) {
                self = .request
            } else {
                return nil
            }
        }
    }

    /// What the message reads of its row, each nil when the row has none.
    struct Row {
        /// The first name of whoever wrote it (a donor, a sender).
        var writer: String?
        /// The first name of whom it is for (a chat's recipient).
        var recipient: String?
        /// The name of what it is about (a campaign, a pet, a listing).
        var subject: String?
        /// What a gift is for (its row's `occasion`: Birthday, Sympathy).
        var occasion: String? = nil
    }

    static func message(_ occasion: Occasion, _ row: Row, _ r: inout CellRandom) -> String {
        switch occasion {
        case .donation: return donation(row, &r)
        case .gift: return gift(row, &r)
        case .chat: return chat(row, &r)
        case .enquiry: return enquiry(row, &r)
        case .request: return request(row, &r)
        }
    }

    /// Lines that need nothing from the row, by occasion; the others name its subject.
    static let donationLines = ["Keep up the wonderful work!", "Happy to help. Every bit counts.", "In memory of my grandmother, who cared about this.",
                                "Thank you for all you do.", "In honour of my parents' anniversary.", "Sending love and support.",
                                "Wishing you every success.", "Glad to give what I can this year.", "A small thank-you for the help my family received."]
    static let giftLines = ["Happy birthday! Hope you love it.", "Congratulations on the new job!", "Merry Christmas, with love.",
                            "Thinking of you. Enjoy!", "Happy anniversary! Here's to many more.", "Thank you for everything this year.",
                            "Get well soon.", "Something small to say thank you.", "Congratulations, you earned it!"]
    static let chatLines = ["Are we still on for Thursday?", "Running about ten minutes late, sorry!", "Thanks for yesterday, it was great to catch up.",
                            "Did you get a chance to look at what I sent?", "Sounds good, see you at 7.", "Can you call me when you're free?",
                            "Just got home. Talk tomorrow?", "Could you send me the address again?", "Great news, congratulations!",
                            "No worries, we can move it to next week.", "I'll bring the snacks. Anything else we need?",
                            "Happy birthday! Hope you have a lovely day.", "On my way now.", "Let me know what time works for you."]
    static let enquiryLines = ["Hello, could you tell me your opening hours at the weekend?", "Hi, do you have any availability next week?",
                               "I placed an order last week and haven't had a confirmation yet. Could you check?",
                               "Is it possible to change the date of my booking?", "Could someone call me back about pricing?",
                               "Hello, do you offer discounts for groups?", "I'd like to know more about what you offer. Could you send me the details?"]
    /// Lines that fit a booking, an order and an application alike (nothing about arriving or delivery).
    static let requestLines = ["Celebrating a birthday!", "Please call me if anything changes.", "Looking forward to it!",
                               "Could you confirm by email, please?", "Happy to be contacted by text.", "Thank you so much!",
                               "Let me know if you need anything else from me.", "It's my first time, so any tips are welcome."]
    static let captionLines = ["Golden hour by the lake.", "Sunday morning coffee.", "Weekend hike with the best views.", "City lights after the rain.",
                               "Fresh bread straight from the oven.", "First snow of the year.", "Beach day with friends.",
                               "The garden is finally blooming.", "Street art downtown.", "Late-night study session.", "Road trip, day two.",
                               "Dinner with the family.", "Morning run along the river.", "New week, new goals."]

    static func donation(_ row: Row, _ r: inout CellRandom) -> String {
        var options = donationLines
        if let s = row.subject {
            options += ["Proud to support \(s).", "For \(s), with love.", "Good luck with \(s)!", "Happy to help \(s) reach its goal."]
        }
        return signed(options[r.below(options.count)], by: row.writer, &r)
    }

    /// A gift's card by what the gift is for, by a word of its occasion.
    static let giftLinesByOccasion: [(words: Set<String>, lines: [String])] = [
        (["birthday"], ["Happy birthday! Hope you love it.", "Happy birthday! Have a wonderful day."]),
        (["anniversary"], ["Happy anniversary! Here's to many more.", "Happy anniversary, my love."]),
        (["sympathy", "condolence", "condolences", "funeral", "memorial"], ["Thinking of you in this difficult time.", "With deepest sympathy."]),
        (["get", "recovery", "well"], ["Get well soon.", "Wishing you a speedy recovery."]),
        (["baby", "birth", "newborn"], ["Welcome to the world, little one!", "Congratulations on your new arrival!"]),
        (["wedding", "engagement"], ["Congratulations on your wedding day!", "Wishing you a lifetime of happiness together."]),
        (["thank", "thanks", "appreciation"], ["Thank you for everything this year.", "Something small to say thank you."]),
        (["congratulations", "graduation", "promotion"], ["Congratulations, you earned it!", "Congratulations on the new job!"]),
        (["christmas", "holiday", "holidays"], ["Merry Christmas, with love.", "Happy holidays!"]),
        (["valentine", "valentine's", "valentines"], ["Happy Valentine's Day!", "Be mine, Valentine."]),
        (["mother's", "mothers", "mother"], ["Happy Mother's Day!"]),
        (["because", "love", "romance"], ["Thinking of you. Enjoy!", "Just because. Hope this makes you smile."]),
    ]

    static func gift(_ row: Row, _ r: inout CellRandom) -> String {
        let words = Set((row.occasion ?? "").lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init))
        let lines = giftLinesByOccasion.first { !$0.words.isDisjoint(with: words) }?.lines ?? giftLines
        let text = lines[r.below(lines.count)]
        guard let name = row.recipient else { return signed(text, by: row.writer, &r) }
        return signed("Dear \(name), " + lowerFirst(text), by: row.writer, &r)
    }

    static func chat(_ row: Row, _ r: inout CellRandom) -> String {
        var text = chatLines[r.below(chatLines.count)]
        if r.chance(0.35) {
            let second = chatLines[r.below(chatLines.count)]
            if second != text { text += " " + second }
        }
        if let name = row.recipient, r.chance(0.5) { text = "Hi \(name)! " + text }
        return text
    }

    static func enquiry(_ row: Row, _ r: inout CellRandom) -> String {
        var options = enquiryLines
        if let s = row.subject { options += ["Hi, is \(s) still available?", "I'd like to know more about \(s). Could you send me the details?"] }
        let text = options[r.below(options.count)]
        guard let w = row.writer else { return text }
        return text + " Thanks, \(w)"
    }

    static func request(_ row: Row, _ r: inout CellRandom) -> String {
        var options = requestLines
        if let s = row.subject { options += ["So excited about \(s)!", "Any updates on \(s) would be great."] }
        return signed(options[r.below(options.count)], by: row.writer, &r)
    }

    /// A caption for a photo or post: what it shows, by name when the row references it (a pet,
    /// a place, a dish), else a scene anyone might post.
    static func caption(_ row: Row, _ r: inout CellRandom) -> String {
        if let s = row.subject, r.chance(0.75) {
            // Lines that fit whatever the subject is: a pet, a dish, a place, a product.
            let options = ["\(s), up close.", "Can't get enough of \(s).", "Finally got a good shot of \(s).", "A closer look at \(s).",
                           "\(s), as promised.", "Had to share \(s).", "\(s) today."]
            return options[r.below(options.count)]
        }
        return captionLines[r.below(captionLines.count)]
    }

    static func signed(_ text: String, by writer: String?, _ r: inout CellRandom) -> String {
        guard let writer, r.chance(0.4) else { return text }
        return text + " - " + writer
    }

    static func lowerFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        // A name keeps its capital ("Merry Christmas").
        if s.hasPrefix("Merry Christmas") { return s }
        return f.lowercased() + s.dropFirst()
    }
}
