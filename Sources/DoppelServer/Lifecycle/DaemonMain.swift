import DoppelPOSIX
import DoppelProtocol
import Foundation
import DoppelText
import DoppelEngine

/// `doppeld`'s entry point: parse, check, lock, (detach,) listen, serve.
public enum DaemonMain {
    /// Runs the daemon; never returns.
    public static func run(arguments: [String]) -> Never {
        Signals.unblockAll()
        Signals.ignoreBrokenPipe()
        let configuration: DaemonConfiguration
        do {
            switch try DaemonOptions.parse(arguments) {
            case .help:
                print(DaemonOptions.helpText, terminator: "")
                CurrentProcess.exit(0)
            case .version:
                print("doppeld \(DoppelVersion.version) (protocol \(ProtocolVersion.current))")
                CurrentProcess.exit(0)
            case let .run(c):
                // A worker process: no socket, lock or log of its own, only the job socket.
                if let fd = c.workerDescriptor {
                    CurrentProcess.closeInheritedDescriptors(except: [fd])
                    WorkerMain.run(descriptor: fd, memoryLimitMB: c.workerMemoryMB)
                }
                configuration = c
            }
        } catch {
            printError("doppeld: \(error)")
            CurrentProcess.exit(2)
        }

        let location = configuration.location(environment: ProcessInfo.processInfo.environment, uid: CurrentProcess.uid)
        // Started by systemd (doppel.socket): the socket is already listening and is systemd's to keep.
        let activated = SocketActivation.inheritedListener(environment: ProcessInfo.processInfo.environment)
        let ready = configuration.readyDescriptor.map { FileDescriptor(rawValue: $0) }
        if let readyFD = configuration.readyDescriptor {
            CurrentProcess.closeInheritedDescriptors(except: [readyFD, configuration.lockDescriptor ?? -1])
        }
        do {
            let lock = try acquire(location, configuration: configuration)
            if configuration.detach && ready == nil && activated == nil {
                detach(arguments: arguments, lock: lock, location: location)
            }
            if ready != nil { CurrentProcess.startNewSession() }
            let log = try openLog(configuration)
            if activated == nil { try SocketDirectory.removeStaleSocket(location, log: log) }
            let daemon = try makeDaemon(configuration, location: location, lock: lock, log: log)
            // Watch signals before the first client can connect, so a SIGTERM
            // at any moment after start-up takes the graceful path.
            try Signals.watch(DaemonSignal.watched) { signal in
                switch DaemonSignal.response(to: signal) {
                case let .shutDown(reason):
                    daemon.requestShutdown(reason: reason)
                case .reopenLog:
                    reopenLog(configuration, log: log)
                case let .ignore(name):
                    log.info("\(name) received: ignored (SIGTERM or SIGINT shut doppeld down, SIGHUP reopens its log file)")
                }
            }
            try daemon.start(inheritedListener: activated)
            if let ready {
                try? ready.writeAll(Array("ready \(CurrentProcess.pid)\n".utf8))
                ready.close()
            }
        } catch {
            let message = "doppeld: \(error)"
            if let ready {
                try? ready.writeAll(Array("error \(message)\n".utf8))
            } else {
                printError(message)
            }
            CurrentProcess.exit((error as? DaemonStartError)?.exitStatus ?? 1)
        }
        // Everything runs on the daemon's threads from here on.
        while true { Thread.sleep(forTimeInterval: 3600) }
    }

    /// Checks the directory and takes the one-daemon-per-socket lock — in the
    /// foreground, so a refusal reaches the terminal even with `--detach`.
    private static func acquire(_ location: SocketLocation, configuration: DaemonConfiguration) throws -> FileLock {
        try SocketDirectory.prepare(location, uid: CurrentProcess.uid)
        if let inherited = configuration.lockDescriptor {
            return FileLock(descriptor: FileDescriptor(rawValue: inherited))
        }
        guard let lock = try FileLock.tryLock(path: location.lockPath) else {
            throw DaemonStartError("another doppeld is already running on \(location.socketPath)"
                + " (it holds \(location.lockPath)); stop it with `doppel daemon stop`",
                exitStatus: DaemonExitStatus.lockHeld)
        }
        return lock
    }

    private static func openLog(_ configuration: DaemonConfiguration) throws -> Logger {
        if let path = configuration.logFile {
            do {
                try pointStandardError(at: path)
            } catch {
                throw DaemonStartError("cannot open log file: \(error)")
            }
        }
        return Logger()
    }

    /// The log goes to standard error; with `--log-file` that is the file, opened (0600) and put on descriptor 2.
    private static func pointStandardError(at path: String) throws {
        let fd = try FileSystem.openForAppending(path, mode: 0o600)
        defer { fd.close() }
        try FileSystem.setPermissions(path, 0o600)
        try fd.duplicate(onto: .standardError)
    }

    /// SIGHUP: opens `--log-file` again, so a rotated log (moved away by
    /// logrotate) is followed by a new file at the same path. dup2 swaps
    /// descriptor 2 in one step: no line is lost or torn.
    private static func reopenLog(_ configuration: DaemonConfiguration, log: Logger) {
        guard let path = configuration.logFile else {
            log.info("SIGHUP received: no --log-file to reopen (logging to standard error)")
            return
        }
        do {
            try pointStandardError(at: path)
            log.info("SIGHUP received: log file reopened")
        } catch {
            log.error("SIGHUP received: cannot reopen the log file: \(error); logging continues to the old one")
        }
    }

    private static func makeDaemon(_ configuration: DaemonConfiguration, location: SocketLocation, lock: FileLock,
                                   log: Logger) throws -> Daemon {
        let executable = CurrentProcess.executablePath ?? "doppeld"
        let identity = DaemonIdentity(
            version: DoppelVersion.version,
            build: BuildIdentity.of(executable: executable, version: DoppelVersion.version),
            pid: Int(CurrentProcess.pid), startedAt: Date(), startedNanos: MonotonicClock.nanoseconds())
        let registry = MethodRegistry(DaemonMethod.standard(configuration))
        var configuration = configuration
        configuration.workerExecutable = configuration.workerExecutable ?? CurrentProcess.executablePath
        let services = DaemonServices(configuration: configuration, socketPath: location.socketPath, log: log,
                                      identity: identity, methodNames: registry.names)
        DaemonServices.installStandard(into: services)
        return Daemon(services: services, registry: registry, location: location, lock: lock)
    }

    /// Starts this executable again in the background with the lock and a
    /// readiness pipe, waits (≤ 10 s) for it to listen or fail, and exits with
    /// its verdict.
    private static func detach(arguments: [String], lock: FileLock, location: SocketLocation) -> Never {
        do {
            guard let executable = CurrentProcess.executablePath else {
                throw DaemonStartError("cannot find this executable to start it in the background")
            }
            let (readEnd, writeEnd) = try FileDescriptor.pipe()
            let childArguments = arguments.filter { $0 != "--detach" } + ["--ready-fd", "3", "--lock-fd", "4"]
            let pid = try Spawner.spawn(executable: executable, arguments: childArguments,
                                        inherit: [(writeEnd, 3), (lock.descriptor, 4)])
            writeEnd.close()
            let verdict = readVerdict(readEnd, timeoutMilliseconds: 10_000)
            switch verdict {
            case let .some(line) where line.hasPrefix("ready"):
                printError("doppeld: listening on \(location.socketPath) (pid \(pid))")
                CurrentProcess.exit(0)
            case let .some(line) where line.hasPrefix("error "):
                printError(String(line.dropFirst(6)))
            case .some:
                printError("doppeld: the background daemon exited during start-up (\(Spawner.wait(pid, timeoutMilliseconds: 1000)))")
            case .none:
                printError("doppeld: the background daemon did not report readiness within 10 s")
            }
        } catch {
            printError("doppeld: \(error)")
        }
        CurrentProcess.exit(1)
    }

    /// The first line the child writes, "" if it closed the pipe without one, nil on timeout.
    private static func readVerdict(_ fd: FileDescriptor, timeoutMilliseconds: Int) -> String? {
        let deadline = MonotonicClock.nanoseconds() + UInt64(timeoutMilliseconds) * 1_000_000
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while MonotonicClock.nanoseconds() < deadline {
            let remaining = Int32((deadline - MonotonicClock.nanoseconds()) / 1_000_000)
            guard (try? fd.waitReadable(timeoutMilliseconds: max(1, remaining))) == true else { continue }
            let n = (try? chunk.withUnsafeMutableBytes { try fd.read(into: $0) }) ?? 0
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.contains(0x0A) { break }
        }
        if bytes.isEmpty && MonotonicClock.nanoseconds() >= deadline { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    static func printError(_ message: String) {
        try? FileDescriptor.standardError.writeAll(Array((message + "\n").utf8))
    }
}
