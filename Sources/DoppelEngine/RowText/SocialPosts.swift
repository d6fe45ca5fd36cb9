import DoppelText

/// A short post on a social network — a tweet, a status update — in one or two lines of someone's day: no title, no
/// blog post, no meeting minutes ("The staff shared the checklist on Monday").
enum SocialPosts {
    /// Singular table names of short social posts.
    static let nouns: Set<String> = ["tweet", "status", "status_update", "toot", "skeet", "microblog", "microblog_post", "social_post"]

    static let lines = [
        "Just finished my first 10k run. Legs are jelly but totally worth it!",
        "Coffee first, emails second. That's the rule.",
        "Anyone else's commute take twice as long today?",
        "Finally tried that new ramen place downtown. 10/10, going back this weekend.",
        "Three hours of debugging and it was a missing comma. Classic.",
        "Sunday plan: farmers market, long walk, zero screens.",
        "Big news: I start my new job on Monday!",
        "The sunset tonight was unreal.",
        "Reading recommendations for a long flight? Go.",
        "Our team shipped the new release today. Proud of everyone who pushed it over the line.",
        "If you haven't watched the finale yet, stay off the internet.",
        "Rainy day, good book, hot tea. Perfect.",
        "Can't believe it's already December.",
        "Unpopular opinion: pineapple belongs on pizza.",
        "Grateful for friends who show up with soup when you're sick.",
        "New blog post is up: what a year of learning Spanish taught me.",
        "Traffic was brutal, but the concert was worth every minute.",
        "Adopted a rescue dog this weekend. Meet Biscuit!",
        "Week one of marathon training done. Only sixteen to go.",
        "Why do meetings that could be an email always run long?",
    ]

    static func write(_ r: inout CellRandom) -> String { r.pick(lines) }
}
