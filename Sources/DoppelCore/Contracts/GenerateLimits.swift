/// Bounds on a `generate` request. The daemon can raise `maxRecords`
/// (`--max-records`); the rest are part of the contract.
public struct GenerateLimits: Sendable, Equatable {
    /// Most records across all datasets of one request.
    public var maxRecords: Int
    public var minDatasets = 1
    public var maxDatasets = 5
    /// Most records in one dataset, whatever the total.
    public var maxDatasetSize: Int
    public var defaultDatasetSize = 1000
    public var minReality = 0
    public var maxReality = 10
    public var defaultReality = 3

    public static let defaultMaxRecords = 5_000_000

    public init(maxRecords: Int = GenerateLimits.defaultMaxRecords) {
        self.maxRecords = max(1, maxRecords)
        self.maxDatasetSize = max(1, maxRecords)
    }
}

extension Int {
    /// `self × other`, or `Int.max` when that overflows: sizes from requests and prompts can be huge.
    func saturatingTimes(_ other: Int) -> Int {
        let (value, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? Int.max : value
    }

    /// `self + other`, or `Int.max` when that overflows.
    func saturatingPlus(_ other: Int) -> Int {
        let (value, overflow) = addingReportingOverflow(other)
        return overflow ? Int.max : value
    }

    /// `2000000` → `2,000,000`, as the contract's messages write numbers.
    public var grouped: String {
        let digits = String(self.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return self < 0 ? "-" + out : out
    }
}
