extension Command {
    static let feedback = Command(
        "feedback", summary: "Generate customer feedback with an exact sentiment mix (feedback.generate)",
        discussion: """
            Prints {"success": true, "data": [...]}: each item has an id, a rating that agrees with its
            sentiment, a title, the review and a timestamp. Product types: mobile_app, web_app, ecommerce,
            saas, game, hardware, restaurant, hotel, airline, bank, healthcare, education, streaming,
            car_rental, food_delivery, fitness, telecom, insurance.
            """,
        flags: [
            Flag("product-type", value: .text("TYPE"), help: "What is reviewed, e.g. mobile_app or hotel (required)"),
            Flag("sentiment-mix", value: .choice(["balanced", "positive", "negative", "mixed"]), help: "The sentiment mix (required)"),
            Flag("count", value: .number("N"), help: "How many items, 1 to 50 (required)"),
            Flag("complexity", value: .choice(["simple", "medium", "complex"]), help: "Length and detail (default medium)"),
        ] + TextCommand.commonFlags,
        run: { arguments, context in
            var params = try TextCommand.commonParams(arguments)
            params["productType"] = .string(try arguments.requiredValue("product-type", "a product type such as mobile_app"))
            params["sentimentMix"] = .string(try arguments.requiredValue("sentiment-mix", "balanced, positive, negative or mixed"))
            params["feedbackCount"] = .int(try arguments.requiredInteger("count", "how many items, 1 to 50"))
            if let complexity = arguments.value("complexity") { params["complexityLevel"] = .string(complexity) }
            return try TextCommand.run("feedback.generate", params: params, arguments: arguments, context: context)
        })
}
