import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// The zipf fan-out's shape at every size: the most popular parent's share of the children shrinks as
/// parents grow, and stays within `Zipf.topParentMultiple` times the mean (documented in protocol/SCHEMA.md).
@Suite struct FanoutShapeTests {
    /// The largest number of children any parent gets when `children` rows each pick one of `parents`.
    /// Drawn as the engine's chooser draws: the rank from `Zipf.sample` with the parent-count exponent
    /// (the spreading permutation only renames parents, so it cannot change the largest count).
    static func topParentChildren(children: Int, parents: Int, key: UInt64) -> Int {
        var counts = [Int](repeating: 0, count: parents + 1)
        let s = Zipf.fanoutExponent(parents: parents)
        for row in 0..<children {
            var r = CellRandom(key: key, row: row)
            counts[Int(Zipf.sample(n: Double(parents), s: s, &r))] += 1
        }
        return counts.max() ?? 0
    }

    @Test(arguments: [(1_000, 100), (100_000, 10_000), (1_000_000, 100_000)])
    func topParentShareIsBoundedAtEverySize(children: Int, parents: Int) {
        let key: UInt64 = 0x5eed_f00d
        let top = Self.topParentChildren(children: children, parents: parents, key: key)
        let mean = Double(children) / Double(parents)
        // Bound: Zipf.topParentMultiple × the mean, plus four standard deviations of a binomial draw.
        let bound = Zipf.topParentMultiple * mean + 4 * (Zipf.topParentMultiple * mean).squareRoot()
        #expect(Double(top) <= bound, "seed \(key): top parent has \(top) of \(children) children (mean \(mean))")
        // Still skewed: a popular parent gets several times the mean.
        #expect(Double(top) >= 3 * mean, "seed \(key): top parent has \(top), mean \(mean)")
    }

    @Test func topParentShareShrinksAsParentsGrow() {
        let shares = [(1_000, 100), (100_000, 10_000), (1_000_000, 100_000)].map { children, parents in
            Double(Self.topParentChildren(children: children, parents: parents, key: 7)) / Double(children)
        }
        #expect(shares[0] > shares[1] && shares[1] > shares[2], "top parent shares \(shares)")
        // The fixed exponent 1.1 gave ~9.8 % at 100,000 parents; the bound is 50 / 100,000 = 0.05 %.
        #expect(shares[2] < 0.001, "top parent share \(shares[2]) at 100,000 parents")
    }

    @Test func exponentIsTiedToParentCountAndNeverSteeperThanBefore() {
        #expect(Zipf.fanoutExponent(parents: 10) == Zipf.steepestFanoutExponent)
        var previous = Double.infinity
        for n in [36, 100, 1_000, 100_000, 5_000_000] {
            let s = Zipf.fanoutExponent(parents: n)
            #expect(s < previous && s > 0, "exponent \(s) at \(n) parents")
            previous = s
        }
        // s = 1 exactly (n = 50) takes the logarithmic limit instead of dividing by zero.
        var r = CellRandom(key: 1, row: 0)
        let k = Zipf.sample(n: 50, s: Zipf.fanoutExponent(parents: 50), &r)
        #expect(k >= 1 && k <= 50)
    }
}
