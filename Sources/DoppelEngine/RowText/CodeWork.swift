import DoppelText

/// The words of work on code: an issue in a repository is a bug report or a feature request about
/// a part of the software, a pull request a change to one, a repository a component's slug.
enum CodeWork {
    /// Parts of a program that issues and changes are about.
    static let components = ["config loader", "CLI", "HTTP client", "cache", "parser", "scheduler", "CSV exporter",
                             "auth middleware", "date formatter", "logger", "retry logic", "build script", "search index",
                             "upload handler", "migration runner", "plugin loader"]
    static let symptoms = ["crashes on empty input", "ignores the timeout setting", "fails on Windows paths", "leaks memory under load",
                           "returns stale results", "hangs when the network drops", "breaks with Unicode file names",
                           "throws on a missing optional field", "logs the same warning twice", "is slow on large files"]
    static let features = ["a --dry-run flag", "retry with backoff", "JSON output", "proxy support", "a progress bar",
                           "streaming uploads", "a config file in the home directory", "shell completions"]
    static let docTopics = ["how to configure logging", "the upgrade steps for v2", "the release process",
                            "the environment variables", "running the tests locally"]
    static let dependencies = ["lodash", "requests", "serde", "express", "pytest", "eslint", "tokio", "jackson-databind", "axios", "urllib3"]

    /// An issue's title: mostly a bug in a component, else a feature or a docs request.
    static func issueTitle(_ r: inout CellRandom) -> String {
        let c = r.pick(components)
        switch r.below(10) {
        case 0..<6: return TextPolish.capitalised(c) + " " + r.pick(symptoms)
        case 6, 7: return "Add " + r.pick(features) + " to the " + c
        case 8: return "Docs: explain " + r.pick(docTopics)
        default: return "Flaky test in the " + c
        }
    }

    /// A pull request's title: a fix, a feature, a refactor, a dependency bump or docs.
    static func changeTitle(_ r: inout CellRandom) -> String {
        let c = r.pick(components)
        switch r.below(10) {
        case 0..<4: return "Fix " + c + " that " + r.pick(symptoms).replacingOccurrences(of: "is slow", with: "was slow")
        case 4, 5: return "Add " + r.pick(features) + " to the " + c
        case 6: return "Refactor the " + c
        case 7:
            let major = 1 + r.below(5), minor = r.below(20)
            return "Bump \(r.pick(dependencies)) from \(major).\(minor).\(r.below(10)) to \(major).\(minor + 1).0"
        case 8: return "Update docs on " + r.pick(docTopics)
        default: return "Speed up the " + c
        }
    }

    /// An issue's body, written around its own title: a request for a request, else a bug report.
    static func issueBody(title: String?, _ r: inout CellRandom) -> String {
        let version = "\(1 + r.below(4)).\(r.below(15)).\(r.below(10))"
        let os = r.pick(["Ubuntu 22.04", "macOS 14", "Windows 11", "Debian 12", "Fedora 39"])
        if let t = title, t.hasPrefix("Add ") || t.hasPrefix("Docs:") {
            let ask = t.hasPrefix("Docs:") ? "The docs do not say " + t.dropFirst("Docs: explain ".count) + "." : "It would help to " + lowerFirst(t) + "."
            return ask + " " + r.pick(["Right now I work around it with a small script.", "Several people asked about this in discussions.",
                                       "I am happy to open a pull request if this sounds right.", "Other tools in this space already do it."])
        }
        if let t = title, t.hasPrefix("Flaky test in the ") {
            return "The test for the " + t.dropFirst("Flaky test in the ".count) + " fails about one run in ten on CI (\(os)), and passes on a retry. "
                + r.pick(followUps)
        }
        let what = title.map { "the " + lowerFirst($0) } ?? "it fails"
        return "Seen on version \(version) (\(os)). Steps to reproduce: " + r.pick(reproductions) + ". Expected it to work as documented; instead "
            + what + ". " + r.pick(followUps)
    }

    /// "Parser fails" → "parser fails"; an initialism stays ("CLI crashes").
    static func lowerFirst(_ s: String) -> String {
        guard let first = s.first, s.dropFirst().first?.isLowercase ?? false else { return s }
        return first.lowercased() + s.dropFirst()
    }

    static let reproductions = ["install the latest release, run it with the default config and watch the output",
                                "clone the repository, run the example in the README and wait a minute",
                                "start a fresh project, add the package and call it with an empty file",
                                "run the test suite twice in a row"]
    static let followUps = ["Full log attached.", "Happens every time for me.", "It worked in the previous release.",
                            "Happy to test a fix.", "Could be related to the last refactor."]

    /// A repository's name: a component and what it is, as a slug (`payments-api`).
    static func repositoryName(_ r: inout CellRandom) -> String {
        r.pick(["payments", "auth", "billing", "search", "web", "mobile", "data", "infra", "docs", "analytics", "notifications",
                "inventory", "checkout", "design", "ml"]) + "-" + r.pick(["api", "service", "frontend", "app", "pipeline",
                "terraform", "site", "sdk", "worker", "cli", "dashboard", "lib"])
    }
}
