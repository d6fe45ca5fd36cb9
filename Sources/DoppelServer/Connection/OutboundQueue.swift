import DoppelPOSIX
import Foundation

/// Bytes on their way to one client, written without ever blocking the
/// thread that produced them.
///
/// The producing thread sends directly while the socket takes the bytes (the
/// common case, with no thread hop); once the client stops reading, the rest
/// waits here and a flusher thread for this connection sends it when the socket
/// drains. A stalled client therefore costs memory, never another client's time.
///
/// `@unchecked Sendable`: all state is guarded by `lock`. Only the thread that
/// owns `sending` touches the socket, and only it (or `close` when nobody
/// sends) closes the descriptor, so the number cannot be reused under a sender.
final class OutboundQueue: @unchecked Sendable {
    /// A client this far behind is dropped: it is not reading at all.
    static let hardLimit = 512 * 1024 * 1024

    private let fd: FileDescriptor
    private let lock = NSLock()
    private var pending: [UInt8] = []
    private var sending = false
    /// No more sending: the connection closed or the peer failed.
    private var closed = false
    /// The reader has finished with the descriptor, so it may be closed once nobody sends.
    private var released = false
    private var descriptorClosed = false
    private let onFailure: @Sendable () -> Void

    /// - Parameter onFailure: called once the peer is gone or hopelessly behind;
    ///   the connection then shuts the socket so its reader stops.
    init(fd: FileDescriptor, onFailure: @escaping @Sendable () -> Void) {
        self.fd = fd
        self.onFailure = onFailure
    }

    var queuedBytes: Int {
        lock.lock()
        defer { lock.unlock() }
        return pending.count
    }

    /// Queues `bytes` (one or more whole frames) and sends what the socket takes now.
    func send(_ bytes: UnsafeRawBufferPointer) {
        lock.lock()
        if closed {
            lock.unlock()
            return
        }
        if sending || !pending.isEmpty {
            let overflow = pending.count + bytes.count > Self.hardLimit
            if !overflow { pending.append(contentsOf: bytes) }
            lock.unlock()
            if overflow { onFailure() }
            return
        }
        sending = true
        lock.unlock()

        let sent: Int
        do {
            sent = try fd.sendNonBlocking(bytes)
        } catch {
            finishSending(failed: true)
            return
        }
        if sent < bytes.count {
            lock.lock()
            pending.insert(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[sent...]), at: 0)
            lock.unlock()
        }
        continueSending()
    }

    func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { send($0) }
    }

    /// Stops sending, drops what is queued and closes the descriptor (now, or
    /// when the current sender lets go of it).
    func close() {
        lock.lock()
        closed = true
        released = true
        pending = []
        let closeNow = !sending && !descriptorClosed
        if closeNow { descriptorClosed = true }
        lock.unlock()
        if closeNow { fd.close() }
    }

    /// Sends whatever queued up while this thread owned the socket; hands over
    /// to a flusher thread if the socket stops taking bytes.
    private func continueSending() {
        while true {
            lock.lock()
            if closed || pending.isEmpty {
                lock.unlock()
                finishSending(failed: false)
                return
            }
            let batch = pending
            pending = []
            lock.unlock()
            var offset = 0
            do {
                while offset < batch.count {
                    let n = try batch.withUnsafeBytes { try fd.sendNonBlocking(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
                    if n == 0 { break }
                    offset += n
                }
            } catch {
                finishSending(failed: true)
                return
            }
            if offset < batch.count {
                lock.lock()
                pending.insert(contentsOf: batch[offset...], at: 0)
                lock.unlock()
                startFlusher()
                return
            }
        }
    }

    private func startFlusher() {
        let thread = Thread { [self] in flushLoop() }
        thread.name = "doppel-flush"
        thread.start()
    }

    /// Waits for the socket to drain and sends, until nothing is left or the connection closes.
    private func flushLoop() {
        while true {
            lock.lock()
            if closed || pending.isEmpty {
                lock.unlock()
                finishSending(failed: false)
                return
            }
            let batch = pending
            pending = []
            lock.unlock()
            var offset = 0
            while offset < batch.count {
                let n: Int
                do {
                    n = try batch.withUnsafeBytes { try fd.sendNonBlocking(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
                } catch {
                    finishSending(failed: true)
                    return
                }
                offset += n
                if n == 0 {
                    _ = try? fd.waitWritable(timeoutMilliseconds: 250)
                    lock.lock()
                    let isClosed = closed
                    lock.unlock()
                    if isClosed {
                        finishSending(failed: false)
                        return
                    }
                }
            }
        }
    }

    /// Releases ownership of the socket; closes it if the reader released it meanwhile.
    private func finishSending(failed: Bool) {
        lock.lock()
        sending = false
        if failed {
            closed = true
            pending = []
        }
        // On failure the reader may still be blocked on the descriptor: it is
        // only shut down (by onFailure) and closed once the reader releases it.
        let closeNow = released && !descriptorClosed
        if closeNow { descriptorClosed = true }
        lock.unlock()
        if failed { onFailure() }
        if closeNow { fd.close() }
    }
}
