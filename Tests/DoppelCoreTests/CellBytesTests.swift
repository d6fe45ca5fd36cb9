import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// `CellBytes` against `[UInt8]` as the model: the same drawn operations, the same bytes.
@Suite struct CellBytesTests {
    @Test(arguments: 0..<40) func drawnOperationsLeaveTheBytesAnArrayWouldHold(seed: Int) {
        var d = FuzzRandom(seed: UInt64(seed))
        func below(_ n: Int) -> Int { d.int(0...(n - 1)) }
        func bytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in UInt8(truncatingIfNeeded: d.next()) } }
        // A small first capacity, so runs of appends cross several growths.
        let sink = CellBytes(capacity: 1 + below(40))
        var model: [UInt8] = []
        for step in 0..<400 {
            switch below(11) {
            case 0:
                let b = UInt8(truncatingIfNeeded: d.next())
                sink.append(b); model.append(b)
            case 1:
                // Runs of every length the word-sized copy treats apart: 0, 1–3, 4–7, 8–16 and longer.
                let run = bytes(below(70))
                run.withUnsafeBufferPointer { sink.append(contentsOf: $0) }
                model.append(contentsOf: run)
            case 2:
                let run = bytes(below(20))
                sink.append(contentsOf: run[...]); model.append(contentsOf: run)
            case 3:
                let text = String(repeating: "é", count: below(9)) + "ab"
                sink.append(contentsOf: text.utf8); model.append(contentsOf: text.utf8)
            case 4:
                let n = below(model.count + 1)
                sink.removeLast(n); model.removeLast(n)
            case 5 where !model.isEmpty:
                let a = below(model.count), b = a + below(model.count - a + 1)
                sink.removeSubrange(a..<b); model.removeSubrange(a..<b)
            case 6 where !model.isEmpty:
                let i = below(model.count), b = UInt8(truncatingIfNeeded: d.next())
                sink[i] = b; model[i] = b
            case 7:
                // Assembled through a cursor: fewer bytes than the bound.
                let bound = below(48), run = bytes(below(bound + 1))
                sink.appendAssembled(bound) { c in run.withUnsafeBufferPointer { c.put($0) } }
                model.append(contentsOf: run)
            case 8 where model.count >= 2:
                let i = below(model.count), j = below(model.count)
                sink.swapAt(i, j); model.swapAt(i, j)
            case 9:
                if below(8) == 0 { sink.removeAll(); model.removeAll() }
            default:
                let n = below(model.count + 2)
                #expect(Array(sink.suffix(n)) == Array(model.suffix(n)), "seed \(seed) step \(step)")
                // A slice keeps the whole's indices, as an array's does (an `@` found in a cell's slice).
                let a = below(model.count + 1), probe = UInt8(truncatingIfNeeded: d.next() % 4)
                #expect(sink[a...].lastIndex(of: probe) == model[a...].lastIndex(of: probe), "seed \(seed) step \(step)")
                #expect(sink[a...].startIndex == a)
            }
            #expect(sink.count == model.count && sink.last == model.last, "seed \(seed) step \(step)")
        }
        #expect(Array(sink.bytes) == model, "seed \(seed)")
        if model.count >= 3 {
            #expect(Array(sink[1...]) == Array(model[1...]) && Array(sink[..<2]) == Array(model[..<2]))
        }
    }

}
