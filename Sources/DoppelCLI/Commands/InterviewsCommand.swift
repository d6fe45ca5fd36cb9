extension Command {
    static let interviews = Command(
        "interviews", summary: "Generate interview questions with ideal answers and rubrics (interviews.generate)",
        discussion: "Prints an array of questions, each with its type, difficulty, an ideal answer and a short rubric.",
        flags: [
            Flag("role", value: .text("ROLE"), help: "The role interviewed for, e.g. \"backend engineer\" (required)"),
            Flag("level", value: .text("LEVEL"), help: "junior, mid, senior or lead (synonyms such as entry or staff work) (required)"),
            Flag("count", value: .number("N"), help: "How many questions, 1 to 50 (required)"),
            Flag("question-type", value: .choice(["technical", "behavioral", "situational", "mixed"]),
                 help: "The kind of questions (default mixed)"),
        ] + TextCommand.commonFlags,
        run: { arguments, context in
            var params = try TextCommand.commonParams(arguments)
            params["role"] = .string(try arguments.requiredValue("role", "the role interviewed for"))
            params["level"] = .string(try arguments.requiredValue("level", "junior, mid, senior or lead"))
            params["count"] = .int(try arguments.requiredInteger("count", "how many questions, 1 to 50"))
            if let type = arguments.value("question-type") { params["questionType"] = .string(type) }
            return try TextCommand.run("interviews.generate", params: params, arguments: arguments, context: context)
        })
}
