import DoppelJSON

extension DaemonMethod {
    /// `ping` → `{"pong": true}`: the cheapest round trip, answered on the reader thread.
    public static let ping = DaemonMethod("ping", summary: "Check that the daemon answers", inline: { _ in
        pong
    })

    private static let pong: JSON = ["pong": true]
}
