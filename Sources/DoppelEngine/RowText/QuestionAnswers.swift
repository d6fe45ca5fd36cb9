import DoppelText

/// A Q&A site's questions and answers (`questions`, `answers`): a question's title asks how to do a task in a
/// language, its body says what was tried and what went wrong, and an answer gives the way that task is done — all
/// read from the question's title, so a row's body and its answers agree with it.
enum QuestionAnswers {
    /// Tasks people ask how to do, each with the way it is done (the core of an answer).
    static let tasks: [(task: String, way: String)] = [
        ("parse a JSON string", "use the standard library's JSON decoder and handle the error it raises on malformed input"),
        ("read a CSV file line by line", "use a CSV reader and iterate over its rows instead of splitting each line on commas yourself"),
        ("sort a list of objects by a field", "pass a key function (or a comparator) that returns that field to the built-in sort"),
        ("remove duplicates from a list", "put the items in a set if order does not matter, or keep a set of seen items while you loop if it does"),
        ("convert a string to a date", "parse it with an explicit format string and a fixed time zone, not the locale's default"),
        ("merge two dictionaries", "copy the first and update it with the second, so the second one's keys win"),
        ("check if a file exists", "ask the file system API directly, and still handle the error when you open it, since it can vanish in between"),
        ("make an HTTP request with a timeout", "set the timeout on the client or the request itself; without one the call can hang forever"),
        ("format a number with thousands separators", "use the number formatting built into the language with a grouping option"),
        ("split a string on whitespace", "call split with no separator, which also drops the empty strings between repeated spaces"),
        ("get the current UTC timestamp", "ask the clock for the current time in UTC and format it as ISO 8601"),
        ("iterate over a dictionary in sorted order", "sort the keys first and look each value up, since the dictionary itself keeps no order you can rely on"),
        ("connect to a PostgreSQL database", "use the standard driver with a connection string, and keep one pool for the whole app instead of a connection per request"),
        ("write unit tests for an async function", "mark the test itself async and await the call, so the test waits for the result"),
        ("retry a failed network call", "wrap the call in a loop with a small, growing delay and a maximum number of attempts"),
        ("read environment variables with a default", "look the variable up and fall back to the default when it is missing or empty"),
        ("flatten a nested list", "loop over the inner lists and extend one result list, or use the language's flat-map"),
        ("round a float to two decimals", "round only when you display it; for money, keep a decimal type so the sums stay exact"),
        ("count how often each word appears", "lower-case the words and count them in a dictionary (or a counter type) in one pass"),
        ("run two tasks in parallel and wait for both", "start both tasks, then await them together, so the total time is the slower one, not the sum"),
        ("debounce a function call", "keep a timer, reset it on every call, and run the function only when the timer fires"),
        ("validate an email address", "check for one @ and a dot in the domain, then send a confirmation mail; a full regex will still reject real addresses"),
        ("hash a password", "use a slow password hash such as bcrypt or Argon2 with a per-user salt, never a plain SHA"),
        ("paginate a database query", "order by a unique column and ask for the rows after the last one you saw, which stays fast on large tables"),
    ]
    static let languages = ["Python", "JavaScript", "TypeScript", "Java", "C#", "Go", "Rust", "Ruby", "PHP", "Kotlin", "Swift", "Bash"]

    /// "How do I parse a JSON string in Go?"
    static func title(_ r: inout CellRandom) -> String {
        let task = tasks[r.below(tasks.count)].task, lang = languages[r.below(languages.count)]
        switch r.below(4) {
        case 0: return "How do I \(task) in \(lang)?"
        case 1: return "What's the best way to \(task) in \(lang)?"
        case 2: return "\(lang): how to \(task)?"
        default: return "How can I \(task) in \(lang) without an external library?"
        }
    }

    /// The task and language a question's title asks about, when it names them.
    static func asked(_ title: String?) -> (task: String, way: String, lang: String?)? {
        guard let title, let hit = tasks.first(where: { title.contains($0.task) }) else { return nil }
        return (hit.task, hit.way, languages.first { title.contains($0) })
    }

    /// What was tried and what went wrong, for the task the title asks about.
    static func body(title: String?, _ r: inout CellRandom) -> String {
        let tried = r.pick(["I wrote a small loop for it, but it feels clumsy.", "I found an old answer, but it uses an API that has since been removed.",
                            "My first attempt works on the sample data.", "I tried the approach from the official tutorial.",
                            "I have a version that works, but a colleague said it is not idiomatic."])
        let wrong = r.pick(["It gets very slow once the input is a few hundred megabytes.", "It fails on the second record with an error I don't understand.",
                            "It works locally but not in our CI pipeline.", "The result is off for a few edge cases, like empty input.",
                            "It passes the tests, but I'm not sure it handles errors properly."])
        let ask = r.pick(["What is the idiomatic way to do this?", "What am I missing?", "Any pointers appreciated.",
                          "Is there a cleaner way?", "How do people usually handle this?"])
        guard let q = asked(title) else { return tried + " " + wrong + " " + ask }
        let lang = q.lang.map { " in " + $0 } ?? ""
        return "I'm trying to \(q.task)\(lang). " + tried + " " + wrong + " " + ask
    }

    /// An answer to the question titled `question`: the way its task is done.
    static func answer(question: String?, _ r: inout CellRandom) -> String {
        let extra = r.pick(["That also covers the empty case.", "The official docs have a short example of exactly this.",
                            "Measure it on your real data before optimising further.", "Wrap it in a small function so you can test it on its own.",
                            "", "Edit: as a comment below points out, this needs a recent version.",
                            "Your version fails because it assumes the input is never empty.", "I'd avoid doing it by hand; the edge cases add up.",
                            "This has been stable since the last major release.", "We do exactly this in production and it holds up fine.",
                            "Don't catch the error silently, or you'll never know it happened.", "Add a test with the input that broke it first."])
        guard let q = asked(question) else {
            return r.pick(["Can you share the exact error message and a minimal example? It's hard to tell from the description.",
                           "I had the same problem; updating to the latest version fixed it for me.",
                           "Break it into smaller steps and check each one on its own; the problem is usually in the first."]) + (extra.isEmpty ? "" : " " + extra)
        }
        let lead = q.lang.map { r.pick(["In \($0), ", "The usual way in \($0) is to ", "With \($0) you can ", "In modern \($0), just ",
                                        "Short answer: in \($0), ", "The cleanest way in \($0) is to "]) } ?? r.pick(["", "You can "])
        let sentence = TextPolish.capitalised(lead + q.way) + "."
        return extra.isEmpty ? sentence : sentence + " " + extra
    }

    /// A comment under an answer: it worked, a caveat, a request for more.
    static let answerComments = [
        "This worked for me, thanks.", "Does this still work with the latest version?", "Careful: this breaks if the input has trailing whitespace.",
        "This should be the accepted answer.", "Could you add a short example?", "I'd add error handling around the second step.",
        "Tried this on a large file and it's fast enough.", "Nice, much cleaner than what I had.", "Worth mentioning that this needs version 3 or later.",
        "Why not use the built-in function for this?", "Saved me an afternoon, thank you.", "Works, but it's slower than the loop for small inputs.",
    ]

    /// A comment under a question: asking for what is missing.
    static let questionComments = [
        "Can you show the full error message?", "What version are you on?", "Please add a minimal example that reproduces it.",
        "Have you tried it with a smaller input?", "What have you tried so far?", "Is the input always valid, or can it be empty?",
        "This looks like a duplicate of an older question; did the answers there not help?", "Which operating system is this on?",
    ]
}
