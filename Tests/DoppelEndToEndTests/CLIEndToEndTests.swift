import DoppelJSON
import DoppelPOSIX
import Foundation
import Testing

/// The real `doppel` executable against real daemons.
@Suite struct CLIEndToEndTests {
    @Test func pingAndStatusAgainstARunningDaemon() throws {
        let daemon = try TestDaemon()
        let ping = try runCLI(["ping", "--socket", daemon.socketPath, "--no-autostart"])
        #expect(ping.status == 0)
        #expect(ping.stdout.hasPrefix("pong from doppeld 0.1.0 (pid \(daemon.pid))"))
        #expect(ping.stderr.isEmpty)
        let status = try runCLI(["status", "--json"], environment: ["DOPPEL_SOCKET": daemon.socketPath])
        #expect(status.status == 0)
        let json = try JSONParser.parse(status.stdout)
        #expect(json["pid"]?.intValue == Int(daemon.pid))
        #expect(json["methods"]?["ping"]?["count"] == 1)
        #expect(json["caches"]?.objectValue?.keys == ["schemaPlans"])  // the planning service's schema cache
        let human = try runCLI(["status", "--socket", daemon.socketPath])
        #expect(human.status == 0)
        #expect(human.stdout.contains("pid:         \(daemon.pid)"))
        #expect(human.stdout.contains("ping "))
    }

    @Test func rpcBridgesLinesToFrames() throws {
        let daemon = try TestDaemon()
        let input = """
            {"jsonrpc":"2.0","id":1,"method":"ping"}

            {"id":"two","method":"debug.sleep","params":{"seconds":0.05}}
            not json
            {"method":"$/cancel","params":{"id":"nothing"}}
            {"id":3,"method":"nope"}
            """
        let result = try runCLI(["rpc", "--socket", daemon.socketPath], input: input + "\n")
        #expect(result.status == 0)
        let lines = try result.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let replies = lines.filter { $0["method"] == nil }
        #expect(replies.count == 4)
        #expect(replies.first { $0["id"] == 1 }?["result"] == ["pong": true])
        #expect(replies.first { $0["id"] == "two" }?["result"]?["sleptMs"] == 50)
        #expect(replies.first { $0["id"] == .null }?["error"]?["code"] == -32700)
        #expect(replies.first { $0["id"] == 3 }?["error"]?["code"] == -32601)
        #expect(lines.contains { $0["method"] == "$/progress" })
    }

    @Test func autostartFromColdThenStop() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let socket = dir.file("cold/d.sock")
        let env = ["DOPPEL_SOCKET": socket]
        let off = try runCLI(["ping", "--no-autostart"], environment: env)
        #expect(off.status == 3)
        #expect(off.stderr.contains("no daemon is listening on \(socket)"))
        let offByEnv = try runCLI(["status"], environment: env.merging(["DOPPEL_NO_AUTOSTART": "1"]) { $1 })
        #expect(offByEnv.status == 3)

        let ping = try runCLI(["ping"], environment: env)
        #expect(ping.status == 0, "\(ping.stderr)")
        #expect(ping.stdout.hasPrefix("pong from doppeld"))
        #expect(try FileStatus.of(socket)?.kind == .socket)

        let running = try runCLI(["daemon", "status"], environment: env)
        #expect(running.status == 0)
        #expect(running.stdout.hasPrefix("running: pid "))

        let stop = try runCLI(["daemon", "stop"], environment: env)
        #expect(stop.status == 0)
        #expect(stop.stderr.hasPrefix("stopped doppeld"))
        #expect(try FileStatus.of(socket) == nil)
        let stopped = try runCLI(["daemon", "status"], environment: env)
        #expect(stopped.status == 3)
        #expect(stopped.stdout.hasPrefix("not running"))
    }

    @Test func daemonStartAndRestart() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let socketFlag = ["--socket", dir.file("d.sock")]
        let start = try runCLI(["daemon", "start"] + socketFlag)
        #expect(start.status == 0)
        #expect(start.stderr.hasPrefix("started doppeld (pid "))
        let again = try runCLI(["daemon", "start"] + socketFlag)
        #expect(again.stderr.hasPrefix("doppeld is already running"))
        let before = try RawClient(socketPath: dir.file("d.sock")).call("status")["result"]?["pid"]
        let restart = try runCLI(["daemon", "restart"] + socketFlag)
        #expect(restart.status == 0)
        #expect(restart.stderr.contains("stopped doppeld"))
        let after = try RawClient(socketPath: dir.file("d.sock")).call("status")["result"]?["pid"]
        #expect(before != nil && after != nil && before != after)
        #expect(try runCLI(["daemon", "stop"] + socketFlag).status == 0)
    }

    /// A daemon from another build (here: a copy of doppeld with another
    /// modification time) is restarted when idle, and only warned about when busy.
    @Test func daemonOfAnotherBuildIsRestartedWhenIdle() throws {
        let dir = try TemporaryDirectory()
        let old = dir.file("old-doppeld")
        try FileManager.default.copyItem(atPath: Binaries.daemon, toPath: old)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: old)
        let socket = dir.file("d.sock")
        let start = try runCLI(["--detach", "--socket", socket, "--idle-timeout", "0"], executable: old)
        #expect(start.status == 0)
        let oldPID = try #require(RawClient(socketPath: socket).call("status")["result"]?["pid"]?.intValue)

        // Busy (another client connected): a warning, and the old daemon keeps serving.
        let other = try RawClient(socketPath: socket)
        let busy = try runCLI(["ping", "--socket", socket])
        #expect(busy.status == 0)
        #expect(busy.stderr.contains("run `doppel daemon restart` when it is idle"))
        #expect(busy.stdout.contains("(pid \(oldPID))"))
        other.close()

        // Idle: restarted with the doppeld beside doppel.
        #expect(eventually { (try? RawClient(socketPath: socket).call("status")["result"]?["connections"]?["open"]) == 1 })
        let idle = try runCLI(["ping", "--socket", socket])
        #expect(idle.status == 0, "\(idle.stderr)")
        #expect(idle.stderr.contains("restarting it"))
        #expect(!idle.stdout.contains("(pid \(oldPID))"))
        #expect(eventually { !CurrentProcess.isAlive(Int32(oldPID)) })
        #expect(try runCLI(["daemon", "stop", "--socket", socket]).status == 0)
        dir.remove()
    }

    @Test func failedRequestExitsOne() throws {
        let daemon = try TestDaemon()
        // A request that outlives --timeout is a failed request: exit 1, the reason on stderr.
        let slow = try runCLI(["rpc", "--socket", daemon.socketPath, "--timeout", "0.2"],
                              input: #"{"id":1,"method":"debug.sleep","params":{"seconds":5}}"# + "\n")
        #expect(slow.status == 1)
        #expect(slow.stderr.contains("timed out waiting for 1 replies"))
    }

    @Test func usageErrorsExitTwoWithAHint() throws {
        let result = try runCLI(["stauts"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command 'stauts' for 'doppel' (did you mean 'status'?)"))
        #expect(result.stdout.isEmpty)
        let version = try runCLI(["--version"])
        #expect(version.stdout == "doppel 0.1.0 (protocol 1.0)\n")
    }
}
