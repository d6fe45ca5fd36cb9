import DoppelPOSIX
import DoppelProtocol
import Foundation
import Testing

/// Many `doppel` processes started together with no daemon running: exactly one
/// daemon comes up and every one of them is served (issue 14).
@Suite struct ColdStartEndToEndTests {
    static let starters = 16
    static let rounds = 20

    @Test func concurrentColdStartsShareOneDaemon() throws {
        for round in 1...Self.rounds {
            let dir = try TemporaryDirectory()
            defer { dir.remove() }
            let socket = dir.file("d.sock")
            var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DOPPEL_") && $0.key != "OPENAI_API_KEY" }
            env["XDG_CACHE_HOME"] = dir.file("cache")
            env["XDG_STATE_HOME"] = dir.file("state")
            env["XDG_DATA_HOME"] = dir.file("data")
            defer { _ = try? runCLI(["daemon", "stop", "--socket", socket], environment: env) }

            let processes = try (0..<Self.starters).map { i -> Process in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: Binaries.cli)
                p.arguments = ["ping", "--socket", socket]
                p.environment = env
                _ = FileManager.default.createFile(atPath: dir.file("out-\(i)"), contents: nil)
                _ = FileManager.default.createFile(atPath: dir.file("err-\(i)"), contents: nil)
                p.standardOutput = FileHandle(forWritingAtPath: dir.file("out-\(i)"))
                p.standardError = FileHandle(forWritingAtPath: dir.file("err-\(i)"))
                p.standardInput = FileHandle.nullDevice
                return p
            }
            for p in processes { try p.run() }
            #expect(eventually(within: 60) { processes.allSatisfy { !$0.isRunning } }, "round \(round): starters still running")

            var pids: Set<String> = []
            for (i, p) in processes.enumerated() {
                let out = GenerateFixtures.read(dir.file("out-\(i)"))
                let err = GenerateFixtures.read(dir.file("err-\(i)"))
                #expect(p.terminationStatus == 0, "round \(round), starter \(i) exited \(p.terminationStatus): \(err)")
                // "pong from doppeld V (pid N) in T ms"
                if let open = out.range(of: "(pid "), let close = out[open.upperBound...].firstIndex(of: ")") {
                    pids.insert(String(out[open.upperBound..<close]))
                } else {
                    Issue.record("round \(round), starter \(i) printed no pong: \(out) \(err)")
                }
            }
            #expect(pids.count == 1, "round \(round): served by daemons \(pids.sorted())")

            let stop = try runCLI(["daemon", "stop", "--socket", socket], environment: env)
            #expect(stop.status == 0, "round \(round): \(stop.stderr)")
            // No second daemon lingers on the socket once the one that served is gone.
            #expect(eventually { !FileLock.isHeld(path: socket + ".lock") }, "round \(round): lock still held")
            if pids.count != 1 || processes.contains(where: { $0.terminationStatus != 0 }) { break }
        }
    }
}
