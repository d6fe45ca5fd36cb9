import DoppelJSON
import Foundation
import DoppelText
import DoppelEngine

/// The day's spend on disk, so a daemon that restarts (or exits when idle and
/// is started again) does not get a fresh budget.
///
/// A small JSON object — `{"day": 19675, "requests": 12, "tokens": 3400}` —
/// replaced atomically (temporary file + rename) after every change. A
/// missing file is a fresh day; an unreadable one is reported once and
/// replaced. Nothing in it is secret.
final class BudgetFile {
    let path: String
    private let warn: (String) -> Void
    private var failed = false

    init(path: String, warn: @escaping (String) -> Void) {
        self.path = path
        self.warn = warn
    }

    /// Restores `budget`'s counts from the file when they are for today.
    func load(into budget: inout SpendBudget, now: Double) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)), let json = try? JSONParser.parse(data),
              let day = json["day"]?.intValue, let requests = json["requests"]?.intValue, let tokens = json["tokens"]?.intValue
        else {
            warn("LLM budget: \(path) is unreadable or damaged; today's counts start from zero and the file is replaced")
            return
        }
        budget.restore(day: day, requests: requests, tokens: tokens, now: now)
    }

    /// Writes `budget`'s counts; after the first failure, warns once and stops trying.
    func save(_ budget: SpendBudget) {
        guard !failed else { return }
        let json: JSON = ["day": .int(budget.day), "requests": .int(budget.requests), "tokens": .int(budget.tokens)]
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try json.serializedData().write(to: url, options: .atomic)
        } catch {
            failed = true
            warn("LLM budget: writing \(path) failed (\((error as NSError).localizedDescription)); counts are kept in memory only")
        }
    }
}
