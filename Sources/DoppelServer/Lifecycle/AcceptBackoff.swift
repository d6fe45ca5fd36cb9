/// How the accept loop waits and reports after `accept` fails — at the
/// descriptor limit (EMFILE) it fails for every pending connection, and
/// retrying at once would spin and flood the log.
///
/// The wait doubles from 10 ms to 1 s while failures continue; the failure is
/// logged at most once per `logIntervalNanos`, saying how many were not. Pure:
/// tests give it the time.
struct AcceptBackoff: Sendable {
    static let firstDelayMilliseconds = 10
    static let maxDelayMilliseconds = 1000
    static let logIntervalNanos: UInt64 = 10_000_000_000

    private(set) var delayMilliseconds = 0
    private var lastLogged: UInt64?
    private var unreported = 0

    /// `accept` failed with `reason` at `now`: how long to wait before the
    /// next try, and the line to log, if one is due.
    mutating func failed(now: UInt64, reason: String) -> (waitMilliseconds: Int, log: String?) {
        delayMilliseconds = delayMilliseconds == 0
            ? Self.firstDelayMilliseconds : min(Self.maxDelayMilliseconds, delayMilliseconds * 2)
        if let lastLogged, now &- lastLogged < Self.logIntervalNanos {
            unreported += 1
            return (delayMilliseconds, nil)
        }
        var line = "accept failed: \(reason); retrying in up to \(Self.maxDelayMilliseconds) ms"
        if unreported > 0 { line += " (\(unreported) more failures since the last report)" }
        lastLogged = now
        unreported = 0
        return (delayMilliseconds, line)
    }

    /// `accept` worked again: the next failure waits briefly again.
    mutating func succeeded() { delayMilliseconds = 0 }
}
