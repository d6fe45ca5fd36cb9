import DoppelJSON
import DoppelPOSIX
import Foundation
import Testing

/// scripts/install.sh into a temporary prefix, and doppeld started by
/// systemd-socket-activate (the same protocol as doppel.socket).
@Suite struct InstallEndToEndTests {
    static let root = ProtocolExamplesTests.protocolDirectory.deletingLastPathComponent()
    static let socketActivate = "/usr/bin/systemd-socket-activate"

    @Test func installPutsBinariesCompletionsManPagesAndUnitsInTheirPlaces() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let prefix = dir.file("prefix")
        let run = try runCLI([Self.root.appendingPathComponent("scripts/install.sh").path, "--prefix", prefix,
                              "--bin-dir", Binaries.directory], executable: "/bin/bash")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        func text(_ path: String) -> String { (try? String(contentsOfFile: prefix + "/" + path, encoding: .utf8)) ?? "" }
        let version = try runCLI(["--version"], executable: prefix + "/bin/doppel")
        #expect(version.status == 0 && version.stdout.hasPrefix("doppel "))
        // Completions are what `doppel completions SHELL` prints.
        for (shell, path) in [("bash", "share/bash-completion/completions/doppel"), ("zsh", "share/zsh/site-functions/_doppel"),
                              ("fish", "share/fish/vendor_completions.d/doppel.fish")] {
            #expect(text(path) == (try runCLI(["completions", shell])).stdout, "\(path)")
        }
        // Man pages carry every subcommand's help.
        let man1 = text("share/man/man1/doppel.1"), man8 = text("share/man/man8/doppeld.8")
        #expect(man1.contains(".TH DOPPEL 1"))
        #expect(man1.contains(".SS doppel schema validate"))
        #expect(man1.contains((try runCLI(["plan", "--help"])).stdout.split(separator: "\n")[2]))
        #expect(man8.contains(".TH DOPPELD 8") && man8.contains("--idle-timeout"))
        // The units start the installed daemon on the socket doppel finds by default.
        #expect(text("share/systemd/user/doppel.socket").contains("ListenStream=%t/doppel/doppel.sock"))
        #expect(text("share/systemd/user/doppel.service").contains("ExecStart=\(prefix)/bin/doppeld --socket %t/doppel/doppel.sock"))
        let refused = try runCLI([Self.root.appendingPathComponent("scripts/install.sh").path, "--frobnicate"], executable: "/bin/bash")
        #expect(refused.status == 2 && refused.stderr.contains("unknown argument '--frobnicate'"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: socketActivate)))
    func theFirstConnectStartsASocketActivatedDaemon() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let socket = dir.file("doppel.sock")
        let activator = Process()
        activator.executableURL = URL(fileURLWithPath: Self.socketActivate)
        activator.arguments = ["-l", socket, Binaries.daemon, "--socket", socket, "--idle-timeout", "0"]
        activator.standardError = FileHandle.nullDevice
        try activator.run()
        defer { if activator.isRunning { activator.terminate() } }
        #expect(eventually { (try? FileStatus.of(socket))??.kind == .socket }, "systemd-socket-activate never listened")
        // The daemon starts on this connect, on the socket it was handed (same process: the activator execs it).
        let client = try RawClient(socketPath: socket)
        let status = try client.call("status")["result"]
        #expect(status?["pid"]?.intValue == Int(activator.processIdentifier))
        #expect(status?["socket"]?.stringValue == socket)
        #expect(try client.call("ping", id: 2)["result"] == ["pong": true])
        _ = try client.call("shutdown", id: 3)
        #expect(eventually { !activator.isRunning })
        #expect(activator.terminationStatus == 0)
        // The socket is systemd's: the daemon leaves it for the next activation.
        #expect((try? FileStatus.of(socket))??.kind == .socket)
    }

    /// LISTEN_* meant for another process (a parent's, leaked) are not taken:
    /// the daemon binds its own socket and, on shutdown, removes it as usual.
    @Test func listenVariablesForAnotherProcessAreIgnored() throws {
        let daemon = try TestDaemon(environment: ["LISTEN_PID": "1", "LISTEN_FDS": "1"])
        let client = try daemon.connect()
        #expect(try client.call("ping")["result"] == ["pong": true])
        #expect(daemon.terminate() == 0)
        #expect(try FileStatus.of(daemon.socketPath) == nil)
    }
}
