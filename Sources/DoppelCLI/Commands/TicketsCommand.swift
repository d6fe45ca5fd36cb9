import DoppelJSON

extension Command {
    static let tickets = Command(
        "tickets", summary: "Generate customer support tickets (tickets.generate)",
        discussion: """
            Prints an array of tickets with subject, body, priority, category, status, channel, customer,
            and created/first-response/resolved times in order. --priority-mix is typical, balanced, or
            weights such as urgent=1,low=3; --channels a comma list of email, chat, phone, web, social.
            """,
        flags: [
            Flag("product", value: .text("NAME"), help: "The product, by name (\"Acme CRM\") or type (saas) (required)"),
            Flag("count", value: .number("N"), help: "How many tickets, 1 to 200 (required)"),
            Flag("priority-mix", value: .text("MIX"), help: "typical (default), balanced, or weights: urgent=1,high=2,medium=3,low=4"),
            Flag("channels", value: .text("LIST"), help: "Channels to draw from, comma-separated: email,chat,phone,web,social"),
        ] + TextCommand.commonFlags,
        run: { arguments, context in
            var params = try TextCommand.commonParams(arguments)
            params["product"] = .string(try arguments.requiredValue("product", "a product name or type"))
            params["count"] = .int(try arguments.requiredInteger("count", "how many tickets, 1 to 200"))
            if let mix = arguments.value("priority-mix") { params["priorityMix"] = try priorityMix(mix, arguments) }
            if let channels = arguments.value("channels") {
                params["channels"] = .array(channels.split(separator: ",").map { .string(String($0).trimmed) })
            }
            return try TextCommand.run("tickets.generate", params: params, arguments: arguments, context: context)
        })

    /// `typical`/`balanced` as given; `urgent=1,low=3` as an object of weights.
    private static func priorityMix(_ text: String, _ arguments: ParsedArguments) throws -> JSON {
        guard text.contains("=") else { return .string(text) }
        var weights = JSONObject()
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard pair.count == 2, !pair[0].isEmpty, let weight = Double(pair[1]) else {
                throw UsageError("--priority-mix expects typical, balanced or PRIORITY=WEIGHT pairs such as urgent=1,low=3, got '\(part)'",
                                 commandPath: arguments.commandPath)
            }
            weights[pair[0]] = weight == weight.rounded() && abs(weight) < 1e15 ? .int(Int64(weight)) : .double(weight)
        }
        return .object(weights)
    }
}
