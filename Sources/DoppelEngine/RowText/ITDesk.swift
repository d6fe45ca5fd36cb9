import DoppelText

/// An internal IT help desk's tickets and the comments under them: a colleague's laptop, VPN, access or printer
/// problem, what they tried, and the desk's questions and fixes — not a shop's parcel complaints. A ticket's subject
/// and body come from one problem; a comment is read from its ticket's subject, so it is about the same problem.
enum ITDesk {
    struct Problem {
        /// What kind of problem it is, by the words a ticket category may call it, most specific first.
        let kinds: [String]
        let subjects: [String]
        let body: String
        let tried: String
        /// What the desk asks first.
        let question: String
        /// What the desk did that fixed it.
        let fixes: [String]
    }

    static let problems: [Problem] = [
        Problem(kinds: ["hardware", "laptop", "device", "equipment", "technical"], subjects: ["Laptop won't turn on", "Laptop not booting after update", "Black screen on my laptop"],
                body: "My laptop won't get past the logo screen since this morning's update.",
                tried: "I've held the power button for 30 seconds and tried a different charger.",
                question: "Is the charging light on when it's plugged in? The asset tag on the bottom would help too.",
                fixes: ["Booted it into recovery and rolled back the update; it starts normally now.",
                        "The drive was failing, so I've set you up with a loaner laptop while we replace it."]),
        Problem(kinds: ["network", "vpn", "connectivity", "remote", "technical"], subjects: ["VPN keeps disconnecting", "Can't connect to VPN from home"],
                body: "The VPN drops every 10–15 minutes when I work from home, and I lose my connection to the file server.",
                tried: "I've restarted the VPN client and my router.",
                question: "Does it drop on other Wi-Fi networks too, or only at home?",
                fixes: ["I've pushed a new VPN profile to your laptop; restart the client and sign in again.",
                        "Your VPN certificate had expired. It's renewed now, so the connection should hold."]),
        Problem(kinds: ["access", "permissions", "permission", "account", "request"], subjects: ["Need access to the team shared drive", "Access request: shared drive"],
                body: "I've moved to a new team and need read and write access to the team's shared drive.",
                tried: "My manager has already approved it by email.",
                question: "Could your manager reply here to approve the access?",
                fixes: ["Access granted. Sign out and back in, and the drive will appear in File Explorer."]),
        Problem(kinds: ["account", "access", "password", "identity", "login"], subjects: ["Locked out of my account", "Password reset not working"],
                body: "My account got locked after I changed my password, and now I can't sign in to email or Teams.",
                tried: "The self-service reset page says my account is locked.",
                question: "Can you confirm the last four digits of your employee ID?",
                fixes: ["I've unlocked your account and sent a temporary password to your phone. You'll be asked to change it."]),
        Problem(kinds: ["email", "mail", "software", "application", "technical"], subjects: ["Outlook not syncing", "Emails stuck in my outbox"],
                body: "Outlook stopped receiving new emails yesterday afternoon, although webmail shows them fine.",
                tried: "I've restarted Outlook and my laptop.",
                question: "Does webmail show the new messages, and is there an error at the bottom of Outlook?",
                fixes: ["Your mailbox was over its quota; I've archived older items and it's syncing again.",
                        "I've rebuilt your Outlook profile. It may take an hour to download everything."]),
        Problem(kinds: ["printing", "printer", "hardware", "equipment", "technical"], subjects: ["Printer on the 3rd floor not working", "Can't print to the office printer"],
                body: "The printer by the kitchen on the 3rd floor shows as offline, and nobody on our side can print.",
                tried: "I've turned it off and on again.",
                question: "Is there an error code on the printer's display?",
                fixes: ["The printer had picked up a new IP address; I've reserved it and re-added it for everyone.",
                        "Replaced the fuser unit, and it's printing again."]),
        Problem(kinds: ["onboarding", "new", "access", "request", "hardware"], subjects: ["New starter setup for Monday", "Laptop and accounts for a new hire"],
                body: "We have a new team member starting on Monday who needs a laptop, an email account and access to our project tools.",
                tried: "HR has already sent over the start paperwork.",
                question: "Which software and shared drives will they need?",
                fixes: ["The laptop is imaged and the accounts are created; it'll be ready at the IT desk from 9 on Monday."]),
        Problem(kinds: ["hardware", "monitor", "equipment", "device", "technical"], subjects: ["Second monitor not detected", "Docking station not working"],
                body: "My second monitor stays black when I plug my laptop into the docking station.",
                tried: "I've tried another cable and another port.",
                question: "Does the monitor work if you plug it straight into the laptop?",
                fixes: ["Updated the docking station's firmware; both screens work now.",
                        "Swapped the docking station; the old one had a faulty port."]),
        Problem(kinds: ["software", "install", "application", "request", "technical"], subjects: ["Software install request: PDF editor", "Need a PDF editor installed"],
                body: "I need the PDF editor installed so I can sign and edit contracts.",
                tried: "My manager has approved the licence.",
                question: "Has your manager approved the licence cost?",
                fixes: ["Installed and licensed; you'll find it in the Start menu."]),
        Problem(kinds: ["network", "wifi", "wi", "connectivity", "technical"], subjects: ["Office Wi-Fi very slow", "Wi-Fi dropping in the meeting rooms"],
                body: "The office Wi-Fi keeps dropping in the 4th-floor meeting rooms, and video calls freeze.",
                tried: "It's the same on my phone and my laptop.",
                question: "Which meeting room were you in, and at what time?",
                fixes: ["We've added an access point by the meeting rooms; the signal should be much better now."]),
        Problem(kinds: ["software", "application", "audio", "technical"], subjects: ["Microphone not working in Teams", "People can't hear me on calls"],
                body: "People can't hear me in Teams calls, although the microphone works in other apps.",
                tried: "I've reinstalled Teams.",
                question: "Which headset are you using, and is it plugged in or Bluetooth?",
                fixes: ["Teams was set to the monitor's microphone; I've switched it to your headset."]),
        Problem(kinds: ["security", "phishing", "email", "technical"], subjects: ["Suspicious email received", "Possible phishing email"],
                body: "I got an email asking me to confirm my password on a page that looks like ours. I haven't clicked the link.",
                tried: "I've marked it as junk.",
                question: "Could you forward it to us as an attachment?",
                fixes: ["Thanks for reporting it. It was phishing; we've blocked the sender and removed it from every mailbox."]),
        Problem(kinds: ["mobile", "phone", "email", "device", "hardware", "technical"], subjects: ["Set up work email on my new phone", "Company phone not getting email"],
                body: "I've got a new company phone and can't get my work email and calendar on it.",
                tried: "I added the account in the mail app, but it keeps asking for my password.",
                question: "Is it an iPhone or an Android phone?",
                fixes: ["Enrolled the phone in device management; your email and calendar will appear in a few minutes."]),
        Problem(kinds: ["hardware", "peripherals", "equipment", "device", "request"], subjects: ["Keyboard keys not working", "Need a replacement keyboard"],
                body: "Several keys on my keyboard have stopped working.",
                tried: "I've changed the batteries.",
                question: "Is it the wireless keyboard or the laptop's own?",
                fixes: ["I've left a new keyboard on your desk."]),
    ]

    static let askForHelp = ["Could someone take a look?", "Can someone help today? I have a deadline.",
                             "Please let me know what to try next.", "Could you have a look when you get a chance?"]
    /// What the person who raised the ticket writes back.
    static let followUps = ["That fixed it, thanks!", "Still happening after the restart, I'm afraid.",
                            "Thanks, I'll try that and let you know.", "I'm at my desk until 5 if you want to come by.",
                            "It worked for a day and now it's back.", "All good now. You can close this."]

    /// Whether a dataset's words (singular) are an organisation's own IT desk: IT support or an IT help desk, `itsm`, or
    /// a help or service desk whose tickets come from `colleagues` (employees, staff), not customers.
    static func isInternal(_ words: Set<String>, requesters: String?) -> Bool {
        if words.contains("itsm") || words.contains("it") && !words.isDisjoint(with: ["support", "help", "helpdesk", "desk", "service",
                                                                                       "servicedesk", "department", "team"]) {
            return true
        }
        let desk = !words.isDisjoint(with: ["helpdesk", "servicedesk"]) || words.contains("desk") && !words.isDisjoint(with: ["help", "service"])
        let colleagues: Set<String> = ["employee", "staff", "worker", "personnel", "colleague", "staff_member", "agent_user"]
        return desk && requesters.map { colleagues.contains(Inflector.singular(KindInference.head(ofEntity: $0).lowercased())) } ?? false
    }

    /// A ticket's subject and body about one problem, written as the channel carries it.
    static func ticket(requester: String, channel: TicketChannel, _ r: inout CellRandom) -> TicketText {
        let p = problems[r.below(problems.count)]
        let subject = r.pick(p.subjects)
        let ask = r.pick(askForHelp)
        let body: String
        switch channel {
        case .email: body = "Hi IT,\n\n\(p.body) \(p.tried) \(ask)\n\nThanks,\n\(requester)"
        case .chat: body = "hi, \(p.body.prefix(1).lowercased() + p.body.dropFirst()) \(p.tried)"
        case .phone: body = "\(requester) called: \(p.body.prefix(1).lowercased() + p.body.dropFirst()) \(p.tried)"
        case .web, .social: body = "\(p.body) \(p.tried) \(ask)"
        }
        return TicketText(subject: subject, body: body)
    }

    /// The problem a ticket titled `subject` is about; nil for a title none of them has.
    static func problem(ofSubject subject: String) -> Problem? {
        problems.first { $0.subjects.contains(subject) }
    }

    /// The value of `values` (a ticket's listed categories) that names the problem of the ticket titled `subject`:
    /// a docking station is `hardware` (or `technical`), a locked account `account`; nil when none does.
    static func category(ofSubject subject: String, among values: [String]) -> String? {
        guard let p = problem(ofSubject: subject) else { return nil }
        let words = values.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        for kind in p.kinds {
            if let i = words.firstIndex(where: { $0.contains(kind) }) { return values[i] }
        }
        return nil
    }

    /// A comment under the ticket titled `subject`: the desk's question or fix for its problem, or the requester's
    /// reply.
    static func comment(onTicket subject: String?, _ r: inout CellRandom) -> String {
        guard let subject, let p = problem(ofSubject: subject) else {
            return r.pick(["Looking into this now.", "Can you send a screenshot of the error?", "Thanks, I'll try that and let you know.",
                           "Fixed on our side; please check and let us know."])
        }
        switch r.below(3) {
        case 0: return p.question
        case 1: return r.pick(p.fixes)
        default: return r.pick(followUps)
        }
    }
}
