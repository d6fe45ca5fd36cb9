extension DomainCatalogue {
    /// Words of a support desk or a call centre, where an agent answers customers.
    static let supportWords: Set<String> = ["call", "calls", "callcenter", "support", "helpdesk", "ticket", "tickets", "chat", "chats",
                                            "inquiry", "inquiries", "enquiries", "servicedesk", "csat"]

    /// A support or call-centre agent: a team and a shift, not an estate agent's licence (`SchemaAssembler.classify`).
    static let supportAgents = EntityTemplate("agents representatives reps", .person,
        "team_id|center_id|site_id, first_name, last_name, email, team:string enum values=Billing:3|Technical~Support:4|Sales:2|Retention:1.5|General~Enquiries:3, shift:string enum values=morning:4|afternoon:4|evening:2|night:1, hire_date")
}
