extension Command {
    static let conversations = Command(
        "conversations", summary: "Generate chat conversations on a scenario (conversations.generate)",
        discussion: """
            Prints an array of {"conv_prefix": [...], "response": {...}} rows: TURNS user messages
            alternating with the assistant's replies, then the assistant's response.
            """,
        flags: [
            Flag("prompt", value: .text("TEXT"), help: "The scenario, e.g. \"customer service chats about billing problems\" (required)"),
            Flag("count", value: .number("N"), help: "How many conversations, 1 to 100 (required)"),
            Flag("turns", value: .number("T"), help: "User messages per conversation, 1 to 10 (required)"),
        ] + TextCommand.commonFlags,
        run: { arguments, context in
            var params = try TextCommand.commonParams(arguments)
            params["prompt"] = .string(try arguments.requiredValue("prompt", "the scenario in plain language"))
            params["count"] = .int(try arguments.requiredInteger("count", "how many conversations, 1 to 100"))
            params["turns"] = .int(try arguments.requiredInteger("turns", "user messages per conversation, 1 to 10"))
            return try TextCommand.run("conversations.generate", params: params, arguments: arguments, context: context)
        })
}
