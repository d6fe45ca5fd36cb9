import Foundation
import Glibc

// The write end of the self-pipe. Set once before any handler is installed;
// a signal handler may only do async-signal-safe things, and write(2) is one.
nonisolated(unsafe) private var signalPipeWriteFD: Int32 = -1

/// Turns asynchronous signals into calls on an ordinary thread (the self-pipe trick).
public enum Signals {
    public static let terminate = SIGTERM
    public static let interrupt = SIGINT
    public static let kill = SIGKILL
    public static let hangup = SIGHUP
    public static let user1 = SIGUSR1
    public static let user2 = SIGUSR2

    /// Unblocks every signal on the calling thread (and the threads it starts
    /// later). A process inherits its starter's mask, and a starter running on
    /// a Dispatch thread has SIGTERM blocked: without this such a daemon would
    /// never see SIGTERM.
    public static func unblockAll() {
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
    }

    /// A write to a closed socket must be an error, not the end of the process.
    public static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }

    /// Calls `handler` on a dedicated thread for each of `signals` received.
    ///
    /// - Important: call once per process.
    public static func watch(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) throws {
        let (readEnd, writeEnd) = try FileDescriptor.pipe()
        signalPipeWriteFD = writeEnd.rawValue
        for s in signals {
            signal(s) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipeWriteFD, &byte, 1)
            }
        }
        let thread = Thread {
            var byte: UInt8 = 0
            while true {
                let n = withUnsafeMutableBytes(of: &byte) { (try? readEnd.read(into: $0)) ?? 0 }
                if n <= 0 { return }
                handler(Int32(byte))
            }
        }
        thread.name = "doppel-signals"
        thread.start()
    }
}

extension Signals {
    /// `SIGILL`, `SIGKILL`, …: how a crash report names the signal that ended a
    /// worker (a Swift trap is SIGILL or SIGTRAP, an abort SIGABRT).
    public static func name(of signal: Int32) -> String {
        switch signal {
        case SIGHUP: return "SIGHUP"
        case SIGINT: return "SIGINT"
        case SIGQUIT: return "SIGQUIT"
        case SIGILL: return "SIGILL"
        case SIGTRAP: return "SIGTRAP"
        case SIGABRT: return "SIGABRT"
        case SIGBUS: return "SIGBUS"
        case SIGFPE: return "SIGFPE"
        case SIGKILL: return "SIGKILL"
        case SIGSEGV: return "SIGSEGV"
        case SIGPIPE: return "SIGPIPE"
        case SIGTERM: return "SIGTERM"
        case SIGXCPU: return "SIGXCPU"
        default: return "signal \(signal)"
        }
    }
}
