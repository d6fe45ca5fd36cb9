import Foundation

/// Runs numbered jobs on worker threads and hands their results to the
/// calling thread strictly in order, with at most `window` results waiting:
/// memory stays bounded however many jobs there are.
///
/// - Important: `@unchecked Sendable` because every mutable member is read
///   and written only while holding `condition`.
final class OrderedPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: BlockOutput] = [:]
    private var nextClaim = 0
    private var nextTake = 0
    private var stopped = false
    private var running = 0
    private var spare: [[UInt8]] = []
    let count: Int
    let window: Int

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// Starts `threads` workers; `work(job, &buffer)` fills a buffer for job `job`.
    func start(threads: Int, makeWorker: @escaping @Sendable () -> (Int, inout BlockOutput) -> Void) {
        condition.lock()
        running = threads
        condition.unlock()
        for _ in 0..<threads {
            let t = Thread { [self] in
                let work = makeWorker()
                while let job = self.claim() {
                    var output = BlockOutput(bytes: self.takeSpare())
                    work(job, &output)
                    self.finish(job, output)
                }
                self.condition.lock()
                self.running -= 1
                self.condition.broadcast()
                self.condition.unlock()
            }
            t.stackSize = 4 << 20
            t.start()
        }
    }

    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && nextClaim < count && nextClaim - nextTake >= window { condition.wait() }
        if stopped || nextClaim >= count { return nil }
        let j = nextClaim
        nextClaim += 1
        return j
    }

    private func takeSpare() -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        var b = spare.popLast() ?? []
        b.removeAll(keepingCapacity: true)
        return b
    }

    private func finish(_ job: Int, _ output: BlockOutput) {
        condition.lock()
        ready[job] = output
        condition.broadcast()
        condition.unlock()
    }

    /// The result of the next job in order (blocks until it is done); nil after `stop`.
    func take() -> BlockOutput? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && ready[nextTake] == nil { condition.wait() }
        if stopped { return nil }
        let b = ready.removeValue(forKey: nextTake)
        nextTake += 1
        condition.broadcast()
        return b
    }

    /// Gives a written buffer back for reuse.
    func recycle(_ buffer: [UInt8]) {
        condition.lock()
        if spare.count < window + 2 { spare.append(buffer) }
        condition.unlock()
    }

    /// Stops handing out jobs; workers finish their current one.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every worker has exited.
    func join() {
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
