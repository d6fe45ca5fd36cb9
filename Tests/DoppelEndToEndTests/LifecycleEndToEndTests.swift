import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation
import Glibc
import Testing

/// Start-up checks, one daemon per socket, stale sockets and shutdown, with the real binary.
@Suite struct LifecycleEndToEndTests {
    @Test func sigtermRemovesTheSocketAndExitsZero() throws {
        let daemon = try TestDaemon()
        #expect(try FileStatus.of(daemon.socketPath)?.kind == .socket)
        #expect(daemon.terminate() == 0)
        #expect(try FileStatus.of(daemon.socketPath) == nil)
    }

    @Test func sigtermLetsRequestsInFlightFinish() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        try client.send(["id": 1, "method": "debug.sleep", "params": ["seconds": 0.5]])
        #expect(try client.receive()["method"] == "$/progress")
        CurrentProcess.send(signal: Signals.terminate, to: daemon.pid)
        // The listener goes first: the socket file disappears while the request still runs.
        #expect(eventually { (try? FileStatus.of(daemon.socketPath)) == .some(nil) })
        // New requests on an open connection are refused as "shutting down".
        try client.send(["id": 2, "method": "ping"])
        var replies: [JSON] = []
        while replies.count < 2 {
            let m = try client.receive()
            if m["method"] == nil { replies.append(m) }
        }
        #expect(replies.first { $0["id"] == 2 }?["error"]?["code"] == 1001)
        #expect(replies.first { $0["id"] == 1 }?["result"]?["sleptMs"] == 500)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func sigintAlsoShutsDownCleanly() throws {
        let daemon = try TestDaemon()
        #expect(daemon.terminate(signal: Signals.interrupt) == 0)
        #expect(try FileStatus.of(daemon.socketPath) == nil)
        #expect(daemon.stderr.contains("shutting down (SIGINT)"))
    }

    @Test func drainDeadlineCancelsWhatStillRunsThenExits() throws {
        let daemon = try TestDaemon(extraArguments: ["--drain-timeout", "0.2"])
        let client = try daemon.connect()
        try client.send(["id": 1, "method": "debug.sleep", "params": ["seconds": 60]])
        #expect(try client.receive()["method"] == "$/progress")
        CurrentProcess.send(signal: Signals.terminate, to: daemon.pid)
        let reply = try client.response(id: 1)
        #expect(reply["error"]?["code"] == -32800)
        #expect(daemon.waitForExit() == 0)
        #expect(daemon.stderr.contains("drain deadline passed"))
    }

    @Test func shutdownMethodAnswersThenExits() throws {
        let daemon = try TestDaemon()
        let reply = try daemon.connect().call("shutdown")
        #expect(reply["result"]?["ok"] == true)
        #expect(daemon.waitForExit() == 0)
        #expect(try FileStatus.of(daemon.socketPath) == nil)
    }

    @Test func secondDaemonOnTheSameSocketIsRefused() throws {
        let daemon = try TestDaemon()
        let second = try runCLI(["--socket", daemon.socketPath], executable: Binaries.daemon)
        #expect(second.status == DaemonExitStatus.lockHeld)
        #expect(second.stderr.contains("already running on \(daemon.socketPath)"))
        #expect(try daemon.connect().call("ping")["result"] == ["pong": true])
    }

    @Test func staleSocketIsRemovedAndReplaced() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("d.sock")
        // A socket file with nobody behind it, as a killed daemon leaves.
        try UnixSocket.listen(path: path).close()
        #expect(try FileStatus.of(path)?.kind == .socket)
        #expect(throws: SystemError.self) { try UnixSocket.connect(path: path) }
        let daemon = try TestDaemon(directory: dir)
        #expect(try daemon.connect().call("ping")["result"] == ["pong": true])
    }

    @Test func nonSocketAtThePathIsNotReplaced() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("d.sock")
        try AtomicFile.write(Array("keep me".utf8), to: path)
        let result = try runCLI(["--socket", path], executable: Binaries.daemon)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a socket"))
        #expect(try FileSystem.readAll(path) == Array("keep me".utf8))
    }

    @Test func socketIs0600AndDirectory0700() throws {
        let parent = try TemporaryDirectory()
        let dir = parent.file("created/by/daemon")
        let socket = dir + "/d.sock"
        let daemon = try TestDaemon(directory: parent, socketPath: socket)
        _ = daemon
        #expect(try FileStatus.of(socket)?.permissions == 0o600)
        #expect(try FileStatus.of(dir)?.permissions == 0o700)
        #expect(try FileStatus.of(dir)?.ownerUID == CurrentProcess.uid)
    }

    @Test func openDirectoryIsRefusedWithAChmodHint() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileSystem.setPermissions(dir.path, 0o755)
        let result = try runCLI(["--socket", dir.file("d.sock")], executable: Binaries.daemon)
        #expect(result.status == 1)
        #expect(result.stderr.contains("open to group or others (mode 755)"))
        #expect(result.stderr.contains("chmod 700 \(dir.path)"))
    }

    @Test func symlinkedDirectoryIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileSystem.makeDirectory(dir.file("real"), mode: 0o700)
        try FileManager.default.createSymbolicLink(atPath: dir.file("link"), withDestinationPath: dir.file("real"))
        let result = try runCLI(["--socket", dir.file("link/d.sock")], executable: Binaries.daemon)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a symbolic link"))
    }

    @Test func overlongSocketPathIsRefusedUpFront() throws {
        let path = "/tmp/" + String(repeating: "x", count: 120) + "/d.sock"
        let result = try runCLI(["--socket", path], executable: Binaries.daemon)
        #expect(result.status == 1)
        #expect(result.stderr.contains("longer than the 107"))
    }

    /// Root runs the daemon as `nobody` and connects to it itself: root can
    /// reach the socket, but its uid is not the daemon's, so it is turned away
    /// before a byte is read.
    @Test(.enabled(if: CurrentProcess.uid == 0 && FileSystem.isExecutableFile("/usr/bin/setpriv")))
    func peerOfAnotherUserIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let home = dir.file("nobody")
        try FileSystem.makeDirectory(home, mode: 0o700)
        guard chown(home, 65534, 65534) == 0 else { throw TestFailure("chown failed") }
        try FileSystem.setPermissions(dir.path, 0o711)  // let nobody reach its own directory
        let socket = home + "/d.sock"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Binaries.daemon,
                             "--socket", socket, "--idle-timeout", "0", "--log-file", home + "/log"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            CurrentProcess.send(signal: Signals.kill, to: process.processIdentifier)
            process.waitUntilExit()
        }
        #expect(eventually { (try? FileStatus.of(socket))??.kind == .socket })
        // The socket file exists from bind(); until listen() a connect is refused, so try again briefly.
        var connected: RawClient?
        #expect(eventually { connected = try? RawClient(socketPath: socket); return connected != nil })
        let intruder = try #require(connected)
        try? intruder.send(["id": 1, "method": "ping"])
        #expect(intruder.isClosedByPeer())
        let log = String(decoding: (try? FileSystem.readAll(home + "/log")) ?? [], as: UTF8.self)
        #expect(log.contains("refused a connection from another user"))
        CurrentProcess.send(signal: Signals.terminate, to: process.processIdentifier)
        #expect(eventually { !process.isRunning })
        #expect(process.terminationStatus == 0)
    }

    @Test func idleTimeoutExitsByItself() throws {
        let daemon = try TestDaemon(extraArguments: ["--idle-timeout", "0.3"])
        #expect(daemon.waitForExit() == 0)
        #expect(try FileStatus.of(daemon.socketPath) == nil)
        #expect(daemon.stderr.contains("idle timeout"))
    }

    @Test func detachReportsReadinessAndLogsToA0600File() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let socket = dir.file("d.sock"), log = dir.file("daemon.log")
        let start = try runCLI(["--detach", "--socket", socket, "--log-file", log, "--idle-timeout", "0"],
                               executable: Binaries.daemon)
        #expect(start.status == 0)
        #expect(start.stderr.contains("listening on \(socket)"))
        let client = try RawClient(socketPath: socket)
        let pid = try #require(client.call("status")["result"]?["pid"]?.intValue)
        #expect(try FileStatus.of(log)?.permissions == 0o600)
        #expect(String(decoding: try FileSystem.readAll(log), as: UTF8.self).contains("listening on \(socket)"))
        // A second detached start is refused in the foreground, with the reason on stderr.
        let again = try runCLI(["--detach", "--socket", socket], executable: Binaries.daemon)
        #expect(again.status == DaemonExitStatus.lockHeld)
        #expect(again.stderr.contains("already running"))
        CurrentProcess.send(signal: Signals.terminate, to: Int32(pid))
        #expect(eventually { !CurrentProcess.isAlive(Int32(pid)) })
    }

    @Test func detachedStartupErrorReachesTheStarter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // The log file is opened by the background daemon, after detaching:
        // its failure travels back through the readiness pipe.
        let result = try runCLI(["--detach", "--socket", dir.file("d.sock"), "--log-file", dir.file("missing/dir/log")],
                                executable: Binaries.daemon)
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot open log file"))
        #expect(try FileStatus.of(dir.file("d.sock")) == nil)
        #expect(eventually { !FileLock.isHeld(path: dir.file("d.sock.lock")) })
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try runCLI(["--idle-timeout", "soon"], executable: Binaries.daemon)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--idle-timeout expects a number of seconds"))
        let help = try runCLI(["--help"], executable: Binaries.daemon)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--enable-debug-methods"))
        #expect(!help.stdout.contains("--ready-fd"))
    }
}

/// Signals other than SIGTERM/SIGINT, bursts of connections, and what a kill -9 leaves, with the real binary.
@Suite struct LifecycleSignalEndToEndTests {
    /// logrotate moves the log away and sends SIGHUP: the daemon writes to a new file at the path.
    @Test func sighupReopensTheLogFile() throws {
        let dir = try TemporaryDirectory()
        let log = dir.file("daemon.log")
        let daemon = try TestDaemon(extraArguments: ["--log-file", log], directory: dir)
        try FileManager.default.moveItem(atPath: log, toPath: log + ".1")
        CurrentProcess.send(signal: Signals.hangup, to: daemon.pid)
        #expect(eventually { (try? FileSystem.readAll(log)).map { String(decoding: $0, as: UTF8.self).contains("log file reopened") } == true })
        #expect(try FileStatus.of(log)?.permissions == 0o600)
        #expect(try daemon.connect().call("ping")["result"] == ["pong": true])
        #expect(String(decoding: try FileSystem.readAll(log + ".1"), as: UTF8.self).contains("listening on"))
        #expect(daemon.terminate() == 0)
        #expect(try FileStatus.of(daemon.socketPath) == nil)
    }

    @Test func sigusr1IsLoggedAndIgnored() throws {
        let daemon = try TestDaemon()
        CurrentProcess.send(signal: Signals.user1, to: daemon.pid)
        #expect(eventually { daemon.stderr.contains("SIGUSR1 received: ignored") })
        #expect(try daemon.connect().call("ping")["result"] == ["pong": true])
        #expect(daemon.terminate() == 0)
        #expect(try FileStatus.of(daemon.socketPath) == nil)
    }

    /// A thousand clients connecting at once (as a parallel test run or a pool
    /// starting does) are all let in: none is refused for a full backlog.
    @Test func aBurstOfConnectsIsAccepted() throws {
        let daemon = try TestDaemon()
        var refused = 0
        var connected: [FileDescriptor] = []
        for _ in 0..<1000 {
            do { connected.append(try UnixSocket.connect(path: daemon.socketPath, failIfBacklogFull: true)) } catch { refused += 1 }
        }
        defer { for fd in connected { fd.close() } }
        #expect(refused == 0)
        let client = try daemon.connect()
        #expect(eventually(within: 60) { (try? client.call("status"))?["result"]?["connections"]?["open"]?.intValue ?? 0 >= 1001 })
    }

    /// A generation's staged file left by a daemon killed with -9 is removed by the next write of that file.
    @Test func stagedFilesOfADeadDaemonAreSweptByTheNextRun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.file("out")
        try FileSystem.makeDirectory(out, mode: 0o700)
        // A leftover owned by a pid that cannot be alive, and one owned by a live process (this one).
        let dead = out + "/users.csv.tmp-\(Int32.max - 7)-12345"
        let live = out + "/users.csv.tmp-\(CurrentProcess.pid)-999"
        try AtomicFile.write(Array("partial".utf8), to: dead)
        try AtomicFile.write(Array("partial".utf8), to: live)
        let daemon = try TestDaemon()
        let schema: JSON = ["entities": [["name": "users", "rows": 3, "fields": [["name": "id", "type": "integer", "primary_key": true]]]]]
        let reply = try daemon.connect().call("generate", params: ["schema": schema, "output_format": "csv", "out_dir": .string(out)], timeout: 60)
        #expect(reply["result"] != nil, "\(reply)")
        #expect(try FileStatus.of(dead) == nil)
        #expect(try FileStatus.of(live) != nil)
        #expect(try FileStatus.of(out + "/users.csv") != nil)
    }
}
