import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// `KeyLedger` against a plain set, over drawn key streams that mix its three homes:
/// ascending runs, out-of-order integers (small ones in the bitmap, large and negative
/// ones in the set) and hashed keys.
@Suite struct KeyLedgerTests {
    static func stream(_ seed: UInt64) -> [ValueKey] {
        var g = FuzzRandom(seed: seed)
        var keys: [ValueKey] = []
        var next = Int64.random(in: -5...5, using: &g)
        let span = [Int64(50), 5_000, 3_000_000, 1 << 40].randomElement(using: &g)!
        for _ in 0..<Int.random(in: 1...3_000, using: &g) {
            switch Int.random(in: 0..<10, using: &g) {
            case 0..<4:  // a run goes on, sometimes with another step
                next += Bool.random(using: &g) ? 1 : Int64.random(in: 1...7, using: &g)
                keys.append(.integer(next))
            case 4..<8: keys.append(.integer(Int64.random(in: -10...span, using: &g)))
            case 8: keys.append(keys.randomElement(using: &g) ?? .integer(0))  // a duplicate
            default: keys.append(.hashed(Int.random(in: 0..<500, using: &g)))
            }
        }
        return keys
    }

    @Test(arguments: 0..<40) func agreesWithASetOverDrawnKeys(seed: Int) {
        let keys = Self.stream(UInt64(seed) &* 7_919 &+ 1)
        var ledger = KeyLedger()
        var reference = Set<ValueKey>()
        for key in keys {
            #expect(ledger.insert(key) == reference.insert(key).inserted, "seed \(seed): \(key)")
        }
        #expect(ledger.count == reference.count)
        var g = FuzzRandom(seed: UInt64(seed))
        for _ in 0..<500 {
            let probe = ValueKey.integer(Int64.random(in: -20...5_000, using: &g))
            #expect(ledger.contains(probe) == reference.contains(probe), "seed \(seed): \(probe)")
        }
        for key in keys.prefix(200) { #expect(ledger.contains(key)) }

        let other = Self.stream(UInt64(seed) &+ 1_000)
        var otherLedger = KeyLedger()
        for key in other { otherLedger.insert(key) }
        let otherSet = Set(other)
        #expect(ledger.countMissing(from: otherLedger) == reference.subtracting(otherSet).count, "seed \(seed)")
    }

    /// A key kept in the set while the bitmap was small is still found once the bitmap's reach
    /// has grown past it.
    @Test func aKeyKeptAsideIsADuplicateAfterTheBitmapGrows() {
        var ledger = KeyLedger()
        let first = ledger.insert(.integer(5_000_000))
        let aside = ledger.insert(.integer(4_000_000))  // below the last: out of order, beyond the bitmap's reach
        for v in stride(from: Int64(3), through: 200_000, by: 2) { ledger.insert(.integer(v)) }
        let again = ledger.insert(.integer(4_000_000))
        #expect(first && aside && !again)
        #expect(ledger.contains(.integer(4_000_000)))
    }
}
