import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelLLM

/// Produces a synthesis plan's rows from a model in order, streaming each as a `$/chunk`
/// when asked, with `$/progress` and cancellation polled between rows.
struct SynthRowStream {
    let plan: SynthesisPlan
    let request: RequestContext

    /// Batches of model rows in flight at once; rows still go out in order.
    static let modelBatchesInFlight = 4

    /// Rows from the model, a batch per request with a few in flight; each
    /// candidate is accepted, repaired or replaced by the built-in row on a worker.
    func fromModel(_ model: LLMRowSynthesizer) async throws -> [JSON] {
        let plan = self.plan, request = self.request
        let batches = model.batches(for: plan)
        var rows: [JSON] = []
        rows.reserveCapacity(plan.rowCount)
        try await withThrowingTaskGroup(of: (Int, [JSON?]).self) { group in
            var next = 0
            func launch() {
                guard next < batches.count else { return }
                let batch = next
                next += 1
                group.addTask { (batch, try await model.candidates(plan, rows: batches[batch], batch: batch)) }
            }
            for _ in 0..<Self.modelBatchesInFlight { launch() }
            var finished: [Int: [JSON?]] = [:]
            var emitted = 0
            while let (batch, candidates) = try await group.next() {
                finished[batch] = candidates
                launch()
                while let ready = finished.removeValue(forKey: emitted) {
                    let range = batches[emitted]
                    let made = try await request.compute {
                        range.map { plan.accept(ready[$0 - range.lowerBound], at: $0).json }
                    }
                    for row in made {
                        if request.streaming { try await request.chunk(items: [row]) }
                        rows.append(row)
                    }
                    request.progress(done: rows.count, total: plan.rowCount, message: "rows")
                    emitted += 1
                }
            }
        }
        return rows
    }
}
