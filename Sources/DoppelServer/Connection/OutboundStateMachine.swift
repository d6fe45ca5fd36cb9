import DoppelPOSIX

/// Who may write to one connection's socket, and what waits to be written:
/// a state machine that takes events and answers with the action to take
/// (Hummingbird's connection state handler is the model). Pure — no lock, no
/// socket — so tests drive every interleaving by hand; `OutboundQueue` runs
/// it under a lock and performs the actions.
///
/// At most one thread (the *writer*) owns the socket at a time. A thread that
/// sends while nobody writes becomes the writer and offers its bytes directly
/// (no copy, no hop). Bytes sent while someone writes are queued behind, and
/// the writer takes them before letting go. The check "nothing left" and the
/// hand-back to `idle` are one event, so a send can never land between them
/// and be stranded (the connection that went silent for good).
///
/// ```
/// idle ──send──▶ writing(producer) ──wouldBlock──▶ writing(flusher) ──drained──▶ idle
///   │                 │  close/overflow                 │ close/overflow
///   ▼                 ▼                                 ▼
/// closed ◀──writer lets go── closing(writer) ◀──────────┘
/// ```
struct OutboundStateMachine: Sendable {
    /// The thread that owns the socket.
    enum Writer: Sendable, Equatable {
        /// The thread that produced the bytes (a reader answering inline, a task, a worker).
        case producer
        /// A thread of its own, started when the socket's buffer filled, that waits for it to drain.
        case flusher
    }

    enum State: Sendable, Equatable {
        /// Nothing queued and nobody writing.
        case idle
        /// `Writer` owns the socket; bytes may be queued behind it.
        case writing(Writer)
        /// Closed (by the reader, an overflow or a failure) while a writer is inside a call; it stops at its next event.
        case closing(Writer)
        /// No more bytes go out; queued ones were dropped.
        case closed
    }

    /// What a thread that sends must do.
    enum SendAction: Sendable, Equatable {
        /// It is the writer now: offer the bytes to the socket, then report with `directWriteFinished`.
        case writeDirectly
        /// Queued behind the writer, who will send them.
        case queued
        /// The connection is closed: the bytes are dropped.
        case dropped
        /// The client is hopelessly behind (`hardLimit`): the connection is closing; shut the socket so its reader stops.
        case overflowed
    }

    /// What the writer must do next.
    enum WriterAction: Sendable, Equatable {
        /// Offer `bytes[offset...]` to the socket, then report with `writeFinished`.
        case write(bytes: [UInt8], offset: Int)
        /// The socket is full and the producer must not wait: start a flusher thread, which waits for writability.
        case startFlusher
        /// (Flusher) wait until the socket is writable or a short timeout passes, then report `writableWaitEnded`.
        case waitWritable
        /// Everything queued went out: the writer lets go.
        case finished
        /// The connection closed meanwhile: the writer lets go, closing the descriptor if asked.
        case stop(closeDescriptor: Bool)
        /// The socket failed: shut it down (so its reader stops), close it if asked.
        case fail(closeDescriptor: Bool)
    }

    /// A client this far behind is dropped: it is not reading at all.
    let hardLimit: Int
    private(set) var state: State = .idle
    /// Bytes the writer took and the socket has not (`inFlight[offset...]`), then those queued after.
    private var inFlight: [UInt8] = []
    private var offset = 0
    private var pending: [UInt8] = []
    /// The reader has finished with the descriptor; it is closed once no writer holds it.
    private var readerReleased = false
    private var descriptorClosed = false

    init(hardLimit: Int) { self.hardLimit = hardLimit }

    /// Bytes waiting for the client.
    var queuedBytes: Int { inFlight.count - offset + pending.count }

    var isClosed: Bool {
        switch state {
        case .closing, .closed: return true
        case .idle, .writing: return false
        }
    }

    // MARK: - Events

    /// A thread has `bytes` (whole frames) for the client.
    mutating func send(_ bytes: UnsafeRawBufferPointer) -> SendAction {
        switch state {
        case .closing, .closed:
            return .dropped
        case .idle:
            state = .writing(.producer)
            return .writeDirectly
        case let .writing(writer):
            if queuedBytes + bytes.count > hardLimit {
                state = .closing(writer)
                dropQueued()
                return .overflowed
            }
            pending.append(contentsOf: bytes)
            return .queued
        }
    }

    /// The producer offered its own `bytes` (after `writeDirectly`) and the socket answered `outcome`.
    mutating func directWriteFinished(_ outcome: SendOutcome, bytes: UnsafeRawBufferPointer) -> WriterAction {
        guard !isClosed else { return next(after: outcome) }
        let taken: Int
        switch outcome {
        case let .sent(n): taken = min(max(0, n), bytes.count)
        case .wouldBlock: taken = 0
        case .failed: return next(after: outcome)
        }
        if taken < bytes.count {
            // What the socket did not take goes before anything queued since.
            inFlight = Array(UnsafeRawBufferPointer(rebasing: bytes[taken...]))
            offset = 0
        }
        return next(after: outcome)
    }

    /// The writer offered `inFlight[offset...]` (after `write`) and the socket answered `outcome`.
    mutating func writeFinished(_ outcome: SendOutcome) -> WriterAction {
        if case let .sent(n) = outcome, !isClosed { offset = min(inFlight.count, offset + max(0, n)) }
        return next(after: outcome)
    }

    /// The flusher's wait for writability ended (ready or timed out).
    mutating func writableWaitEnded() -> WriterAction { next(after: .sent(0)) }

    /// The client is dropped (it reads nothing while the daemon is short of
    /// room): what waits for it is freed now, later bytes are dropped, and the
    /// descriptor is closed once both the reader and any writer let go. True
    /// when this call dropped it (it was open).
    mutating func abandon() -> Bool {
        switch state {
        case let .writing(writer):
            state = .closing(writer)
        case .idle:
            state = .closed
        case .closing, .closed:
            return false
        }
        dropQueued()
        return true
    }

    /// The reader is done with the connection: stop sending, drop what waits,
    /// close the descriptor now (true) or when the writer lets go.
    mutating func close() -> Bool {
        readerReleased = true
        switch state {
        case let .writing(writer):
            state = .closing(writer)
            dropQueued()
            return false
        case .closing:
            return false
        case .idle, .closed:
            state = .closed
            dropQueued()
            return takeDescriptorClose()
        }
    }

    // MARK: - Transitions

    /// The one place the writer learns what to do; `idle` is only reached
    /// here, in the same step that sees nothing left.
    private mutating func next(after outcome: SendOutcome) -> WriterAction {
        guard case let .writing(writer) = state else {
            // Closed while the writer was in the socket call.
            state = .closed
            return .stop(closeDescriptor: takeDescriptorClose())
        }
        switch outcome {
        case .failed:
            state = .closed
            dropQueued()
            return .fail(closeDescriptor: takeDescriptorClose())
        case .wouldBlock:
            if queuedBytes == 0 {
                state = .idle
                return .finished
            }
            if writer == .producer {
                state = .writing(.flusher)
                return .startFlusher
            }
            return .waitWritable
        case .sent:
            if offset == inFlight.count {
                if pending.isEmpty {
                    inFlight = []
                    offset = 0
                    state = .idle
                    return .finished
                }
                swap(&inFlight, &pending)
                pending = []
                offset = 0
            }
            return .write(bytes: inFlight, offset: offset)
        }
    }

    private mutating func dropQueued() {
        inFlight = []
        offset = 0
        pending = []
    }

    private mutating func takeDescriptorClose() -> Bool {
        guard readerReleased, !descriptorClosed else { return false }
        descriptorClosed = true
        return true
    }
}
