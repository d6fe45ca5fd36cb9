/// Splits a count between weighted groups exactly (largest remainder method).
///
/// Each group gets `weight × count / total` rounded down; the items left over
/// go one each to the groups with the largest remainders, ties going to the
/// group listed first. The result always sums to `count`.
enum ExactShares {
    static func counts(weights: [Int], total count: Int) -> [Int] {
        let n = max(0, count)
        let sum = weights.reduce(0) { $0 + max(0, $1) }
        guard sum > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
        var result = weights.map { max(0, $0) * n / sum }
        let remainders = weights.map { max(0, $0) * n % sum }
        let order = remainders.indices.sorted {
            remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1
        }
        var left = n - result.reduce(0, +)
        var k = 0
        while left > 0 {
            result[order[k % order.count]] += 1
            left -= 1
            k += 1
        }
        return result
    }
}
