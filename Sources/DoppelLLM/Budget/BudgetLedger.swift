import Foundation
import DoppelProtocol

/// The day's spend as the service keeps it: a `SpendBudget` behind a lock,
/// saved to its `BudgetFile` after every change.
///
/// A lock rather than actor state so `status` — answered on a connection's
/// reader thread, which must not wait on an actor — can read the figures at
/// any time.
///
/// `@unchecked Sendable`: `budget` and `file` are reached only under `lock`.
final class BudgetLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var budget: SpendBudget
    private let file: BudgetFile?

    init(budget: SpendBudget, file: BudgetFile?) {
        self.budget = budget
        self.file = file
    }

    /// Counts one request, or returns `RATE_LIMIT_EXCEEDED` when the day's budget is spent.
    func admit(now: Double) -> RequestError? {
        lock.withLock {
            if let refusal = budget.admit(now: now) { return refusal }
            file?.save(budget)
            return nil
        }
    }

    /// Adds the tokens an answer used.
    func record(tokens: Int, now: Double) {
        lock.withLock {
            budget.record(tokens: tokens, now: now)
            file?.save(budget)
        }
    }

    /// The counts as of `now` and the seconds until they reset.
    func snapshot(now: Double) -> (SpendBudget, resetsInSeconds: Int) {
        lock.withLock { (budget.current(now: now), budget.secondsUntilReset(now: now)) }
    }
}
