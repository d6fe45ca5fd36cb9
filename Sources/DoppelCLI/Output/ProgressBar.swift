import DoppelPOSIX
import DoppelProtocol

/// A one-line progress bar on standard error, from `$/progress`, drawn only
/// when standard error is a terminal and the run has lasted over a second.
final class ProgressBar {
    private let console: any Console
    private let started = MonotonicClock.nanoseconds()
    private let delayNanos: UInt64
    private var drawn = false
    static let width = 30

    /// - Parameter delayNanos: how long a run lasts before the bar is drawn (quick runs draw none).
    init(console: any Console, delayNanos: UInt64 = 1_000_000_000) {
        self.console = console
        self.delayNanos = delayNanos
    }

    func notification(_ n: RPCNotification) {
        guard n.method == "$/progress", console.errorIsTerminal,
              MonotonicClock.nanoseconds() &- started >= delayNanos,
              let done = n.params?["done"]?.intValue else { return }
        let message = n.params?["message"]?.stringValue
        if let total = n.params?["total"]?.intValue, total > 0 {
            console.err("\r" + Self.line(done: done, total: total, message: message))
        } else {
            console.err("\r\u{1B}[K" + Self.countLine(done: done, message: message))
        }
        drawn = true
    }

    /// `[#########---------------------]  30%  300,000/1,000,000 rows`
    static func line(done: Int, total: Int, message: String?) -> String {
        let fraction = min(1, max(0, Double(done) / Double(total)))
        let filled = Int(fraction * Double(width))
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + String(Int(fraction * 100)).leftPadded(3) + "%  \(GenerateSummary.grouped(done))/\(GenerateSummary.grouped(total))"
            + (message.map { " " + $0 } ?? "")
    }

    /// A count without a total — a model's answer so far, sent every second while the request waits
    /// on the model even when the server streams nothing: `1,234 tokens from the model (12 s)`.
    static func countLine(done: Int, message: String?) -> String {
        GenerateSummary.grouped(done) + (message.map { " " + $0 } ?? "")
    }

    /// Clears the bar so later output starts on a clean line.
    func finish() {
        guard drawn else { return }
        drawn = false
        console.err("\r\u{1B}[K")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
