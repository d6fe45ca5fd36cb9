import DoppelJSON

extension DaemonMethod {
    /// `debug.sleep` {seconds, stream?} — a long request for tests of
    /// cancellation, progress, streaming and drain. Served only with
    /// `--enable-debug-methods`.
    ///
    /// Sleeps in 10 ms slices, polling cancellation, sending `$/progress`
    /// (done/total in milliseconds) and, with `stream: true`, a `$/chunk` of
    /// `[{"elapsedMs": n}]` every 100 ms.
    public static let debugSleep = DaemonMethod(
        "debug.sleep", summary: "Diagnostics: sleep, reporting progress; cancellable", run: { request in
            let params = request.params
            try params.rejectUnknown(allowed: ["seconds", "stream"])
            let seconds = try params.optionalDouble("seconds", in: 0...3600) ?? { throw params.missing("seconds", "a number from 0 to 3600") }()
            _ = try params.bool("stream", default: false)
            let totalMs = Int(seconds * 1000)
            var elapsedMs = 0
            var lastChunkMs = 0
            request.progress(done: 0, total: totalMs, message: "sleeping")
            while elapsedMs < totalMs {
                try request.checkCancellation()
                let slice = min(10, totalMs - elapsedMs)
                try await Task.sleep(nanoseconds: UInt64(slice) * 1_000_000)
                elapsedMs += slice
                request.progress(done: elapsedMs, total: totalMs, message: "sleeping")
                if request.streaming, elapsedMs - lastChunkMs >= 100 || elapsedMs == totalMs {
                    lastChunkMs = elapsedMs
                    try await request.chunk(items: [["elapsedMs": .int(elapsedMs)]])
                }
            }
            return ["sleptMs": .int(totalMs)]
        })
}
